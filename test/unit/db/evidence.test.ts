import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DesksideDb, type EvidenceRow } from '@/lib/db/database';
import { attachEvidence, deleteEvidence, linkIssue, listEvidence, loadDraft, saveDraft, saveEvidence } from '@/lib/db/evidence';
import { loadLinks } from '@/lib/db/links';
import { parseEvidence } from '@/lib/evidence';

let db: DesksideDb;
let n = 0;
beforeEach(() => {
  db = new DesksideDb(`evidence-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const TICKET = 'zendesk:acme-support.zendesk.com:4102';

function row(text: string, capturedAt: string, ticketKey = TICKET): EvidenceRow {
  const evidence = parseEvidence(text, { capturedAt, sourceUrl: 'https://app.datadoghq.com/logs', sourceTitle: 'Logs' });
  return { id: evidence.id, ticketKey, capturedAt, via: 'scripting', note: null, evidence };
}

describe('captures', () => {
  it('lists a ticket\'s captures oldest first, apart from the unattached ones', async () => {
    await saveEvidence(db, row('second 2026-11-20T10:05:00Z', '2026-11-20T10:06:00.000Z'));
    await saveEvidence(db, row('first 2026-11-20T10:00:00Z', '2026-11-20T10:01:00.000Z'));
    await saveEvidence(db, row('loose', '2026-11-20T10:02:00.000Z', ''));
    expect((await listEvidence(db, TICKET)).map((r) => r.evidence.text.split(' ')[0])).toEqual(['first', 'second']);
    expect((await listEvidence(db, '')).map((r) => r.evidence.text)).toEqual(['loose']);
  });

  it('stores only the redacted text, with its line breaks', async () => {
    const saved = await saveEvidence(db, row('ERROR login failed for priya@brightline.example\nat auth.js:12', '2026-11-20T10:00:00.000Z'));
    const [stored] = await listEvidence(db, TICKET);
    expect(stored?.evidence.text).not.toContain('priya@brightline.example');
    expect(stored?.evidence.text.split('\n')).toHaveLength(2);
    expect(stored?.id).toBe(saved.id);
  });

  it('keeps an already attached capture when the same capture is saved again unattached', async () => {
    const r = row('same text', '2026-11-20T10:00:00.000Z', '');
    await saveEvidence(db, r);
    await attachEvidence(db, r.id, TICKET);
    const again = await saveEvidence(db, r);
    expect(again.ticketKey).toBe(TICKET);
    expect(await listEvidence(db, '')).toEqual([]);
  });

  it('refuses an invalid capture and leaves what is stored alone', async () => {
    await saveEvidence(db, row('kept', '2026-11-20T10:00:00.000Z'));
    const bad = { ...row('bad', '2026-11-20T10:00:00.000Z'), capturedAt: 'yesterday' };
    await expect(saveEvidence(db, bad)).rejects.toThrow(/capturedAt/);
    expect((await listEvidence(db, TICKET)).map((r) => r.evidence.text)).toEqual(['kept']);
  });

  it('attaches an unattached capture to a ticket, and says so when it is gone', async () => {
    const r = row('waiting', '2026-11-20T10:00:00.000Z', '');
    await saveEvidence(db, r);
    expect((await attachEvidence(db, r.id, TICKET)).ticketKey).toBe(TICKET);
    expect((await listEvidence(db, TICKET)).map((x) => x.id)).toEqual([r.id]);
    expect(await deleteEvidence(db, r.id)).toBe(true);
    expect(await deleteEvidence(db, r.id)).toBe(false);
    await expect(attachEvidence(db, r.id, TICKET)).rejects.toThrow(/no longer exists/);
  });
});

describe('escalation drafts and links', () => {
  it('saves every edit and reads it back', async () => {
    expect(await loadDraft(db, TICKET)).toEqual({});
    await saveDraft(db, TICKET, { summary: 'Webhooks drop', steps: ['Create order'] }, '2026-11-20T10:00:00.000Z');
    const draft = await loadDraft(db, TICKET);
    expect(draft).toMatchObject({ summary: 'Webhooks drop', steps: ['Create order'], updatedAt: '2026-11-20T10:00:00.000Z' });
  });

  it('refuses an invalid draft without touching the saved one', async () => {
    await saveDraft(db, TICKET, { summary: 'kept' }, '2026-11-20T10:00:00.000Z');
    await expect(saveDraft(db, TICKET, { severityOverride: 'SEV9' as never }, '2026-11-20T10:01:00.000Z')).rejects.toThrow();
    expect((await loadDraft(db, TICKET)).summary).toBe('kept');
  });

  it('links a Jira issue in the draft and as an escalation link, once, and later edits keep it', async () => {
    await saveDraft(db, TICKET, { summary: 'Webhooks drop' }, '2026-11-20T10:00:00.000Z');
    await linkIssue(db, TICKET, 'OPS-42', '2026-11-20T11:00:00.000Z');
    await linkIssue(db, TICKET, 'OPS-42', '2026-11-20T11:05:00.000Z');
    expect((await loadDraft(db, TICKET)).jiraIssueKey).toBe('OPS-42');
    expect(await loadLinks(db, TICKET)).toMatchObject([{ ticketKey: TICKET, kind: 'escalation', target: 'OPS-42' }]);
    // An edit saved from a sidebar that had not seen the link yet.
    await saveDraft(db, TICKET, { summary: 'Webhooks drop since Tuesday' }, '2026-11-20T11:06:00.000Z');
    expect(await loadDraft(db, TICKET)).toMatchObject({ summary: 'Webhooks drop since Tuesday', jiraIssueKey: 'OPS-42' });
  });

  it('refuses a malformed issue key, linking nothing', async () => {
    await expect(linkIssue(db, TICKET, 'not a key', '2026-11-20T11:00:00.000Z')).rejects.toThrow();
    expect(await loadLinks(db, TICKET)).toEqual([]);
    expect(await loadDraft(db, TICKET)).toEqual({});
  });
});
