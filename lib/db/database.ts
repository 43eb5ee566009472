import { Dexie, type EntityTable } from 'dexie';
import type { HistoryEntry, TicketSnapshot } from '../schema';
import { emptySnapshot } from '../schema/snapshot-base';
import type { EscalationDraft } from '../schema/escalation';
import type { Evidence } from '../schema/evidence';
import type { Feedback, KbArticle } from '../schema/kb';
import type { TicketLink } from '../schema/kpi';
import { snapshotIndexFields } from './snapshot-row';

/** A cached ticket: the latest snapshot, keyed by site, host and ticket id. */
export interface SnapshotRow {
  key: string;
  site: TicketSnapshot['site'];
  host: string;
  ticketId: string;
  status: string | null;
  /** When the snapshot was taken (ISO, UTC since version 2); retention and "touched" queries use it. */
  capturedAt: string;
  // Version 2 index fields, UTC ISO so strings sort as times; absent when unknown, so the row
  // stays out of that index (IndexedDB indexes only valid keys).
  createdAt?: string;
  /** When a solved ticket was solved, else its last update (absent while open). */
  resolvedAt?: string;
  /** 1 while the ticket is not solved (IndexedDB cannot index booleans). */
  open?: 0 | 1;
  /** The soonest breach of a running SLA target on an open ticket. */
  nextBreachAt?: string;
  snapshot: TicketSnapshot;
}

export interface HistoryRow extends HistoryEntry {
  id?: number;
}

export type LinkRow = TicketLink;

/** One capture (selection, paste or file), redacted before it was stored. */
export interface EvidenceRow {
  id: string;
  /** The ticket it is attached to; '' while it waits in the unattached list. */
  ticketKey: string;
  capturedAt: string;
  /** How the text was read: line breaks survive scripting, not the context menu's selectionText. */
  via: 'scripting' | 'selectionText' | 'paste' | 'file';
  /** Anything the user should know about this capture (e.g. line breaks lost). */
  note: string | null;
  evidence: Evidence;
}

/** The specialist's edits to a ticket's escalation package, saved as they type. */
export interface EscalationDraftRow {
  ticketKey: string;
  draft: EscalationDraft;
}

/** A knowledge-base article, keyed by source and id. */
export interface KbArticleRow {
  key: string;
  source: string;
  updatedAt: string;
  article: KbArticle;
}

export interface KbFeedbackRow {
  id?: number;
  articleId: string;
  ticketKey: string;
  at: string;
  feedback: Feedback;
}

/** Small KB state: the persisted index, Help Center sync cursors. */
export interface KbMetaRow {
  id: string;
  value: unknown;
}

/** Deskside's IndexedDB database. Opened by the background only (see ARCHITECTURE.md). */
export class DesksideDb extends Dexie {
  snapshots!: EntityTable<SnapshotRow, 'key'>;
  history!: EntityTable<HistoryRow, 'id'>;
  links!: EntityTable<LinkRow, 'id'>;
  evidence!: EntityTable<EvidenceRow, 'id'>;
  escalationDrafts!: EntityTable<EscalationDraftRow, 'ticketKey'>;
  kbArticles!: EntityTable<KbArticleRow, 'key'>;
  kbFeedback!: EntityTable<KbFeedbackRow, 'id'>;
  kbMeta!: EntityTable<KbMetaRow, 'id'>;

  constructor(name = 'deskside') {
    super(name);
    // Only what a where() uses is indexed; snapshot bodies are never indexed.
    this.version(1).stores({
      snapshots: 'key, capturedAt, [site+status], host',
      history: '++id, [key+at], at',
    });
    // Version 2: the KPI queries (touched, solved, open backlog, breaching soon) and escalation links.
    this.version(2)
      .stores({
        snapshots: 'key, capturedAt, [site+status], host, resolvedAt, open, [open+createdAt], nextBreachAt',
        history: '++id, [key+at], at',
        links: '++id, ticketKey, at, &[ticketKey+kind+target]',
      })
      .upgrade((tx) =>
        tx
          .table<SnapshotRow, string>('snapshots')
          .toCollection()
          .modify((row) => {
            // Rows written before the snapshot gained resolvedAt/transitions/sla detail lack them:
            // read those as empty rather than fail the whole upgrade (and so the database).
            const base = emptySnapshot(row.snapshot);
            Object.assign(row, snapshotIndexFields({ ...base, ...row.snapshot }));
          }),
      );
    // Version 3: captured evidence and escalation drafts (issue 6), the knowledge base (issue 4).
    // Tables not named here are kept as version 2 left them.
    this.version(3).stores({
      evidence: 'id, ticketKey, capturedAt',
      escalationDrafts: 'ticketKey',
      kbArticles: 'key, source, updatedAt',
      kbFeedback: '++id, articleId, ticketKey, at',
      kbMeta: 'id',
    });
  }
}

let instance: DesksideDb | undefined;

/** The background's single database connection. */
export function getDb(): DesksideDb {
  instance ??= new DesksideDb();
  return instance;
}
