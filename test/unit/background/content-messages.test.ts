import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '@/entrypoints/background/content-messages';
import { DraftChecks } from '@/entrypoints/background/drafts';
import { TabRegistry } from '@/entrypoints/background/registry';
import { DesksideDb } from '@/lib/db/database';
import { loadSnapshot } from '@/lib/db/snapshots';
import { ticketKey } from '@/lib/schema';
import { snapshot } from '../snapshot-factory';

let db: DesksideDb;
let registry: TabRegistry;
const drafts = new DraftChecks();
let n = 0;
const fromTab = (tabId: number) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } }) as never;

beforeEach(() => {
  fakeBrowser.reset();
  db = new DesksideDb(`bg-${++n}`);
  registry = new TabRegistry();
});

describe('content messages', () => {
  it('records which ticket a tab shows, and caches its snapshots', async () => {
    const ref = { site: 'zendesk', host: 'test.zendesk.com', ticketId: '7', url: 'https://test.zendesk.com/agent/tickets/7' };
    expect(await handleContentMessage(db, registry, drafts, { type: 'ticket-opened', ticket: ref }, fromTab(3))).toEqual({ ok: true });
    expect(await registry.get(3)).toEqual(ref);
    const snap = snapshot({ subject: 'Export is empty', sources: ['dom'], fieldSources: { subject: 'dom' } });
    expect(await handleContentMessage(db, registry, drafts, { type: 'snapshot', snapshot: snap }, fromTab(3))).toEqual({ ok: true });
    expect((await loadSnapshot(db, ticketKey(snap)))?.subject).toBe('Export is empty');
    await handleContentMessage(db, registry, drafts, { type: 'ticket-closed' }, fromTab(3));
    expect(await registry.get(3)).toBeNull();
  });

  it('answers an invalid message with an error naming the problem, and stores nothing', async () => {
    const reply = await handleContentMessage(db, registry, drafts, { type: 'snapshot', snapshot: { ...snapshot(), ticketId: '' } }, fromTab(3));
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/snapshot\.ticketId/);
    expect(await db.snapshots.count()).toBe(0);
    const unknown = await handleContentMessage(db, registry, drafts, { type: 'delete-everything' }, fromTab(3));
    expect(!unknown.ok && unknown.error).toMatch(/invalid message/);
  });

  it('refuses messages from other extensions or from outside a tab', async () => {
    const other = await handleContentMessage(db, registry, drafts, { type: 'ticket-closed' }, { id: 'evil', tab: { id: 1 } } as never);
    expect(other).toEqual({ ok: false, error: 'message from another extension' });
    const noTab = await handleContentMessage(db, registry, drafts, { type: 'ticket-closed' }, { id: fakeBrowser.runtime.id } as never);
    expect(noTab.ok).toBe(false);
  });

  it('remembers tab tickets across a service-worker restart', async () => {
    const ref = { site: 'zendesk' as const, host: 'test.zendesk.com', ticketId: '9', url: 'https://test.zendesk.com/agent/tickets/9' };
    await registry.set(5, ref);
    expect(await new TabRegistry().get(5)).toEqual(ref);
  });
});

describe('active ticket', () => {
  const ref = (id: string) => ({ site: 'zendesk' as const, host: 'test.zendesk.com', ticketId: id, url: `https://test.zendesk.com/agent/tickets/${id}` });

  it('is the ticket of the most recently focused tab that shows one', async () => {
    const registry = new TabRegistry();
    expect(await registry.activeTicket()).toBeNull();
    await registry.set(1, ref('11'));
    await registry.set(2, ref('22'));
    await registry.focused(1);
    await registry.focused(3); // a monitoring page: shows no ticket
    expect(await registry.activeTicket()).toEqual({ tabId: 1, ref: ref('11') });
    await registry.focused(2);
    expect((await registry.activeTicket())?.ref.ticketId).toBe('22');
    await registry.remove(2);
    expect((await registry.activeTicket())?.ref.ticketId).toBe('11');
    expect((await new TabRegistry().activeTicket())?.ref.ticketId).toBe('11');
  });
});
