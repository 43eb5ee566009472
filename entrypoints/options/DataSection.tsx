import { useState, type ChangeEvent } from 'react';
import { call } from '@/components/rpc';
import { useLoad } from '@/components/useRpc';
import { eraseDataMethod, exportDataMethod, importDataMethod, storageUsageMethod } from '@/lib/schema/backup';

const kb = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Every byte Deskside stores: how much, export it, import it back, erase it. */
export function DataSection() {
  const [version, setVersion] = useState(0);
  const [usage] = useLoad(() => call(storageUsageMethod, {}), [version]);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);

  const exportFile = async () => {
    let backup;
    try {
      backup = await call(exportDataMethod, {});
    } catch (err) {
      setMessage({ error: true, text: `Couldn't export: ${err instanceof Error ? err.message : String(err)}` });
      return;
    }
    const blob = new Blob([JSON.stringify(backup, null, 1)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `deskside-backup-${backup.exportedAt.slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    // Revoked later: revoking at once can cancel the download before the browser reads the blob.
    setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
  };
  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setMessage({ error: true, text: `${file.name} is not JSON: nothing was changed.` });
      return;
    }
    try {
      const { counts } = await call(importDataMethod, { backup: json });
      setMessage({ error: false, text: `Imported ${Object.entries(counts).map(([t, n]) => `${n} ${t}`).join(', ')}.` });
    } catch (err) {
      setMessage({ error: true, text: `${file.name} was not imported, nothing was changed: ${err instanceof Error ? err.message : String(err)}` });
    }
    setVersion((v) => v + 1);
  };
  const erase = async () => {
    await call(eraseDataMethod, { confirm: true });
    setConfirming(false);
    setMessage({ error: false, text: 'Everything Deskside stored on this device was erased.' });
    setVersion((v) => v + 1);
  };

  return (
    <section aria-labelledby="data-h" data-testid="data">
      <h2 id="data-h">Your data</h2>
      {usage.kind === 'ready' && (
        <p data-testid="usage">
          Stored: {usage.value.totalRows} records, about {kb(usage.value.totalBytes)}
          {' ('}{usage.value.tables.filter((t) => t.count).map((t) => `${t.name} ${t.count}`).join(', ') || 'nothing'}{')'}
        </p>
      )}
      <div className="row">
        <button type="button" onClick={() => void exportFile()}>Export everything</button>
        <label className="button">
          Import a backup
          <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e)} data-testid="import" hidden />
        </label>
        {!confirming && <button type="button" className="danger" onClick={() => setConfirming(true)}>Erase everything</button>}
      </div>
      {confirming && (
        <p role="alertdialog" aria-label="Confirm erase">
          This deletes every cached ticket, capture, draft, KB article and setting on this device.{' '}
          <button type="button" className="danger" onClick={() => void erase()}>Yes, erase</button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
        </p>
      )}
      {message && <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="data-message">{message.text}</p>}
    </section>
  );
}
