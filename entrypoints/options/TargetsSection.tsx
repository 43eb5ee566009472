import { useEffect, useState } from 'react';
import { call } from '@/components/rpc';
import { KpiTargets } from '@/lib/schema/kpi';
import { getSettings } from '@/lib/schema/settings-rpc';
import { updateSettings } from '@/components/settings';
import type { Settings } from '@/lib/schema/settings';

const FIELDS: { key: keyof KpiTargets; label: string; hint: string }[] = [
  { key: 'firstResponseMinutes', label: 'First response under (minutes)', hint: 'median' },
  { key: 'p2ResolutionHours', label: 'P2 resolution under (business hours)', hint: 'median, high priority' },
  { key: 'slaCompliance', label: 'SLA compliance at least (0-1)', hint: 'e.g. 0.95' },
  { key: 'reopenRate', label: 'Reopen rate under (0-1)', hint: 'e.g. 0.05' },
  { key: 'fcrRate', label: 'First-contact resolution at least (0-1)', hint: 'e.g. 0.7' },
];

/** SLA and KPI targets the popup colours against, each checked with its message beside it. */
export function TargetsSection() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void call(getSettings, {}).then((s) => {
      setSettings(s);
      setValues(Object.fromEntries(FIELDS.map((f) => [f.key, String(s.kpi.targets[f.key])])));
    });
  }, []);
  if (!settings) return null;

  const save = async () => {
    const parsed = KpiTargets.safeParse(Object.fromEntries(FIELDS.map((f) => [f.key, Number(values[f.key])])));
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      setSaved(false);
      return;
    }
    setErrors({});
    setSettings(await updateSettings((s) => ({ ...s, kpi: { ...s.kpi, targets: parsed.data } })));
    setSaved(true);
  };
  const toggleBusiness = async (businessHours: boolean) =>
    setSettings(await updateSettings((s) => ({ ...s, kpi: { ...s.kpi, businessHours } })));

  return (
    <section aria-labelledby="targets-h" data-testid="targets">
      <h2 id="targets-h">SLA and KPI targets</h2>
      {FIELDS.map((f) => (
        <div key={f.key}>
          <label htmlFor={`t-${f.key}`}>{f.label} <span className="muted">({f.hint})</span></label>
          <input id={`t-${f.key}`} inputMode="decimal" value={values[f.key] ?? ''} aria-invalid={!!errors[f.key]}
            onChange={(e) => setValues({ ...values, [f.key]: e.target.value })} />
          {errors[f.key] && <p className="error" role="alert">{errors[f.key]}</p>}
        </div>
      ))}
      <label>
        <input type="checkbox" checked={settings.kpi.businessHours} onChange={(e) => void toggleBusiness(e.target.checked)} /> Use business hours where the helpdesk gives them
      </label>
      <button type="button" onClick={() => void save()}>Save targets</button>
      {saved && <p className="muted" role="status">Saved.</p>}
    </section>
  );
}
