// The messages a content script receives, as zod/mini schemas: the content script runs in the
// helpdesk page and must not carry classic zod (~90 KB gzipped). Kept in step with messages.ts
// by test/unit/schema/content-side.test.ts.
import * as z from 'zod/mini';

/** The background's reply to a content message. */
export const ReplyMini = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** Messages from the background to a content script. */
export const ToContentMini = z.object({ type: z.literal('toggle-sidebar') });
