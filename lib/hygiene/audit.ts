// Runs the rules over many tickets at once: the `deskside audit` command and the bench use it.
import type { HygieneSettings } from '../schema/hygiene';
import { runHygiene, type HygieneResult } from './engine';
import { RULE_IDS, type RuleId } from './ids';
import type { ImportedTicket } from './import';

export interface AuditedTicket extends HygieneResult {
  id: number | string;
  subject: string | null;
}

export interface AuditResult {
  tickets: AuditedTicket[];
  /** Tickets tripping each enabled rule (a ticket counts once per rule). */
  summary: Partial<Record<RuleId, number>>;
}

/** Audits every ticket; the others in the export stand in for the cache (possible-duplicate). */
export function auditTickets(
  imported: readonly ImportedTicket[],
  settings: HygieneSettings,
  now: Date,
): AuditResult {
  const others = imported.map((t) => t.snapshot);
  const summary: Partial<Record<RuleId, number>> = {};
  for (const id of RULE_IDS) if (settings.rules[id].enabled) summary[id] = 0;
  const tickets = imported.map(({ id, snapshot }) => {
    const r = runHygiene(snapshot, settings, { others, now });
    for (const rule of new Set(r.findings.map((f) => f.rule))) summary[rule] = (summary[rule] ?? 0) + 1;
    return { id, subject: snapshot.subject, ...r };
  });
  return { tickets, summary };
}
