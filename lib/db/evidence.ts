import { EscalationDraft } from '../schema/escalation';
import { EvidenceRowSchema } from '../schema/evidence-rpc';
import { TicketLink } from '../schema/kpi';
import type { DesksideDb, EvidenceRow } from './database';

const byTime = (a: EvidenceRow, b: EvidenceRow) => a.capturedAt.localeCompare(b.capturedAt) || a.id.localeCompare(b.id);

/**
 * Stores a capture. The row is validated first so a bad one is refused before anything is written;
 * a capture already stored under the same id (the same text captured at the same moment) is kept
 * as it is, attachment included, and returned.
 */
export async function saveEvidence(db: DesksideDb, row: EvidenceRow): Promise<EvidenceRow> {
  const valid = EvidenceRowSchema.parse(row);
  return db.transaction('rw', db.evidence, async () => {
    const existing = await db.evidence.get(valid.id);
    if (existing) return existing;
    await db.evidence.add(valid);
    return valid;
  });
}

/** A ticket's captures ('' = the unattached list), oldest first. */
export async function listEvidence(db: DesksideDb, ticketKey: string): Promise<EvidenceRow[]> {
  return (await db.evidence.where('ticketKey').equals(ticketKey).toArray()).sort(byTime);
}

/** Attaches a capture to a ticket; fails, changing nothing, when the capture is gone. */
export async function attachEvidence(db: DesksideDb, id: string, ticketKey: string): Promise<EvidenceRow> {
  if (!ticketKey) throw new Error('attach needs a ticket');
  return db.transaction('rw', db.evidence, async () => {
    const row = await db.evidence.get(id);
    if (!row) throw new Error(`capture ${id} no longer exists`);
    await db.evidence.update(id, { ticketKey });
    return { ...row, ticketKey };
  });
}

/** Deletes a capture; false when there was none. */
export async function deleteEvidence(db: DesksideDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.evidence, async () => {
    const found = await db.evidence.get(id);
    if (found) await db.evidence.delete(id);
    return !!found;
  });
}

/** The specialist's saved edits for a ticket ({} when none). */
export async function loadDraft(db: DesksideDb, ticketKey: string): Promise<EscalationDraft> {
  const row = await db.escalationDrafts.get(ticketKey);
  return row ? EscalationDraft.parse(row.draft) : {};
}

/**
 * Replaces a ticket's draft after validation, stamping when it was saved. A linked Jira issue is
 * kept unless the draft names one itself: an edit saved while the link was made must not undo it.
 */
export async function saveDraft(db: DesksideDb, ticketKey: string, draft: EscalationDraft, at: string): Promise<EscalationDraft> {
  const valid = EscalationDraft.parse({ ...draft, updatedAt: at });
  return db.transaction('rw', db.escalationDrafts, async () => {
    const stored = await loadDraft(db, ticketKey);
    if (valid.jiraIssueKey === undefined && stored.jiraIssueKey) valid.jiraIssueKey = stored.jiraIssueKey;
    await db.escalationDrafts.put({ ticketKey, draft: valid });
    return valid;
  });
}

/**
 * Links a Jira issue to the ticket: in the draft (shown on the package) and as an escalation link
 * (read by the KPIs), both or neither.
 */
export async function linkIssue(db: DesksideDb, ticketKey: string, issueKey: string, at: string): Promise<EscalationDraft> {
  const link = TicketLink.parse({ ticketKey, kind: 'escalation', target: issueKey, at });
  return db.transaction('rw', db.escalationDrafts, db.links, async () => {
    const draft = EscalationDraft.parse({ ...(await loadDraft(db, ticketKey)), jiraIssueKey: issueKey, updatedAt: at });
    await db.escalationDrafts.put({ ticketKey, draft });
    const existing = await db.links.where('[ticketKey+kind+target]').equals([ticketKey, link.kind, link.target]).first();
    if (!existing) await db.links.add(link);
    return draft;
  });
}
