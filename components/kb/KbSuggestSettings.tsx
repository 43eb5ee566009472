import { useEffect, useState, type FormEvent } from 'react';
import { call } from '@/components/rpc';
import { updateSettings } from '@/components/settings';
import { KbSettings } from '@/lib/schema/kb';
import { getSettings } from '@/lib/schema/settings-rpc';

type Field = 'threshold' | 'maxSuggestions';
const LABELS: Record<Field, string> = { threshold: 'Suggestion threshold (0 to 1): hide articles scoring below it', maxSuggestions: 'Suggestions shown at most (1 to 20)' };

function check(field: Field, text: string): { value: number } | { error: string } {
  if (!text.trim()) return { error: 'Enter a number.' };
  const r = KbSettings.shape[field].safeParse(Number(text));
  return r.success ? { value: r.data } : { error: r.error.issues[0]?.message ?? 'Not a valid value.' };
}

/** The threshold and the number of suggestions, each validated with its message next to it. */
export function KbSuggestSettings() {
  const [text, setText] = useState<Record<Field, string> | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    call(getSettings, {}).then(({ kb }) => setText({ threshold: String(kb.threshold), maxSuggestions: String(kb.maxSuggestions) }), (e: unknown) => setSaved(String(e)));
  }, []);
  if (!text) return <p className="muted">{saved ?? 'Loading...'}</p>;
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const t = check('threshold', text.threshold);
    const m = check('maxSuggestions', text.maxSuggestions);
    setErrors({ ...('error' in t ? { threshold: t.error } : {}), ...('error' in m ? { maxSuggestions: m.error } : {}) });
    if ('error' in t || 'error' in m) return setSaved(null);
    await updateSettings((s) => ({ ...s, kb: { threshold: t.value, maxSuggestions: m.value } }));
    setSaved('Saved.');
  };
  return (
    <form id="kb-threshold" onSubmit={(e) => void save(e)} data-testid="kb-settings">
      <h3>Suggestions</h3>
      {(['threshold', 'maxSuggestions'] as const).map((f) => (
        <div key={f}>
          <label htmlFor={`kb-${f}`}>{LABELS[f]}</label>
          <input id={`kb-${f}`} inputMode="decimal" value={text[f]} aria-invalid={!!errors[f]} aria-describedby={`kb-${f}-msg`} onChange={(e) => setText({ ...text, [f]: e.target.value })} />
          {errors[f] && <p id={`kb-${f}-msg`} className="error" role="alert">{errors[f]}</p>}
        </div>
      ))}
      <div className="row"><button type="submit">Save</button>{saved && <span className="muted" role="status">{saved}</span>}</div>
    </form>
  );
}
