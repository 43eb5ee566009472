import { useRef, useState } from 'react';
import { call } from '@/components/rpc';
import { useLoad } from '@/components/useRpc';
import { useEvidenceRevision } from '@/components/evidence/useEvidenceRevision';
import { ticketKey, type TicketSnapshot } from '@/lib/schema';
import { SEVERITIES, Severity, type EscalationDraft } from '@/lib/schema/escalation';
import { escalationSaveDraft, escalationView, type EscalationView } from '@/lib/schema/evidence-rpc';
import { ListField, TextField } from './fields';
import { OutputBar } from './OutputBar';
import { EvidenceRefs, Related, Timeline } from './PackageLists';

/** The package prefilled from the ticket and evidence; every edit is saved as a draft at once. */
export function EscalationPanel({ snapshot }: { snapshot: TicketSnapshot }) {
  const key = ticketKey(snapshot);
  const revision = useEvidenceRevision();
  const [loaded] = useLoad(() => call(escalationView, { ticketKey: key }), [key, snapshot.capturedAt, revision]);
  if (loaded.kind === 'loading') return <p className="muted">Building the package...</p>;
  if (loaded.kind === 'error') return <p className="error" role="alert">Couldn't build the package: {loaded.error}</p>;
  if (!loaded.value) return <p className="muted">This ticket is not cached yet.</p>;
  // Keyed by ticket: the editor's typed text belongs to one ticket and must not leak to the next.
  return <EscalationEditor key={key} ticketKey={key} loaded={loaded.value} />;
}

function EscalationEditor({ ticketKey: key, loaded }: { ticketKey: string; loaded: EscalationView }) {
  // The latest save's answer, until a reload from outside (new evidence, a fresher snapshot) brings
  // a newer package; the typed draft stays local either way.
  const [saved, setSaved] = useState<{ base: EscalationView; view: EscalationView } | null>(null);
  const view = saved?.base === loaded ? saved.view : loaded;
  const setView = (v: EscalationView) => setSaved({ base: loaded, view: v });
  const [draft, setDraft] = useState<EscalationDraft>(loaded.draft);
  const [error, setError] = useState<string | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef(0);
  const save = (patch: Partial<EscalationDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    const seq = ++latest.current;
    // Saves run one after another, so an older draft never overwrites a newer one.
    queue.current = queue.current
      .then(() => call(escalationSaveDraft, { ticketKey: key, draft: next }))
      .then((v) => {
        if (seq === latest.current) setView(v);
        setError(null);
      })
      .catch((e: unknown) => setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`));
  };

  const pkg = view.package;
  const impact = draft.impact ?? pkg.impact;
  const env = pkg.environment;
  const { score, missing } = view.completeness;
  return (
    <section aria-label="Escalation" data-testid="escalation">
      <p className={`completeness score-${score}`} data-testid="completeness">
        Completeness <strong>{score}</strong>/5
        {missing.length ? <span> - missing: {missing.join(', ')}</span> : <span> - ready to send</span>}
      </p>
      {error && <p className="error" role="alert">{error}</p>}
      <TextField label="Summary" testId="esc-summary" value={draft.summary ?? pkg.summary} onChange={(summary) => save({ summary })} />
      <TextField label="Expected behaviour" testId="esc-expected" rows={3} value={draft.expected ?? pkg.expected} onChange={(expected) => save({ expected })} />
      <TextField label="Actual behaviour" testId="esc-actual" rows={3} value={draft.actual ?? pkg.actual} onChange={(actual) => save({ actual })} />
      <ListField label="Steps to reproduce (one per line)" testId="esc-steps" sep={'\n'} value={draft.steps ?? pkg.steps} onChange={(steps) => save({ steps })} />
      <fieldset>
        <legend>Impact</legend>
        <TextField label="Affected users" testId="esc-users" value={impact.affectedUsers ?? ''} onChange={(v) => save({ impact: { ...impact, affectedUsers: v } })} />
        <TextField label="Affected organisations" testId="esc-orgs" value={impact.affectedOrgs ?? ''} onChange={(v) => save({ impact: { ...impact, affectedOrgs: v } })} />
        <TextField label="Business impact" testId="esc-business" rows={2} value={impact.business ?? ''} onChange={(v) => save({ impact: { ...impact, business: v } })} />
      </fieldset>
      <fieldset data-testid="esc-severity">
        <legend>Severity</legend>
        <p>
          Recommended <strong>{pkg.severity.recommended}</strong>
          {pkg.severity.reasons.length > 0 && <span className="muted">: {pkg.severity.reasons.join('; ')}</span>}
        </p>
        <select aria-label="Severity override" data-testid="esc-severity-override" value={draft.severityOverride ?? ''}
          onChange={(e) => save({ severityOverride: e.target.value ? Severity.parse(e.target.value) : null })}>
          <option value="">Use the recommendation</option>
          {SEVERITIES.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </fieldset>
      <fieldset>
        <legend>Environment</legend>
        <ListField label="Browsers" testId="esc-browsers" sep="," value={env.browsers} onChange={(browsers) => save({ environment: { ...draft.environment, browsers } })} />
        <ListField label="Operating systems" testId="esc-os" sep="," value={env.os} onChange={(os) => save({ environment: { ...draft.environment, os } })} />
        <ListField label="App versions" testId="esc-versions" sep="," value={env.appVersions} onChange={(appVersions) => save({ environment: { ...draft.environment, appVersions } })} />
        {env.userAgents.length > 0 && <ul className="muted">{env.userAgents.map((ua) => <li key={ua}>{ua}</li>)}</ul>}
      </fieldset>
      <h3>Evidence</h3>
      <EvidenceRefs pkg={pkg} />
      <h3>Timeline (UTC)</h3>
      <Timeline pkg={pkg} />
      <Related pkg={pkg} />
      <OutputBar ticketKey={key} view={view} onLinked={(v) => { setView(v); setDraft((d) => ({ ...d, jiraIssueKey: v.draft.jiraIssueKey })); }} />
    </section>
  );
}
