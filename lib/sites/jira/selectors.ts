/**
 * Jira Cloud issue view and JSM portal selectors, newest UI first. Sources and dates are those in
 * shared/realdata/SELECTORS.md: TG = toggl/track-extension atlassian.js (2026-02-18), TM =
 * tmetric-plugins jira.ts (2025-10-27), CL = clockify selectors.json (2024-11-08), LS =
 * LauraSWP/scripts content_script.js (2025-07), EY = toggle-restricted-jira-comments (2025-06),
 * BB = jira-comment-visibility (2023-01), FX1/FX2 = public fixtures trimmed from real issue pages
 * (2026), "userscript" = unattributed public userscripts. Entries marked COMPOSED are not in public
 * code and must be checked against a live page before they are trusted.
 */

/** The breadcrumb item naming the open issue (its text and link carry the key). */
export const currentIssue = [
  // TG, CL, FX1 (2026): the breadcrumbs' current issue.
  '[data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]',
  // many (2026): its container; the key is in the link.
  '[data-testid$="breadcrumb-current-issue-container"] a',
];

/** Containers of one issue view; the nearest one around the current-issue breadcrumb is its scope. */
export const issueRoot = [
  // TG (2026-02), TM: the board/backlog side panel ("compact layout").
  '[data-testid="issue.views.issue-details.issue-layout.compact-layout"]',
  // userscript: the issue opened in a modal over a list or board.
  '[role="dialog"]',
];

/**
 * The issue view's right column (status, people, dates). COMPOSED: named like the left column
 * (`...issue-layout.container-left`, userscript); fields are looked up there first so that a read
 * does not scan a long comment list once per field, and in the whole issue when it is absent.
 */
export const fieldsColumn = '[data-testid="issue.views.issue-details.issue-layout.container-right"]';

export const summary = [
  // TG, TM, many (2026).
  'h1[data-testid="issue.views.issue-base.foundation.summary.heading"]',
  // pre-2019 issue view; drop when Data Center's old view is gone.
  '#summary-val',
];

// userscript, FX2: the description field's ADF renderer.
export const descriptionField = '[data-testid="issue.views.field.rich-text.description"]';
export const renderer = '.ak-renderer-document';

// LS, FX1: the status field and its button ("Done - Change status").
export const statusWrapper = '[data-testid="issue.views.issue-base.foundation.status.status-field-wrapper"]';
export const statusButton = 'button[data-testid="issue-field-status.ui.status-view.status-button.status-button"]';
// LS: the button's text element ("...status-button--text").
export const statusText = '[data-testid$="status-button--text"]';

/** Priority: a text span, else the icon's alt. */
export const priority = [
  // LS, userscript (2025): read view wrapper, name in a span.
  '[data-testid="issue-field-priority-readview-full.ui.priority.wrapper"]',
  // userscript: layout container of the priority field.
  '[data-testid="issue.issue-view-layout.issue-view-priority-field.priority"]',
  // userscript: older field, the name only as the icon's alt.
  '[data-testid="issue.views.field.priority.priority"]',
];

/** FX2, userscript: aria-label "Bug - Change work type" (older: "Change issue type"). */
export const issueType = 'button[data-testid="issue.views.issue-base.foundation.change-issue-type.button"]';

export const labelsField = [
  // userscript: the labels context field.
  '[data-testid="issue.views.issue-base.context.labels"]',
  // userscript: the inline-edit container of the labels field.
  '[data-testid="issue.views.field.select.common.select-inline-edit.labels.field-inline-edit-state-less--container"]',
];
// TM: each label links to a JQL search.
export const labelLink = 'a[href*="jql=labels"]';

export const assignee = [
  // LS, FX1: the user field (the name is rendered twice, once for screen readers).
  '[data-testid="issue.views.field.user.assignee"]',
  // FX1: the layout container around it.
  '[data-testid="issue.issue-view-layout.issue-view-assignee-field.assignee"]',
];
export const reporter = [
  // userscript, FX1.
  '[data-testid="issue.views.field.user.reporter"]',
  '[data-testid="issue.issue-view-layout.issue-view-reporter-field.reporter"]',
];
// LS (dedup code): the profile card trigger names the person once.
export const profileCard = '[aria-label^="More information about "]';

/** LS: the date fields' display text (relative or locale strings). */
export const dates = {
  created: '[data-testid="created-date.ui.read.meta-date"]',
  updated: '[data-testid="updated-date.ui.read.meta-date"]',
  resolved: '[data-testid="resolved-date.ui.read.meta-date"]',
};

export const comments = {
  // EY, FX2 (2025-2026).
  list: 'div[data-testid="issue.activity.comments-list"]',
  // EY, FX2: the suffix is the comment id.
  item: '[data-testid^="comment-base-item-"]',
  itemPrefix: 'comment-base-item-',
  // FX2: header and body, "issue-comment-base.ui.comment.ak-comment.<id>-header" / "-body". Found by
  // fixed selectors and compared by id: a selector per id would defeat the browser's selector cache.
  header: '[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-testid$="-header"]',
  body: '[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-testid$="-body"]',
  partId: (id: string, part: 'header' | 'body') => `issue-comment-base.ui.comment.ak-comment.${id}-${part}`,
  /** Restricted (internal) markers, newest first. */
  restricted: [
    // EY 5a37050 (2025-06-23): "Update restricted comment detection for new cloud version".
    '[data-testid="issue-comment-base.ui.comment.custom-comment.restricted-to"]',
    // EY 9b9d142 (2024-11): the lock icon of the older build; drop after 2026.
    'span[data-vc="icon-undefined"]:not([role="img"])',
  ],
  // EY, userscript: older comments wait behind this button.
  loadMore: 'button[data-testid="issue.activity.common.component.load-more-button.loading-button"]',
};

/** JSM customer portal (Data Center-oriented map in SELECTORS.md). */
export const portal = {
  title: ['h1.cv-page-title-text', '.vp-request-header h1'],
  details: '.cv-request-details',
  status: '.cv-request-options > .request-status-lozenge',
  list: '.vp-activity-list',
  comment: '.vp-activity-list .activity-item.worker-comment, .vp-activity-list .activity-item.requester-comment',
  fields: '.vp-activity-list .activity-item.request-fields',
  // COMPOSED: the author and body inside an activity item.
  author: '.activity-item-author',
  body: '.activity-item-body',
};

/** The comment editor (Atlaskit's ProseMirror), newest first. */
export const composerEditor = [
  // COMPOSED: Atlaskit editor content area, as LS selects `.ProseMirror` in the JSM create form.
  '.ak-editor-content-area .ProseMirror[contenteditable="true"]',
  // LS (2025-07): any ProseMirror editor; the description's own editor is excluded by the reader.
  '.ProseMirror[contenteditable="true"]',
] as const;

/** Controls that say a draft comment is not for the customer. */
export const composerVisibility = [
  // BB (2023-01): the comment visibility picker ("Restricted to Developers").
  '[data-testid="issue-comment-base.ui.comment.comment-visibility.comment-visibility-wrapper"]',
  // COMPOSED: JSM's "Add internal note" / "Reply to customer" choice, the selected one.
  '[aria-pressed="true"]',
  '[role="tab"][aria-selected="true"]',
] as const;

// Known but not read (SELECTORS.md): `issue-timestamp.relative-time` (relative text only, "1 hour ago":
// absolute comment times come from the API; a `time[datetime]` in the header is read if present),
// `#jira-issue-header`, the activity tab buttons, the history load-more
// button, `window.SPA_STATE` (script data, not DOM), reply containers (each reply is a comment item
// of its own), the portal's SLA panel `#cv-request-sla-panel-root` and create-form editor, `#kb-results`.
