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
export const ToContentMini = z.discriminatedUnion('type', [
  z.object({ type: z.literal('toggle-sidebar') }),
  z.object({ type: z.literal('recheck-draft') }),
  z.object({ type: z.literal('insert-text'), text: z.string().check(z.minLength(1), z.maxLength(10_000)) }),
  z.object({ type: z.literal('fetch-json'), path: z.string().check(z.startsWith('/')) }),
  z.object({
    type: z.literal('draft-check'),
    count: z.number().check(z.int(), z.nonnegative()),
    worst: z.nullable(z.enum(['error', 'warning', 'info'])),
    summary: z.string(),
  }),
]);
export type ToContentMini = z.infer<typeof ToContentMini>;
