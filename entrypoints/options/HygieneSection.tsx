import { useEffect, useState } from 'react';
import { call } from '@/components/rpc';
import { RULE_IDS, RULES, SEVERITIES, type RuleId } from '@/lib/hygiene';
import { parseHygieneSettings, type HygieneSettings } from '@/lib/schema/hygiene';
import { describeZodError } from '@/lib/schema/messages';
import { getSettings } from '@/lib/schema/settings-rpc';
import { updateSettings } from '@/components/settings';
import type { Settings } from '@/lib/schema/settings';

type Rule = HygieneSettings['rules'][RuleId];

/** One rule: on/off, severity, and its parameters as JSON, each checked before saving. */
function RuleRow(props: { id: RuleId; value: Rule; error?: string; onChange: (v: Rule) => void; onParams: (text: string) => void }) {
  const rule = RULES[props.id];
  const [params, setParams] = useState(JSON.stringify(props.value.params, null, 1));
  return (
    <fieldset className="rule" data-rule={props.id}>
      <legend>
        <label>
          <input type="checkbox" checked={props.value.enabled} onChange={(e) => props.onChange({ ...props.value, enabled: e.target.checked })} />{' '}
          {rule.title} <code>{props.id}</code>
        </label>
      </legend>
      <label>
        Severity{' '}
        <select value={props.value.severity ?? ''} onChange={(e) => props.onChange({ ...props.value, severity: (e.target.value || undefined) as Rule['severity'] })}>
          <option value="">default ({rule.defaultSeverity})</option>
          {SEVERITIES.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <label>
        Parameters (JSON)
        <textarea rows={3} value={params} aria-invalid={!!props.error} onChange={(e) => { setParams(e.target.value); props.onParams(e.target.value); }} />
      </label>
      {props.error && <p className="error" role="alert">{props.error}</p>}
    </fieldset>
  );
}

/** Hygiene rules: each can be turned off, re-weighted and tuned; saved only when all are valid. */
export function HygieneSection() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [errors, setErrors] = useState<Partial<Record<RuleId, string>>>({});
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    call(getSettings, {}).then(setSettings, (e: unknown) => setMessage(String(e)));
  }, []);
  if (!settings) return <section><h2>Hygiene rules</h2><p className="muted">{message ?? 'Loading...'}</p></section>;

  const setRule = (id: RuleId, value: Rule) =>
    setSettings({ ...settings, hygiene: { ...settings.hygiene, rules: { ...settings.hygiene.rules, [id]: value } } });
  const setParams = (id: RuleId, text: string) => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      setErrors({ ...errors, [id]: 'Not valid JSON' });
      return;
    }
    const parsed = RULES[id].params.safeParse(json);
    setErrors({ ...errors, [id]: parsed.success ? undefined : describeZodError(parsed.error) });
    // Each rule's params schema is the one its setting holds; TypeScript cannot pair them by id.
    if (parsed.success) setRule(id, { ...settings.hygiene.rules[id], params: parsed.data } as Rule);
  };
  const save = async () => {
    const checked = parseHygieneSettings(settings.hygiene);
    if (Object.values(errors).some(Boolean) || !checked.ok) {
      setMessage(checked.ok ? 'Fix the marked rules first.' : checked.message);
      return;
    }
    // The ignores may have changed in the sidebar meanwhile: keep the stored ones.
    setSettings(await updateSettings((s) => ({ ...s, hygiene: { ...checked.settings, ignored: s.hygiene.ignored } })));
    setMessage('Saved.');
  };

  return (
    <section aria-labelledby="hygiene-h" data-testid="hygiene-settings">
      <h2 id="hygiene-h">Hygiene rules</h2>
      {RULE_IDS.map((id) => (
        <RuleRow key={id} id={id} value={settings.hygiene.rules[id]} error={errors[id]} onChange={(v) => setRule(id, v)} onParams={(t) => setParams(id, t)} />
      ))}
      <button type="button" onClick={() => void save()}>Save rules</button>
      {message && <p role="status" className={message === 'Saved.' ? 'muted' : 'error'}>{message}</p>}
    </section>
  );
}
