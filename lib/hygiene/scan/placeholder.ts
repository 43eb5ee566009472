// Unfilled macro placeholders, apart from the rule so the draft check stays zod-free.
import { quote } from '../facts';

/** Placeholder patterns (regular expressions, case-insensitive) a reply must not contain. */
export const DEFAULT_PLACEHOLDERS: readonly string[] = [
  // Zendesk / Liquid placeholders that did not render: {{ticket.requester.first_name}}
  String.raw`\{\{[^{}\n]{1,80}\}\}`,
  // Bracketed instructions left in a macro: [insert date], [customer name], [your name here]
  String.raw`\[(?:insert|add|enter|your|customer|agent|client|company|product|first|last|full|fill)\b[^\]\n]{0,60}\](?!\()`,
  String.raw`\[(?:name|date|time|link|url|number|email|phone|amount|details|tbd|todo|xx+|\.\.\.)\](?!\()`,
  // Angle-bracket slots: <name>, <insert link>, <customer name>
  String.raw`<(?:insert[^<>\n]{0,60}|(?:first |last |full |customer |agent |your |company |product )?name|date|link|url|email|number|amount|xx+)>`,
];

const compiled = new Map<string, RegExp | null>();

/** Compiles a pattern once; an invalid one is skipped (the settings schema rejects them on save). */
function regex(source: string): RegExp | null {
  if (!compiled.has(source)) {
    try {
      compiled.set(source, new RegExp(source, 'gi'));
    } catch {
      compiled.set(source, null);
    }
  }
  return compiled.get(source) ?? null;
}

/** The first unfilled placeholder in `text` and a quote around it, or null. */
export function scanPlaceholders(
  text: string,
  patterns: readonly string[],
): { match: string; quote: string } | null {
  let best: RegExpExecArray | null = null;
  for (const p of patterns) {
    const re = regex(p);
    if (!re) continue;
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best ? { match: best[0], quote: quote(text, best.index, best.index + best[0].length, 30) } : null;
}
