import { z } from 'zod';
import { describeIssues } from './describe';
import { HygieneFinding } from './hygiene';
import { Site, TicketSnapshot } from './ticket';

/** Which ticket a tab shows. */
export const TicketRef = z.object({
  site: Site,
  host: z.string().min(1),
  ticketId: z.string().min(1),
  url: z.url(),
});
export type TicketRef = z.infer<typeof TicketRef>;

/** What the agent is typing in the reply editor, and whether it would go out publicly. */
export const Draft = z.object({ text: z.string().max(100_000), public: z.boolean() });
export type Draft = z.infer<typeof Draft>;

/** Messages the content script sends to the background (runtime.sendMessage). */
export const ContentMessage = z.discriminatedUnion('type', [
  /** The tab now shows this ticket (sent before any extraction, so the cache can answer at once). */
  z.object({ type: z.literal('ticket-opened'), ticket: TicketRef }),
  /** The tab left every ticket (e.g. a view or the dashboard). */
  z.object({ type: z.literal('ticket-closed') }),
  /** A fresh snapshot of the tab's ticket, from the DOM, the API or both. */
  z.object({ type: z.literal('snapshot'), snapshot: TicketSnapshot }),
  /** The reply being typed (null once empty), for the pre-send check. Never stored. */
  z.object({ type: z.literal('draft'), ticket: TicketRef, draft: Draft.nullable() }),
  /** The agent clicked the handle on a custom-domain page: open this tab's side panel (Chrome). */
  z.object({ type: z.literal('open-panel') }),
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

export const Reply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof Reply>;

/** Messages the background sends to a content script (tabs.sendMessage). */
export const ToContentMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('toggle-sidebar') }),
  /** Send the reply draft to be checked again, even unchanged (a new service worker has no findings). */
  z.object({ type: z.literal('recheck-draft') }),
  /** Put text at the caret of the open ticket's reply editor (e.g. a KB link). Replies Reply. */
  z.object({ type: z.literal('insert-text'), text: z.string().min(1).max(10_000) }),
  /** A same-origin GET of a helpdesk API path with the agent's session. Replies FetchReply. */
  z.object({ type: z.literal('fetch-json'), path: z.string().startsWith('/') }),
  /** The result of checking the draft, for the badge by the composer. */
  z.object({
    type: z.literal('draft-check'),
    count: z.number().int().nonnegative(),
    worst: z.enum(['error', 'warning', 'info']).nullable(),
    summary: z.string(),
  }),
]);
export type ToContentMessage = z.infer<typeof ToContentMessage>;

/** The content script's answer to fetch-json. */
export const FetchReply = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    status: z.number().int(),
    /** Seconds the helpdesk asked to wait (429), when it said. */
    retryAfter: z.number().nullable(),
    json: z.unknown(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type FetchReply = z.infer<typeof FetchReply>;


export const HistoryChange = z.object({
  field: z.enum(['status', 'priority', 'assignee', 'commentCount']),
  from: z.union([z.string(), z.number(), z.null()]),
  to: z.union([z.string(), z.number(), z.null()]),
});
export type HistoryChange = z.infer<typeof HistoryChange>;

/** One recorded change to a cached ticket. */
export const HistoryEntry = z.object({
  key: z.string(),
  at: z.iso.datetime({ offset: true }),
  changes: z.array(HistoryChange),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** Port messages from a sidebar to the background. */
export const SidebarRequest = z.discriminatedUnion('type', [
  /**
   * Follow the ticket of the tab this sidebar is framed in; a sidebar that is not framed (Chrome's
   * side panel, or sidebar.html?tab=ID opened as a page) names the tab it follows.
   */
  z.object({ type: z.literal('subscribe'), tabId: z.number().int().nonnegative().optional() }),
]);
export type SidebarRequest = z.infer<typeof SidebarRequest>;

/** Port messages from the background to a sidebar. */
export const SidebarPush = z.discriminatedUnion('type', [
  /** Problems in the reply being typed in this tab (empty once fixed or sent). */
  z.object({ type: z.literal('draft'), findings: z.array(HygieneFinding) }),
  z.object({
    type: z.literal('view'),
    ref: TicketRef.nullable(),
    snapshot: TicketSnapshot.nullable(),
    history: z.array(HistoryEntry),
  }),
  z.object({ type: z.literal('error'), error: z.string() }),
]);
export type SidebarPush = z.infer<typeof SidebarPush>;

export { COLLAPSED_KEY, SIDEBAR_PORT } from './keys';

/** Formats a zod error as one line naming each bad path. */
export function describeZodError(error: z.ZodError): string {
  return describeIssues(error.issues);
}
