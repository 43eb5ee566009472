import type { ReactNode } from 'react';
import { EscalationPanel } from '@/components/escalation/EscalationPanel';
import { EvidencePanel } from '@/components/evidence/EvidencePanel';
import { HygienePanel } from '@/components/HygienePanel';
import { SuggestionsPanel } from '@/components/kb/SuggestionsPanel';
import { Notices } from '@/components/Notices';
import { TicketCard } from '@/components/TicketCard';
import type { HistoryEntry, TicketRef, TicketSnapshot } from '@/lib/schema';

/** What every sidebar panel is given: the tab's ticket as the background last cached it. */
export interface PanelProps {
  ref: TicketRef;
  snapshot: TicketSnapshot;
  history: HistoryEntry[];
  now: Date;
}

export interface Panel {
  id: string;
  title: string;
  render: (props: PanelProps) => ReactNode;
}

/** The ticket at a glance: always there, always first. */
export const TICKET_PANEL: Panel = {
    id: 'ticket',
    title: 'Ticket',
    render: ({ snapshot, now }) => (
      <>
        <Notices notices={snapshot.notices} />
        <TicketCard ticket={snapshot} now={now} />
      </>
    ),
};

/** The sidebar's panels, in tab order. Each feature adds its panel here. */
export const PANELS: readonly Panel[] = [
  TICKET_PANEL,
  { id: 'suggestions', title: 'Suggestions', render: ({ snapshot }) => <SuggestionsPanel snapshot={snapshot} /> },
  { id: 'hygiene', title: 'Hygiene', render: ({ snapshot }) => <HygienePanel snapshot={snapshot} /> },
  { id: 'evidence', title: 'Evidence', render: ({ snapshot }) => <EvidencePanel snapshot={snapshot} /> },
  { id: 'escalation', title: 'Escalate', render: ({ snapshot }) => <EscalationPanel snapshot={snapshot} /> },
];
