import type { TicketSnapshot } from '../schema/ticket';

/** The customer's own words: the description and public end-user comments, oldest first. */
export function customerTexts(s: TicketSnapshot): string[] {
  const comments = s.comments.filter((c) => c.authorRole === 'end-user').map((c) => c.text);
  // Zendesk repeats the description as the first comment; keep it once.
  const texts = s.description ? [s.description, ...comments.filter((t) => t.trim() !== s.description?.trim())] : comments;
  return texts.filter((t) => t.trim() !== '');
}

/** Every text on the ticket: subject, description and all comments. */
export function allTexts(s: TicketSnapshot): string[] {
  return [s.subject ?? '', s.description ?? '', ...s.comments.map((c) => c.text)].filter((t) => t.trim() !== '');
}

/** Sentences of a text, trimmed (line breaks end a sentence too: tickets are written in lines). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])|\n+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 2);
}

/** The first sentences (across texts) that match, at most `limit`, without repeats. */
export function pickSentences(texts: readonly string[], re: RegExp, limit: number): string[] {
  const out: string[] = [];
  for (const t of texts) {
    for (const s of sentences(t)) {
      if (re.test(s) && !out.includes(s)) out.push(s);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** Text after a label such as "Expected result:" up to the next label or blank line. */
export function labelled(texts: readonly string[], label: RegExp): string | null {
  for (const t of texts) {
    const m = new RegExp(`(?:^|\\n)\\s*(?:${label.source})\\s*[:\\-]\\s*([\\s\\S]*?)(?=\\n\\s*\\n|\\n\\s*[A-Z][\\w ]{2,30}:|$)`, 'i').exec(t);
    const body = m?.[1]?.trim();
    if (body) return body;
  }
  return null;
}

/** Cuts text to a length on a word boundary, marking the cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
