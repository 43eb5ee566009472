import type { KbSuggestion } from '@/lib/schema/kb';

/**
 * A snippet with its matched terms in <mark>: the ranges cut the text into plain strings, so
 * article text is always rendered as text, never parsed as markup.
 */
export function Highlighted({ snippet }: { snippet: KbSuggestion['snippet'] }) {
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  const ranges = [...snippet.highlights].sort((a, b) => a[0] - b[0]);
  for (const [start, end] of ranges) {
    if (start < at || end <= start || end > snippet.text.length) continue;
    if (start > at) parts.push({ text: snippet.text.slice(at, start), mark: false });
    parts.push({ text: snippet.text.slice(start, end), mark: true });
    at = end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), mark: false });
  return (
    <p className="kb-snippet" data-testid="kb-snippet">
      {parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </p>
  );
}
