import { call } from '@/components/rpc';
import { useLoad } from '@/components/useRpc';
import { hygieneReport, ignoreRule } from '@/lib/schema/hygiene-rpc';
import type { HygieneFinding } from '@/lib/schema/hygiene';
import { ticketKey, type TicketSnapshot } from '@/lib/schema';

const GROUPS = [
  { severity: 'error', title: 'Fix now' },
  { severity: 'warning', title: 'Should fix' },
  { severity: 'info', title: 'Worth a look' },
] as const;

function FindingItem({ f, onIgnore }: { f: HygieneFinding; onIgnore: () => void }) {
  return (
    <li className={`finding ${f.severity}`} data-rule={f.rule}>
      <strong>{f.message}</strong>
      <span className="evidence">
        {f.evidence.field}
        {f.evidence.quote ? `: "${f.evidence.quote}"` : ''}
      </span>
      <span className="fix">{f.fix}</span>
      <button type="button" className="link" onClick={onIgnore}>Ignore for this ticket</button>
    </li>
  );
}

/** The ticket's hygiene: a 0-100 score, what fails grouped by severity, each with its evidence and fix. */
export function HygienePanel({ snapshot }: { snapshot: TicketSnapshot }) {
  const key = ticketKey(snapshot);
  const [report, setReport] = useLoad(() => call(hygieneReport, { ticketKey: key }), [key, snapshot.capturedAt]);
  if (report.kind === 'loading') return <p className="muted">Checking...</p>;
  if (report.kind === 'error') return <p className="error" role="alert">Couldn't check this ticket: {report.error}</p>;
  const r = report.value;
  if (!r) return <p className="muted">This ticket is not cached yet.</p>;
  const toggle = async (rule: HygieneFinding['rule'], ignore: boolean) => {
    const ignored = await call(ignoreRule, { ticketKey: key, rule, ignore });
    setReport({ ...r, ignored, findings: ignore ? r.findings.filter((f) => f.rule !== rule) : r.findings });
    if (!ignore) setReport((await call(hygieneReport, { ticketKey: key })) ?? r);
  };
  return (
    <section aria-label="Ticket hygiene" data-testid="hygiene">
      <p className="score" data-testid="hygiene-score">
        Hygiene score <strong>{r.score}</strong>/100
        {!r.findings.length && ' - nothing to fix'}
      </p>
      {GROUPS.map(({ severity, title }) => {
        const list = r.findings.filter((f) => f.severity === severity);
        return list.length ? (
          <div key={severity}>
            <h3>{title}</h3>
            <ul className="findings">{list.map((f) => <FindingItem key={`${f.rule}:${f.evidence.field}:${f.evidence.commentId ?? ''}`} f={f} onIgnore={() => void toggle(f.rule, true)} />)}</ul>
          </div>
        ) : null;
      })}
      {r.errors.map((e) => <p key={e.rule} className="error">Rule {e.rule} could not run: {e.message}</p>)}
      {r.ignored.length > 0 && (
        <p className="muted" data-testid="hygiene-ignored">
          Ignored here: {r.ignored.map((rule) => (
            <button key={rule} type="button" className="link" onClick={() => void toggle(rule, false)} title="Check this rule again">{rule}</button>
          ))}
        </p>
      )}
    </section>
  );
}
