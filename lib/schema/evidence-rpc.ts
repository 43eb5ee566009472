import { z } from 'zod';
import { Completeness, EscalationDraft, EscalationPackage } from './escalation';
import { Evidence } from './evidence';
import { TicketLink } from './kpi';
import { defineMethod } from './rpc';

/** Pasted text and dropped files larger than this are refused: captures are log excerpts, not dumps. */
export const MAX_EVIDENCE_BYTES = 2 * 1024 * 1024;

export const CAPTURE_VIA = ['scripting', 'selectionText', 'paste', 'file'] as const;

/** One stored capture; `ticketKey` '' means it waits in the unattached list. */
export const EvidenceRowSchema = z.object({
  id: z.string().min(1),
  ticketKey: z.string(),
  capturedAt: z.iso.datetime({ offset: true }),
  via: z.enum(CAPTURE_VIA),
  note: z.string().nullable(),
  evidence: Evidence,
});
export type EvidenceRowData = z.infer<typeof EvidenceRowSchema>;

const Key = z.object({ ticketKey: z.string().min(1) });

/** A ticket's captures and the unattached ones, oldest first. */
export const evidenceList = defineMethod(
  'evidence.list',
  Key,
  z.object({ attached: z.array(EvidenceRowSchema), unattached: z.array(EvidenceRowSchema) }),
  { idempotent: true },
);

/** Moves a capture (usually an unattached one) to a ticket. */
export const evidenceAttach = defineMethod('evidence.attach', z.object({ id: z.string().min(1), ticketKey: z.string().min(1) }), EvidenceRowSchema);

/** Deletes one capture. */
export const evidenceDelete = defineMethod('evidence.delete', z.object({ id: z.string().min(1) }), z.object({ deleted: z.boolean() }));

/** Redacts, parses and stores pasted text or a dropped .log/.txt file's text. */
export const evidenceAdd = defineMethod(
  'evidence.add',
  z.object({
    ticketKey: z.string(),
    text: z.string().min(1, 'there is no text to add'),
    via: z.enum(['paste', 'file']),
    /** The dropped file's name, shown as the source. */
    fileName: z.string().optional(),
  }),
  EvidenceRowSchema,
);

/** The user has seen the latest captures: clears the capture badge. */
export const evidenceSeen = defineMethod('evidence.seen', z.object({}), z.object({}));

/** What the escalation panel shows: the package with the draft applied, its score, the draft, the links. */
export const EscalationView = z.object({
  package: EscalationPackage,
  completeness: Completeness,
  draft: EscalationDraft,
  links: z.array(TicketLink),
});
export type EscalationView = z.infer<typeof EscalationView>;

/** The escalation view of a cached ticket; null when the ticket is not cached. */
export const escalationView = defineMethod('escalation.view', Key, EscalationView.nullable(), { idempotent: true });

/** Saves the whole draft (every edit, at once) and answers with the rebuilt view. */
export const escalationSaveDraft = defineMethod('escalation.saveDraft', Key.extend({ draft: EscalationDraft }), EscalationView, { idempotent: true });

export const OutputFormat = z.enum(['md', 'jira', 'adf']);
export type OutputFormat = z.infer<typeof OutputFormat>;

/** The package rendered as Markdown, Jira wiki markup or ADF JSON text. */
export const escalationRender = defineMethod('escalation.render', Key.extend({ format: OutputFormat }), z.string());

/** The Jira create-issue URL for the package, from the Escalation settings. */
export const escalationJiraUrl = defineMethod('escalation.jiraUrl', Key, z.url({ protocol: /^https$/ }));

/** Links the Jira issue created for the package back to the ticket. */
export const escalationLink = defineMethod(
  'escalation.link',
  Key.extend({ issueKey: z.string().trim().toUpperCase().regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'a Jira issue key looks like OPS-123') }),
  EscalationView,
);

/** storage.local key the background bumps on every evidence change, so open panels reload. */
export const EVIDENCE_REVISION_KEY = 'evidenceRevision';
