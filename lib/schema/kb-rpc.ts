import { z } from 'zod';
import { HcSyncState } from '../kb/helpcenter-sync';
import { KbSource, KbSuggestion } from './kb';
import { defineMethod } from './rpc';

const Verdict = z.enum(['helpful', 'not-helpful', 'used']);

/** The Suggestions panel's view of one ticket. */
export const KbSuggestView = z.object({
  suggestions: z.array(KbSuggestion),
  /** How many more matched but scored under the threshold. */
  belowThreshold: z.number().int().nonnegative(),
  threshold: z.number(),
  /** Articles searched (all sources). */
  articleCount: z.number().int().nonnegative(),
  /** What the agent already said about articles on this ticket. */
  verdicts: z.record(z.string(), Verdict),
});
export type KbSuggestView = z.infer<typeof KbSuggestView>;

/** Suggestions for a cached ticket (null while it is not cached). */
export const kbSuggest = defineMethod('kb.suggest', z.object({ ticketKey: z.string().min(1) }), KbSuggestView.nullable(), { idempotent: true });

/** The manual search box over the same index. */
export const kbSearch = defineMethod(
  'kb.search',
  z.object({ text: z.string().max(2000), top: z.number().int().min(1).max(50).default(10) }),
  z.array(KbSuggestion),
);

/**
 * Asks the Jira tab the sidebar sits in for live JSM knowledge-base and Confluence results on
 * this ticket and caches them as articles; the reply says how many changed (then suggest again).
 */
export const kbRefreshLive = defineMethod('kb.refreshLive', z.object({ ticketKey: z.string().min(1) }), z.object({ changed: z.number().int(), error: z.string().nullable() }));

/** Records helpful / not helpful on a suggestion. */
export const kbFeedback = defineMethod(
  'kb.feedback',
  z.object({ ticketKey: z.string().min(1), articleId: z.string().min(1), kind: z.enum(['helpful', 'not-helpful']) }),
  z.record(z.string(), Verdict),
);

/** Puts an article's link at the caret of the reply editor in the caller's tab; records "used". */
export const kbInsertLink = defineMethod(
  'kb.insertLink',
  z.object({ ticketKey: z.string().min(1), articleId: z.string().min(1), title: z.string(), url: z.string().url() }),
  z.object({ ok: z.boolean(), error: z.string().nullable() }),
);

/** Counts per source, the Help Center sync state, and whether the starter KB is on. */
export const KbSourcesView = z.object({
  counts: z.record(z.string(), z.number().int()),
  starter: z.boolean(),
  sync: HcSyncState.nullable(),
});
export type KbSourcesView = z.infer<typeof KbSourcesView>;
export const kbSources = defineMethod('kb.sources', z.object({}), KbSourcesView, { idempotent: true });

/** Imports files all or nothing; the error names the file and line. */
export const kbImport = defineMethod(
  'kb.import',
  z.object({ files: z.array(z.object({ name: z.string().min(1), text: z.string() })).min(1) }),
  z.array(z.object({ name: z.string(), count: z.number().int() })),
);

/** Removes a source's articles (the starter KB is switched off, and `restore` brings it back). */
export const kbRemoveSource = defineMethod('kb.removeSource', z.object({ source: KbSource, restore: z.boolean().default(false) }), z.object({ removed: z.number().int() }));

/** Starts (or resumes) a Help Center sync through an open Zendesk tab. */
export const kbSyncStart = defineMethod(
  'kb.syncStart',
  z.object({ locale: z.string().trim().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i, 'Locale looks like en-us or de').nullable().default(null) }),
  HcSyncState,
);
