import { useState } from 'react';
import { call } from '@/components/rpc';
import { kbImport } from '@/lib/schema/kb-rpc';

/** Imports article files, several at once, all or nothing; a bad file is named with its line. */
export function KbImport({ onImported }: { onImported: () => void }) {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const pick = async (list: FileList | null) => {
    if (!list?.length) return;
    setBusy(true);
    setMessage(null);
    try {
      const files = await Promise.all([...list].map(async (f) => ({ name: f.name, text: await f.text() })));
      const result = await call(kbImport, { files });
      const total = result.reduce((n, r) => n + r.count, 0);
      setMessage({ error: false, text: `Imported ${total} articles: ${result.map((r) => `${r.name} (${r.count})`).join(', ')}.` });
      onImported();
    } catch (e) {
      setMessage({ error: true, text: `Nothing was imported. ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="kb-import">
      <h3>Import files</h3>
      <p className="muted">
        JSON Lines or JSON of <code>{'{id, title, body, labels?, url?}'}</code>, a Zendesk Help Center articles export, CSV with a
        header row, or Markdown (front matter for title and labels). Re-importing an id replaces that article.
      </p>
      <label className="button">
        {busy ? 'Importing...' : 'Choose files'}
        <input type="file" multiple accept=".json,.jsonl,.ndjson,.csv,.md,.markdown,.txt" hidden disabled={busy} data-testid="kb-import-input" onChange={(e) => { void pick(e.target.files); e.target.value = ''; }} />
      </label>
      {message && <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="kb-import-message">{message.text}</p>}
    </div>
  );
}
