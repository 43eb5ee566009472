import { describe, expect, it } from 'vitest';
import { ReplyMini, ToContentMini } from '@/lib/schema/content-side';
import { Reply, ToContentMessage } from '@/lib/schema';

// The content script's zod/mini copies must accept and refuse exactly what the full schemas do.
describe('content-side schemas', () => {
  const replies = [{ ok: true }, { ok: false, error: 'x' }, { ok: false }, { ok: 'yes' }, null, 'ok'];
  const toContent = [{ type: 'toggle-sidebar' }, { type: 'toggle' }, {}, null];
  it('agree with the full reply schema', () => {
    for (const r of replies) expect(ReplyMini.safeParse(r).success).toBe(Reply.safeParse(r).success);
  });
  it('agree with the full background-to-content schema', () => {
    for (const m of toContent) expect(ToContentMini.safeParse(m).success).toBe(ToContentMessage.safeParse(m).success);
  });
});
