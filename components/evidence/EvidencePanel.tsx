import { useState } from 'react';
import { call } from '@/components/rpc';
import { useLoad } from '@/components/useRpc';
import { evidenceAttach, evidenceDelete, evidenceList } from '@/lib/schema/evidence-rpc';
import { ticketKey, type TicketSnapshot } from '@/lib/schema';
import { AddEvidence } from './AddEvidence';
import { EvidenceCard } from './EvidenceCard';
import { useEvidenceRevision } from './useEvidenceRevision';

// Two clicks: a capture deleted by a stray click cannot be captured again from a closed tab.
function DeleteButton({ onDelete }: { onDelete: () => void }) {
  const [armed, setArmed] = useState(false);
  return (
    <button type="button" className="link" onClick={() => (armed ? onDelete() : setArmed(true))} onBlur={() => setArmed(false)}>
      {armed ? 'Click again to delete' : 'Delete'}
    </button>
  );
}

/** This ticket's captures, the unattached ones waiting for a ticket, and ways to add more. */
export function EvidencePanel({ snapshot }: { snapshot: TicketSnapshot }) {
  const key = ticketKey(snapshot);
  const revision = useEvidenceRevision();
  const [lists] = useLoad(() => call(evidenceList, { ticketKey: key }), [key, revision]);
  const [failure, setFailure] = useState<string | null>(null);
  if (lists.kind === 'loading') return <p className="muted">Loading evidence...</p>;
  if (lists.kind === 'error') return <p className="error" role="alert">Couldn't load evidence: {lists.error}</p>;
  const { attached, unattached } = lists.value;
  // The list reloads through the revision the background bumps after each change.
  const run = (p: Promise<unknown>) => {
    setFailure(null);
    p.catch((e: unknown) => setFailure(e instanceof Error ? e.message : String(e)));
  };
  return (
    <section aria-label="Evidence" data-testid="evidence">
      <h3>Evidence for ticket {snapshot.ticketId}</h3>
      {failure && <p className="error" role="alert">{failure}</p>}
      {attached.length === 0 && (
        <p className="muted" data-testid="evidence-empty">
          None yet. Select log text on any page and right-click "Capture to Deskside", paste it below, or drop a file.
        </p>
      )}
      <ul className="evidence-list" data-testid="evidence-attached">
        {attached.map((row) => (
          <EvidenceCard key={row.id} row={row} action={
            <DeleteButton onDelete={() => run(call(evidenceDelete, { id: row.id }))} />
          } />
        ))}
      </ul>
      {unattached.length > 0 && (
        <>
          <h3>Unattached captures</h3>
          <p className="muted">Captured while no ticket was open.</p>
          <ul className="evidence-list" data-testid="evidence-unattached">
            {unattached.map((row) => (
              <EvidenceCard key={row.id} row={row} action={
                <span className="row">
                  <button type="button" data-testid="evidence-attach" onClick={() => run(call(evidenceAttach, { id: row.id, ticketKey: key }))}>Attach to this ticket</button>
                  <DeleteButton onDelete={() => run(call(evidenceDelete, { id: row.id }))} />
                </span>
              } />
            ))}
          </ul>
        </>
      )}
      <AddEvidence ticketKey={key} />
    </section>
  );
}
