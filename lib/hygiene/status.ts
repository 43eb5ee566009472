// Zendesk has six fixed statuses; Jira and JSM workflows name their own. Rules reason about four
// categories, and this is the one place a status name becomes one.

export const STATUS_CATEGORIES = ['open', 'pending', 'solved', 'closed'] as const;
export type StatusCategory = (typeof STATUS_CATEGORIES)[number];

const EXACT: Readonly<Record<string, StatusCategory>> = {
  // Zendesk
  new: 'open',
  open: 'open',
  pending: 'pending',
  hold: 'pending',
  'on-hold': 'pending',
  solved: 'solved',
  closed: 'closed',
  // Jira Software and JSM defaults
  'to do': 'open',
  backlog: 'open',
  'selected for development': 'open',
  'in progress': 'open',
  'in review': 'open',
  reopened: 'open',
  'waiting for support': 'open',
  'work in progress': 'open',
  'under investigation': 'open',
  escalated: 'open',
  'waiting for customer': 'pending',
  'waiting for reporter': 'pending',
  'waiting for approval': 'pending',
  'on hold': 'pending',
  'waiting for third party': 'pending',
  'awaiting customer': 'pending',
  resolved: 'solved',
  done: 'solved',
  completed: 'solved',
  fixed: 'solved',
  cancelled: 'closed',
  canceled: 'closed',
  declined: 'closed',
  rejected: 'closed',
  "won't do": 'closed',
  "won't fix": 'closed',
};

/** The category of a status name, or null when the ticket has no status. Unknown names count as open. */
export function statusCategory(status: string | null | undefined): StatusCategory | null {
  if (!status) return null;
  const s = status.trim().toLowerCase();
  const exact = EXACT[s];
  if (exact) return exact;
  // Custom workflow names: read the words they are made of.
  if (/\b(?:wait|waiting|awaiting|pending|hold|paused)\b/.test(s)) return 'pending';
  if (/\b(?:resolved|done|solved|complete|completed|fixed)\b/.test(s)) return 'solved';
  if (/\b(?:closed|cancel+ed|declined|rejected|won'?t)\b/.test(s)) return 'closed';
  return 'open';
}

/** True for open or pending tickets: someone still owes work on them. */
export function isActive(status: string | null | undefined): boolean {
  const c = statusCategory(status);
  return c === 'open' || c === 'pending';
}
