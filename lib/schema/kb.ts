import { z } from 'zod';
import { IsoTime } from './ticket';

/** Where an article came from. */
export const KbSource = z.enum(['zendesk-hc', 'jsm-kb', 'confluence', 'file', 'starter']);
export type KbSource = z.infer<typeof KbSource>;

/** One knowledge-base article as Deskside stores and indexes it; the body is plain text. */
export const KbArticle = z.object({
  id: z.string().min(1),
  source: KbSource,
  title: z.string(),
  body: z.string(),
  labels: z.array(z.string()),
  section: z.string().nullable(),
  url: z.string().nullable(),
  locale: z.string().nullable(),
  updatedAt: IsoTime.nullable(),
  /** Help Center drafts: searchable by agents, shown marked. */
  draft: z.boolean().optional(),
  /** Help Center translations older than their source article. */
  outdated: z.boolean().optional(),
});
export type KbArticle = z.infer<typeof KbArticle>;

/** What an agent said about a suggestion, kept to shift later rankings for similar tickets. */
export const Feedback = z.object({
  articleId: z.string().min(1),
  ticketKey: z.string().min(1),
  kind: z.enum(['helpful', 'not-helpful', 'used']),
  at: IsoTime,
  /** The normalised query terms of the ticket at the time (what "similar" is measured on). */
  queryTerms: z.array(z.string()),
});
export type Feedback = z.infer<typeof Feedback>;

/** The user's KB suggestion settings. */
export const KbSettings = z.object({
  /**
   * Suggestions scoring below this (0-1) are not shown. Chosen on kb/eval: see scripts/bench-kb.ts.
   * @default 0.3
   */
  threshold: z.number().min(0).max(1).default(0.3),
  /**
   * How many suggestions the sidebar shows at most.
   * @default 5
   */
  maxSuggestions: z.number().int().min(1).max(20).default(5),
});
export type KbSettings = z.infer<typeof KbSettings>;

export const DEFAULT_KB_SETTINGS: KbSettings = KbSettings.parse({});

// BEIR-style corpora name the fields `_id` and `text`; read them as id and body.
function beirAliases(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
  const o = v as Record<string, unknown>;
  return { ...o, id: o.id ?? o._id, body: o.body ?? o.text };
}

/**
 * One line of an article file: `{id, title, body, labels?, url?}`. Ids may be numbers; a missing
 * title is empty (many public corpora have none).
 */
export const KbArticleLine = z.preprocess(
  beirAliases,
  z.object({
    id: z.union([z.string().min(1), z.number()]).transform(String),
    title: z.string().nullish().transform((t) => t ?? ''),
    body: z.string(),
    labels: z.array(z.string()).nullish(),
    url: z.string().nullish(),
  }),
);
export type KbArticleLine = z.infer<typeof KbArticleLine>;

/** One line of an evaluation set: a ticket and the ids of the articles that answer it. */
export const KbEvalQuery = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  subject: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  relevant: z.array(z.union([z.string(), z.number()]).transform(String)),
});
export type KbEvalQuery = z.infer<typeof KbEvalQuery>;

/** A suggestion as it crosses from the background to the sidebar (see lib/kb/suggest.ts). */
export const KbSuggestion = z.object({
  article: KbArticle,
  score: z.number().min(0).max(1),
  matchedTerms: z.array(z.string()),
  snippet: z.object({
    text: z.string(),
    /** [start, end) character ranges of `text` to highlight; render as text, never as HTML. */
    highlights: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
  }),
});
export type KbSuggestion = z.infer<typeof KbSuggestion>;
