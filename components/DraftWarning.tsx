import type { HygieneFinding } from '@/lib/schema/hygiene';

/**
 * Shown on every panel the moment the public reply being typed trips a check (a card number,
 * a token, an unfilled placeholder). Deskside never edits, sends or blocks the reply itself.
 */
export function DraftWarning({ findings }: { findings: HygieneFinding[] }) {
  if (!findings.length) return null;
  return (
    <section className="draft-warning" role="alert" data-testid="draft-warning">
      <h3>Check your reply before sending</h3>
      <ul>
        {findings.map((f) => (
          <li key={f.rule}>
            <strong>{f.message}</strong>
            {f.evidence.quote && <q>{f.evidence.quote}</q>}
            <span className="fix">{f.fix}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
