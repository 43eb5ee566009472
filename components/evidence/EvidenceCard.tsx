import type { ReactNode } from 'react';
import type { EvidenceRowData } from '@/lib/schema/evidence-rpc';

const VIA: Record<EvidenceRowData['via'], string> = {
  scripting: 'selection',
  selectionText: 'selection (context menu)',
  paste: 'pasted',
  file: 'file',
};

// Wrapped, not cut: a 360px sidebar is narrower than most log lines. Line breaks stay as captured.
const PRE = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: '16em', overflow: 'auto', fontSize: '11px' } as const;

function found(row: EvidenceRowData): string[] {
  const e = row.evidence;
  const levels = Object.entries(e.levels).map(([level, n]) => `${level} ${n}`).join(', ');
  const redacted = Object.entries(e.redactions).filter(([, n]) => n > 0);
  return [
    `${e.timestamps.length} timestamps`,
    `${e.ids.length} IDs`,
    `${e.errors.length} errors`,
    `${e.stackTraces.length} stack traces`,
    levels ? `levels: ${levels}` : 'no log levels',
    redacted.length ? `redacted: ${redacted.map(([k, n]) => `${n} ${k}`).join(', ')}` : 'nothing redacted',
  ];
}

/** One capture: where it came from, when, what was found in it, and its redacted text as written. */
export function EvidenceCard({ row, action }: { row: EvidenceRowData; action?: ReactNode }) {
  const { source } = row.evidence;
  return (
    <li className="evidence-card" data-testid="evidence-item" data-id={row.id}>
      <div className="evidence-source">
        <strong>{source.title ?? source.url ?? 'Unknown source'}</strong>
        {source.url && <span className="muted url" title={source.url}>{source.url}</span>}
        <span className="muted">
          {VIA[row.via]}, <time dateTime={row.capturedAt}>{new Date(row.capturedAt).toISOString().replace('T', ' ').slice(0, 19)} UTC</time>
        </span>
      </div>
      {row.note && <p className="warning" data-testid="evidence-note">{row.note}</p>}
      <ul className="found" data-testid="evidence-found">
        {found(row).map((f) => <li key={f}>{f}</li>)}
      </ul>
      {/* Captured text is data: rendered as text in a <pre>, never as markup. */}
      <pre className="evidence-text" data-testid="evidence-text" style={PRE}>{row.evidence.text}</pre>
      {action}
    </li>
  );
}
