import type { DesksideDb } from '@/lib/db/database';
import { attachEvidence, deleteEvidence, listEvidence, linkIssue, loadDraft, saveDraft } from '@/lib/db/evidence';
import { loadLinks } from '@/lib/db/links';
import { loadSnapshot } from '@/lib/db/snapshots';
import { buildPackage, completeness, jiraCreateUrl, toAdf, toJiraWiki, toMarkdown } from '@/lib/escalation';
import { parseEvidence } from '@/lib/evidence';
import type { EscalationDraft } from '@/lib/schema/escalation';
import * as m from '@/lib/schema/evidence-rpc';
import { clearCaptureBadge, evidenceChanged } from './capture';
import type { RpcRouter } from './rpc';
import { loadSettings } from './settings';
import { guardCapture, guardedSave, pendingCaptures, pendingDraft } from './storage-guard';

async function view(db: DesksideDb, ticketKey: string, draftIn?: EscalationDraft): Promise<m.EscalationView | null> {
  const snapshot = await loadSnapshot(db, ticketKey);
  if (!snapshot) return null;
  const stored = await loadDraft(db, ticketKey);
  const draft = draftIn ?? (await pendingDraft(ticketKey)) ?? stored;
  // A draft still waiting for space (storage full) keeps the linked issue, as saveDraft will.
  if (draft.jiraIssueKey === undefined && stored.jiraIssueKey) draft.jiraIssueKey = stored.jiraIssueKey;
  const evidence = (await listEvidenceWithPending(db, ticketKey)).map((r) => r.evidence);
  const pkg = buildPackage(snapshot, evidence, draft, { now: new Date().toISOString() });
  return { package: pkg, completeness: completeness(pkg), draft, links: await loadLinks(db, ticketKey) };
}

/** Stored captures, and those still waiting in the fallback queue (storage full), oldest first. */
async function listEvidenceWithPending(db: DesksideDb, ticketKey: string) {
  const stored = await listEvidence(db, ticketKey);
  const ids = new Set(stored.map((r) => r.id));
  const waiting = (await pendingCaptures(ticketKey)).filter((r) => !ids.has(r.id));
  return [...stored, ...waiting].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.id.localeCompare(b.id));
}

async function mustView(db: DesksideDb, ticketKey: string): Promise<m.EscalationView> {
  const v = await view(db, ticketKey);
  if (!v) throw new Error(`ticket ${ticketKey} is not cached yet: open it in the helpdesk first`);
  return v;
}

/** Names the Escalation settings still unset, or builds the target. */
async function jiraTarget() {
  const { escalation: s } = await loadSettings();
  const missing = [!s.jiraSite && 'Jira site', !s.projectId && 'project id', !s.issueTypeId && 'issue type id'].filter(Boolean);
  if (!s.jiraSite || !s.projectId || !s.issueTypeId) {
    throw new Error(`Set the ${missing.join(', ')} under Escalation in the Deskside options to open Jira.`);
  }
  return { site: s.jiraSite, projectId: s.projectId, issueTypeId: s.issueTypeId };
}

/** Evidence (list, attach, delete, paste/file) and escalation (view, draft, render, Jira) methods. */
export function registerEvidenceHandlers(rpc: RpcRouter, db: DesksideDb): void {
  rpc.handle(m.evidenceList, async ({ ticketKey }) => ({
    attached: await listEvidenceWithPending(db, ticketKey),
    unattached: await listEvidenceWithPending(db, ''),
  }));
  rpc.handle(m.evidenceAttach, async ({ id, ticketKey }) => {
    const row = await attachEvidence(db, id, ticketKey);
    await evidenceChanged();
    return row;
  });
  rpc.handle(m.evidenceDelete, async ({ id }) => {
    const deleted = await deleteEvidence(db, id);
    await evidenceChanged();
    return { deleted };
  });
  rpc.handle(m.evidenceAdd, async ({ ticketKey, text, via, fileName }) => {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > m.MAX_EVIDENCE_BYTES) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      throw new Error(`${fileName ?? 'The pasted text'} is ${mb(bytes)} MB; evidence is limited to ${mb(m.MAX_EVIDENCE_BYTES)} MB: keep the lines around the problem`);
    }
    const capturedAt = new Date().toISOString();
    const sourceTitle = via === 'file' ? (fileName ?? 'dropped file') : 'pasted text';
    const evidence = parseEvidence(text, { capturedAt, sourceUrl: null, sourceTitle });
    const row = await guardCapture(db, { id: evidence.id, ticketKey, capturedAt, via, note: null, evidence });
    await evidenceChanged();
    return row;
  });
  rpc.handle(m.evidenceSeen, async () => {
    await clearCaptureBadge();
    return {};
  });
  rpc.handle(m.escalationView, ({ ticketKey }) => view(db, ticketKey));
  rpc.handle(m.escalationSaveDraft, async ({ ticketKey, draft }) => {
    const at = new Date().toISOString();
    const label = `the escalation draft of ticket ${ticketKey.split(':').at(-1) ?? ticketKey}`;
    const saved = await guardedSave(db, label, () => saveDraft(db, ticketKey, draft, at), {
      item: { kind: 'draft', ticketKey, draft, at, label },
      result: () => ({ ...draft, updatedAt: at }),
    });
    const v = await view(db, ticketKey, saved);
    if (!v) throw new Error(`ticket ${ticketKey} is not cached yet (the draft is saved)`);
    return v;
  });
  rpc.handle(m.escalationRender, async ({ ticketKey, format }) => {
    const pkg = (await mustView(db, ticketKey)).package;
    if (format === 'md') return toMarkdown(pkg);
    if (format === 'jira') return toJiraWiki(pkg);
    return JSON.stringify(toAdf(pkg), null, 2);
  });
  rpc.handle(m.escalationJiraUrl, async ({ ticketKey }) => jiraCreateUrl(await jiraTarget(), (await mustView(db, ticketKey)).package));
  rpc.handle(m.escalationLink, async ({ ticketKey, issueKey }) => {
    await guardedSave(db, `the link to ${issueKey}`, () => linkIssue(db, ticketKey, issueKey, new Date().toISOString()));
    return mustView(db, ticketKey);
  });
}

