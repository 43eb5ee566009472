import { useEffect, useState, type FormEvent } from 'react';
import { call } from '@/components/rpc';
import { Settings } from '@/lib/schema/settings';
import { getSettings } from '@/lib/schema/settings-rpc';
import { updateSettings } from '@/components/settings';

/** How long cached tickets are kept before the daily purge removes them. */
export function RetentionSection() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [days, setDays] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  useEffect(() => {
    call(getSettings, {}).then(
      (s) => {
        setSettings(s);
        setDays(String(s.retentionDays));
      },
      (e: unknown) => setMessage({ error: true, text: String(e) }),
    );
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!settings) return;
    const next = Settings.shape.retentionDays.safeParse(Number(days));
    if (!next.success) {
      setMessage({ error: true, text: 'Retention must be a whole number of days from 1 to 3650.' });
      return;
    }
    setSettings(await updateSettings((s) => ({ ...s, retentionDays: next.data })));
    setMessage({ error: false, text: 'Saved.' });
  };

  return (
    <section aria-labelledby="retention-h">
      <h2 id="retention-h">Retention</h2>
      <form onSubmit={(e) => void save(e)}>
        <label htmlFor="retention">Keep cached tickets for (days)</label>
        <div className="row">
          <input id="retention" disabled={!settings} inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} aria-invalid={message?.error ?? false} aria-describedby="retention-msg" />
          <button type="submit">Save</button>
        </div>
        {message && (
          <p id="retention-msg" className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </form>
    </section>
  );
}
