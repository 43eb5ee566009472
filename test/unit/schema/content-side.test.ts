import { describe, expect, it } from 'vitest';
import { ReplyMini, ToContentMini } from '@/lib/schema/content-side';
import { Reply, ToContentMessage } from '@/lib/schema';

// The content script's zod/mini copies must accept and refuse exactly what the full schemas do.
describe('content-side schemas', () => {
  const replies = [{ ok: true }, { ok: false, error: 'x' }, { ok: false }, { ok: 'yes' }, null, 'ok'];
  const toContent = [
    { type: 'toggle-sidebar' },
    { type: 'toggle' },
    { type: 'recheck-draft' },
    { type: 'recheck-draft', force: 'x' },
    {},
    null,
    { type: 'insert-text', text: 'https://help.example.com/a/1' },
    { type: 'insert-text', text: '' },
    { type: 'insert-text', text: 'x'.repeat(10_001) },
    { type: 'fetch-json', path: '/api/v2/help_center/articles.json' },
    { type: 'fetch-json', path: 'https://evil.example/' },
    { type: 'draft-check', count: 2, worst: 'error', summary: 'card number' },
    { type: 'draft-check', count: -1, worst: 'error', summary: '' },
    { type: 'draft-check', count: 1.5, worst: null, summary: '' },
    { type: 'draft-check', count: 0, worst: 'fatal', summary: '' },
  ];
  it('agree with the full reply schema', () => {
    for (const r of replies) expect(ReplyMini.safeParse(r).success).toBe(Reply.safeParse(r).success);
  });
  it('agree with the full background-to-content schema', () => {
    for (const m of toContent) expect(ToContentMini.safeParse(m).success).toBe(ToContentMessage.safeParse(m).success);
  });
});
