// The entry points the sidebar, the search box and the CLI call: ticket or text in, ranked
// articles out, each with a 0-1 score, the words that matched and a highlighted excerpt.
import type { Feedback, KbArticle } from '../schema/kb';
import type { TicketSnapshot } from '../schema/ticket';
import { feedbackBoosts } from './feedback';
import { completions } from './fuzzy';
import type { KbIndex } from './model';
import { queryTerms, textQuery, ticketText, type QueryTerm, type TicketText } from './query';
import { rank, resolve, type Resolved } from './rank';
import { snippet, type Snippet } from './snippet';
import { fold, normalise } from './text';

/** One suggested article and why it was suggested. */
export interface Suggestion {
  article: KbArticle;
  /** 0-1: how much of the ticket's main terms the article covers, after feedback. */
  score: number;
  /** The ticket's own words that the article matched, most telling first. */
  matchedTerms: string[];
  snippet: Snippet;
}

export interface SuggestOptions {
  /** Results scoring below this are dropped. @default 0 */
  threshold?: number;
  /** How many results at most. @default 5 */
  top?: number;
  /** Stored verdicts; those on similar tickets shift this ranking. */
  feedback?: readonly Feedback[];
}

// Terms stored with feedback: enough to judge similarity, few enough to keep records small.
const FEEDBACK_TERMS = 24;

function byId(index: KbIndex): Map<string, number> {
  index.scratch.byId ??= new Map(index.articles.map((a, i) => [a.id, i]));
  return index.scratch.byId;
}

function run(index: KbIndex, query: readonly QueryTerm[], opts: SuggestOptions): Suggestion[] {
  const top = opts.top ?? 5;
  const resolved = resolve(index, query);
  let boost: ((doc: number) => number) | undefined;
  if (opts.feedback?.length) {
    const boosts = feedbackBoosts(opts.feedback, termsOf(index, resolved));
    const docs = new Map<number, number>();
    for (const [id, b] of boosts) {
      const doc = byId(index).get(id);
      if (doc !== undefined) docs.set(doc, b);
    }
    boost = (doc) => docs.get(doc) ?? 1;
  }
  const wanted = new Set(termsOf(index, resolved, Infinity));
  // Feedback is applied inside rank, over every matching article, so it can lift one from far down.
  return rank(index, resolved, top, boost)
    .filter((h) => h.score >= (opts.threshold ?? 0))
    .flatMap((h) => {
      const article = index.articles[h.doc];
      return article ? [{ article, score: h.score, matchedTerms: h.matched, snippet: snippet(article.body, wanted) }] : [];
    });
}

/** The normalised terms of resolved query terms that the index knows, heaviest first. */
function termsOf(index: KbIndex, resolved: readonly Resolved[], limit = FEEDBACK_TERMS): string[] {
  return resolved.flatMap((r) => index.terms[r.id] ?? []).slice(0, limit);
}

/** Suggestions for an open ticket. */
export function suggest(index: KbIndex, snapshot: TicketSnapshot, opts: SuggestOptions = {}): Suggestion[] {
  return run(index, queryTerms(ticketText(snapshot)), opts);
}

/** Suggestions for ticket parts without a snapshot (evaluation sets, the CLI). */
export function suggestForText(index: KbIndex, text: TicketText, opts: SuggestOptions = {}): Suggestion[] {
  return run(index, queryTerms(text), opts);
}

// The search box is searched as the agent types: an unfinished last word ("webh") stands for
// the title/label terms it begins, unless it is a word of its own.
function completeLastWord(index: KbIndex, text: string, query: QueryTerm[]): QueryTerm[] {
  const last = /[\p{L}\p{N}]+$/u.exec(text)?.[0];
  const typed = last === undefined ? null : normalise(last);
  if (last === undefined || typed === null || index.termIds.has(typed)) return query;
  const ids = completions(index, fold(last));
  if (ids.length === 0) return query;
  const weight = (query.find((q) => q.term === typed)?.weight ?? 1) * 0.8;
  const rest = query.filter((q) => q.term !== typed);
  return [...rest, ...ids.map((id) => ({ term: index.terms[id] ?? '', surface: last, weight }))];
}

/** The manual search box: free text, every word weighted the same, the last one maybe unfinished. */
export function search(index: KbIndex, text: string, opts: SuggestOptions = {}): Suggestion[] {
  return run(index, completeLastWord(index, text, textQuery(text)), opts);
}

/** The normalised terms to store in Feedback.queryTerms for this ticket. */
export function feedbackTerms(index: KbIndex, snapshot: TicketSnapshot): string[] {
  return termsOf(index, resolve(index, queryTerms(ticketText(snapshot))));
}

/** Ranked article ids only (no snippets): what `kb eval` times and scores. */
export function rankIds(index: KbIndex, text: TicketText, top: number): string[] {
  return rank(index, resolve(index, queryTerms(text)), top).flatMap((h) => index.articles[h.doc]?.id ?? []);
}
