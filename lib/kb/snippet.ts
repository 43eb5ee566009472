// The body excerpt shown under a suggestion: the window with the most matched query terms,
// cut at word boundaries, with character ranges to highlight (rendered as text by the panel).
import { tokens } from './text';

/** An excerpt and the [start, end) ranges in it that matched the query. */
export interface Snippet {
  text: string;
  highlights: [number, number][];
}

const WIDTH = 220;

/** The best excerpt of `body` for the normalised query terms `wanted`. */
export function snippet(body: string, wanted: ReadonlySet<string>, width = WIDTH): Snippet {
  const hits = tokens(body).filter((t) => wanted.has(t.term)).sort((a, b) => a.start - b.start);
  let bestStart = 0;
  let bestCount = 0;
  let bestDistinct = 0;
  let j = 0;
  const inWindow = new Map<string, number>();
  hits.forEach((hit, i) => {
    inWindow.set(hit.term, (inWindow.get(hit.term) ?? 0) + 1);
    // Slide the window's left edge until it spans at most `width` characters.
    for (let left = hits[j]; left && left.start < hit.end - width; left = hits[++j]) {
      const c = (inWindow.get(left.term) ?? 1) - 1;
      if (c === 0) inWindow.delete(left.term);
      else inWindow.set(left.term, c);
    }
    const count = i - j + 1;
    if (inWindow.size > bestDistinct || (inWindow.size === bestDistinct && count > bestCount)) {
      bestDistinct = inWindow.size;
      bestCount = count;
      bestStart = hits[j]?.start ?? hit.start;
    }
  });
  // Start a little before the first hit, at a word boundary, so the sentence reads.
  let start = Math.max(0, bestStart - 40);
  if (start > 0) {
    const space = body.indexOf(' ', start);
    start = space >= 0 && space < bestStart ? space + 1 : bestStart;
  }
  let end = Math.min(body.length, start + width);
  if (end < body.length) {
    const space = body.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const lead = start > 0 ? '\u2026 ' : '';
  const text = lead + body.slice(start, end).replace(/\s+/g, ' ').trimEnd() + (end < body.length ? ' \u2026' : '');
  // Recompute ranges on the final text: whitespace was collapsed.
  const highlights = tokens(text)
    .filter((t) => wanted.has(t.term))
    .map((t): [number, number] => [t.start, t.end])
    .sort((a, b) => a[0] - b[0]);
  return { text, highlights: mergeOverlaps(highlights) };
}

function mergeOverlaps(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
