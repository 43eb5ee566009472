import { useState, type DragEvent } from 'react';
import { call } from '@/components/rpc';
import { MAX_EVIDENCE_BYTES, evidenceAdd } from '@/lib/schema/evidence-rpc';

const ACCEPTED = /\.(log|txt)$/i;
// Inline: the sidebar stylesheet belongs to the sidebar entrypoint; a drop zone must be visible.
const ZONE = { border: '2px dashed #c2c8cc', borderRadius: 4, padding: 12, margin: '8px 0', textAlign: 'center' } as const;
const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** A paste box and a drop zone for .log/.txt files; both are redacted and parsed by the background. */
export function AddEvidence({ ticketKey }: { ticketKey: string }) {
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [over, setOver] = useState(false);

  const add = async (body: string, via: 'paste' | 'file', fileName?: string) => {
    try {
      const row = await call(evidenceAdd, { ticketKey, text: body, via, fileName });
      setMessage({ error: false, text: `Added ${fileName ?? 'pasted text'}: ${row.evidence.lines} lines.` });
      return true;
    } catch (e) {
      setMessage({ error: true, text: e instanceof Error ? e.message : String(e) });
      return false;
    }
  };

  const drop = async (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    for (const file of Array.from(event.dataTransfer.files)) {
      if (!ACCEPTED.test(file.name)) {
        setMessage({ error: true, text: `${file.name}: only .log and .txt files can be added.` });
        continue;
      }
      if (file.size > MAX_EVIDENCE_BYTES) {
        setMessage({ error: true, text: `${file.name} is ${MB(file.size)}; evidence is limited to ${MB(MAX_EVIDENCE_BYTES)}: keep the lines around the problem.` });
        continue;
      }
      await add(await file.text(), 'file', file.name);
    }
  };

  return (
    <div className="add-evidence">
      <label htmlFor="evidence-paste">Paste log text</label>
      <textarea id="evidence-paste" data-testid="evidence-paste" rows={4} style={{ width: '100%', boxSizing: 'border-box' }} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" disabled={!text.trim()} onClick={() => void add(text, 'paste').then((ok) => ok && setText(''))}>
        Add as evidence
      </button>
      <div
        className={`drop-zone${over ? ' over' : ''}`}
        data-testid="evidence-drop"
        style={over ? { ...ZONE, borderColor: '#1f73b7', background: '#edf7ff' } : ZONE}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => void drop(e)}
      >
        Drop .log or .txt files here (up to {MB(MAX_EVIDENCE_BYTES)})
      </div>
      {message && (
        <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="evidence-message">
          {message.text}
        </p>
      )}
    </div>
  );
}
