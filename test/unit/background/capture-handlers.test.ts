import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerEvidenceHandlers } from '@/entrypoints/background/handlers-evidence';
import { RpcRouter } from '@/entrypoints/background/rpc';
import { storeSettings } from '@/entrypoints/background/settings';
import { DesksideDb } from '@/lib/db/database';
import { saveSnapshot } from '@/lib/db/snapshots';
import { DEFAULT_SETTINGS } from '@/lib/schema/settings';
import { ticketKey } from '@/lib/schema';
import { snapshot } from '../snapshot-factory';

let db: DesksideDb;
let rpc: RpcRouter;
let n = 0;
const ticket = snapshot({ subject: 'Webhooks stopped firing for order.created', sources: ['api'] });
const key = ticketKey(ticket);
const call = (method: string, params: unknown) => rpc.dispatch({ type: 'rpc', method, params }, { tabId: 1 });

beforeEach(async () => {
  fakeBrowser.reset();
  db = new DesksideDb(`handlers-evidence-${++n}`);
  rpc = new RpcRouter();
  registerEvidenceHandlers(rpc, db);
  await saveSnapshot(db, ticket);
});
afterEach(async () => {
  await db.delete();
});

describe('pasted and dropped evidence', () => {
  it('stores pasted text redacted and lists it on the ticket', async () => {
    const added = await call('evidence.add', { ticketKey: key, text: 'ERROR 2026-11-24T09:14:02Z mail to priya@brightline.example\nretry', via: 'paste' });
    expect(added.ok).toBe(true);
    const list = await call('evidence.list', { ticketKey: key });
    expect(list.ok && list.result).toMatchObject({ attached: [{ via: 'paste', evidence: { lines: 2, source: { title: 'pasted text' } } }], unattached: [] });
    expect(JSON.stringify(list)).not.toContain('priya@brightline.example');
  });

  it('refuses a file over 2 MB with a message naming it and the limit, storing nothing', async () => {
    const reply = await call('evidence.add', { ticketKey: key, text: 'x'.repeat(2 * 1024 * 1024 + 1), via: 'file', fileName: 'app.log' });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/app\.log is 2\.0 MB; evidence is limited to 2\.0 MB/) });
    expect(await db.evidence.count()).toBe(0);
  });
});

describe('the escalation view', () => {
  it('applies each saved edit to the package and rescores it', async () => {
    const before = await call('escalation.view', { ticketKey: key });
    expect(before.ok && before.result).toMatchObject({ package: { summary: 'Webhooks stopped firing for order.created' }, draft: {} });
    const saved = await call('escalation.saveDraft', { ticketKey: key, draft: { summary: 'Webhooks drop', expected: 'Each order.created fires a webhook', actual: 'None since Tuesday' } });
    expect(saved.ok && saved.result).toMatchObject({ package: { summary: 'Webhooks drop', expected: 'Each order.created fires a webhook' } });
    const again = await call('escalation.view', { ticketKey: key });
    expect(again.ok && again.result).toMatchObject({ draft: { summary: 'Webhooks drop' } });
  });

  it('names the missing Jira settings, then builds the create URL from them', async () => {
    const missing = await call('escalation.jiraUrl', { ticketKey: key });
    expect(missing).toEqual({ ok: false, error: 'Set the Jira site, project id, issue type id under Escalation in the Deskside options to open Jira.' });
    await storeSettings({ ...DEFAULT_SETTINGS, escalation: { jiraSite: 'https://acme.atlassian.net', projectId: '10001', issueTypeId: null } });
    expect(await call('escalation.jiraUrl', { ticketKey: key })).toMatchObject({ error: expect.stringMatching(/^Set the issue type id /) });
    await storeSettings({ ...DEFAULT_SETTINGS, escalation: { jiraSite: 'https://acme.atlassian.net', projectId: '10001', issueTypeId: '10004' } });
    const url = await call('escalation.jiraUrl', { ticketKey: key });
    const parsed = new URL(url.ok ? String(url.result) : '');
    expect(parsed.searchParams.get('summary')).toBe('Webhooks stopped firing for order.created');
    expect(parsed.searchParams.get('pid')).toBe('10001');
  });

  it('links an issue key (any case) and refuses what is not one', async () => {
    expect(await call('escalation.link', { ticketKey: key, issueKey: 'not a key' })).toMatchObject({ ok: false, error: expect.stringMatching(/OPS-123/) });
    const linked = await call('escalation.link', { ticketKey: key, issueKey: ' ops-9 ' });
    expect(linked.ok && linked.result).toMatchObject({ draft: { jiraIssueKey: 'OPS-9' }, links: [{ target: 'OPS-9', kind: 'escalation' }], package: { jiraIssueKey: 'OPS-9' } });
  });

  it('renders Markdown, Jira wiki and ADF JSON', async () => {
    const md = await call('escalation.render', { ticketKey: key, format: 'md' });
    const adf = await call('escalation.render', { ticketKey: key, format: 'adf' });
    expect(md.ok && md.result).toContain('Webhooks stopped firing');
    expect(adf.ok && JSON.parse(String(adf.result))).toMatchObject({ type: 'doc', version: 1 });
  });
});
