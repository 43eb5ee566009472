import { useEffect, useState, type FormEvent } from 'react';
import { call } from '@/components/rpc';
import { Settings } from '@/lib/schema/settings';
import { updateSettings } from '@/components/settings';
import { getSettings } from '@/lib/schema/settings-rpc';

const FIELDS = [
  { name: 'jiraSite', label: 'Jira site', placeholder: 'https://acme.atlassian.net', help: 'The address of your Jira Cloud site.' },
  { name: 'projectId', label: 'Project id', placeholder: '10001', help: 'Numeric: Project settings > Details, or GET /rest/api/3/project/KEY.' },
  { name: 'issueTypeId', label: 'Issue type id', placeholder: '10004', help: 'Numeric: GET /rest/api/3/issuetype/project?projectId=... .' },
] as const;
type Name = (typeof FIELDS)[number]['name'];
type Values = Record<Name, string>;

/** Where "Open in Jira" creates escalations: site, project and issue type, each checked as typed in. */
export function EscalationSection() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [values, setValues] = useState<Values>({ jiraSite: '', projectId: '', issueTypeId: '' });
  const [errors, setErrors] = useState<Partial<Record<Name, string>>>({});
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    call(getSettings, {}).then(
      (s) => {
        setSettings(s);
        setValues({ jiraSite: s.escalation.jiraSite ?? '', projectId: s.escalation.projectId ?? '', issueTypeId: s.escalation.issueTypeId ?? '' });
      },
      (e: unknown) => setStatus(`Couldn't load settings: ${String(e)}`),
    );
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!settings) return;
    const escalation = Object.fromEntries(FIELDS.map(({ name }) => [name, values[name].trim() ? values[name].trim().replace(/\/+$/, '') : null]));
    const next = Settings.safeParse({ ...settings, escalation });
    if (!next.success) {
      const found: Partial<Record<Name, string>> = {};
      for (const issue of next.error.issues) {
        const field = FIELDS.find((f) => f.name === issue.path[1]);
        if (field && issue.path[0] === 'escalation') found[field.name] ??= issue.message;
      }
      setErrors(found);
      setStatus(null);
      return;
    }
    setErrors({});
    // Only this section's part: other sections may have saved meanwhile.
    setSettings(await updateSettings((s) => ({ ...s, escalation: next.data.escalation })));
    setStatus('Saved.');
  };

  return (
    <section aria-labelledby="escalation-h" data-testid="escalation-settings">
      <h2 id="escalation-h">Escalation</h2>
      <p className="muted">"Open in Jira" in the sidebar opens this project's create screen with the package filled in.</p>
      <form onSubmit={(e) => void save(e)}>
        {FIELDS.map((f) => (
          <div key={f.name}>
            <label htmlFor={`esc-${f.name}`}>{f.label}</label>
            <input id={`esc-${f.name}`} disabled={!settings} placeholder={f.placeholder} value={values[f.name]} aria-invalid={!!errors[f.name]} aria-describedby={`esc-${f.name}-msg`}
              onChange={(e) => setValues({ ...values, [f.name]: e.target.value })} />
            <p id={`esc-${f.name}-msg`} className={errors[f.name] ? 'error' : 'muted'} role={errors[f.name] ? 'alert' : undefined}>
              {errors[f.name] ?? f.help}
            </p>
          </div>
        ))}
        <button type="submit">Save</button>
        {status && <p className="muted" role="status">{status}</p>}
      </form>
    </section>
  );
}
