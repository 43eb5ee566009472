// What a ticket asks, as weighted terms: the subject counts twice the description, the latest
// requester comment a little less, tags once, and error codes get a bonus because they pin an
// article down better than any word.
import type { TicketSnapshot } from '../schema/ticket';
import { codes, tokens } from './text';

/** The parts of a ticket the query is built from. */
export interface TicketText {
  subject?: string | null;
  description?: string | null;
  latestComment?: string | null;
  tags?: readonly string[];
}

/** A query term, its weight, and the word the customer actually wrote (for "matched terms"). */
export interface QueryTerm {
  term: string;
  surface: string;
  weight: number;
}

const SUBJECT = 2;
const DESCRIPTION = 1;
const COMMENT = 0.8;
const TAG = 1;
const CODE_BONUS = 1.5;

/** The ticket text the query reads: subject, description, latest requester comment, tags. */
export function ticketText(s: TicketSnapshot): TicketText {
  const description = s.description ?? s.comments[0]?.text ?? null;
  const latest = [...s.comments].reverse().find((c) => c.authorRole === 'end-user' && c.public);
  const latestComment = latest && latest.text.trim() !== (description ?? '').trim() ? latest.text : null;
  return { subject: s.subject, description, latestComment, tags: s.tags };
}

/** Weighted query terms for a ticket, heaviest first. */
export function queryTerms(text: TicketText): QueryTerm[] {
  const acc = new Map<string, QueryTerm>();
  const add = (source: string | null | undefined, weight: number) => {
    if (!source) return;
    const tf = new Map<string, { n: number; surface: string }>();
    for (const t of tokens(source)) {
      const seen = tf.get(t.term);
      if (seen) seen.n += 1;
      else tf.set(t.term, { n: 1, surface: t.surface });
    }
    // Sublinear: a word repeated in a long description should not drown the subject.
    for (const [term, { n, surface }] of tf) {
      const w = weight * Math.min(1 + Math.log(n), 2.5);
      const prev = acc.get(term);
      if (prev) prev.weight += w;
      else acc.set(term, { term, surface, weight: w });
    }
  };
  add(text.subject, SUBJECT);
  add(text.description, DESCRIPTION);
  add(text.latestComment, COMMENT);
  // Tags are snake_case or kebab-case labels: "sso_login" reads as "sso login".
  add((text.tags ?? []).map((t) => t.replace(/[_:-]+/g, ' ')).join(' \n '), TAG);
  const all = [text.subject, text.description, text.latestComment].filter(Boolean).join('\n');
  for (const code of new Set(codes(all))) {
    const t = acc.get(code);
    if (t) t.weight += CODE_BONUS;
  }
  return [...acc.values()].sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term));
}

/** A free-text search box query: every word counts the same. */
export function textQuery(text: string): QueryTerm[] {
  return queryTerms({ subject: text });
}

