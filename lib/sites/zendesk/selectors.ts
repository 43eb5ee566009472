/**
 * Zendesk Agent Workspace selectors, newest UI first. Sources and dates are those in
 * shared/realdata/SELECTORS.md: TG = toggl/track-extension zendesk.js (last touched 2024-10-29),
 * TM = tmetric-plugins zendesk.ts (2024), CL = clockify selectors.json (2024-11-08),
 * LR = liferay-zendesk-userscript (2025-08), "userscript" = unattributed public userscripts (seen 2026).
 * Entries marked COMPOSED are not in public code: they follow Zendesk's naming or display conventions
 * and must be checked against a live page before they are trusted. Prefer data-test-id hooks.
 */

/** The element of one mounted ticket, found by its id (digits only, checked by the caller). */
export const ticketScopeById: readonly ((id: string) => string)[] = [
  // LR main.ts (2025-08), TG (2024-10): side-conversations anchor, one per mounted ticket.
  (id) => `div[data-side-conversations-anchor-id="${id}"]`,
  // userscript (2026); LR sidebar.ts also sees it on `.property_box`: a ticket-id attribute.
  (id) => `[data-ticket-id="${id}"]`,
];

/** TG (2023-09 block), CL (2024-11-08): the per-ticket layout; an id hit is widened to it so the
 * header, the conversation and the sidebar are all in scope. */
export const ticketPane = '.ticket-panes-grid-layout';

/**
 * One per mounted ticket (LR main.ts): a pane holding another ticket's anchor is not one ticket's, so
 * it is refused. `data-ticket-id` is not used for this: links to related tickets may carry it too.
 */
export const ticketRootMarker = 'data-side-conversations-anchor-id';

/** The active ticket's layout, used only when no id-bearing element is found. */
export const activeTicketPane = [
  // TG zendesk.js (2023-09 block): several layouts mounted, the shown one flagged.
  '.ticket-panes-grid-layout[data-is-active="true"]',
  // CL selectors.json (2024-11-08): same layout, flagged by class.
  '.ticket-panes-grid-layout.active',
];

/** Selected ticket tab in the top bar; the id is "#123" in its subtitle. */
export const selectedHeaderTab = [
  // LR main.ts (2025-08): tab + `header-tab-subtitle` whose text starts with "#"; the selected one
  // by its ARIA tab state.
  'div[data-test-id="header-tab"][aria-selected="true"]',
];
export const headerTabSubtitle = '[data-test-id="header-tab-subtitle"]';
/** TG (2021 UI, still in zendesk.js 2024-10): the selected tab carries the id as an attribute. */
export const legacySelectedTab = 'header div[data-selected="true"][data-entity-id]';

/** Subject: an INPUT, so its `.value` is read, not its text. */
export const subject = [
  // TG, TM (TE-669), CL (2024-11-08): omnichannel header.
  'input[data-test-id="omni-header-subject"]',
  // LR description.ts, TM (TE-506): ticket pane header before the omni header; drop after 2026.
  'input[data-test-id="ticket-pane-subject"]',
  // many userscripts (2026): ARIA label inside the anchor div, UI-generation independent.
  'input[aria-label="Subject"]',
  // pre-Workspace ticket page (TG legacy block); drop when Zendesk retires the old agent UI.
  '.ticket .editable input[name=subject]',
];

/** Status: the field first, then badges and the submit button that repeat it. */
export const status = [
  // userscript (2026, one source only): the status field in the sidebar.
  '[data-test-id="ticket-fields-status-view"]',
  // userscript (2026), LR main.ts: status badge (also on header tabs and views).
  'div[data-cy-test-id="status-badge-state"]',
  // userscript (2026): "Submit as Open"; reflects an unsaved change, so it comes after the badge.
  '[data-test-id="submit_button-menu-button"]',
  // LR main.ts (2025-08): pre-Workspace ticket status label.
  'span.ticket_status_label',
];

export const priority = [
  // userscript (2026): Garden combobox value of the priority field.
  '[data-test-id="ticket-fields-priority-select"] [data-garden-id="dropdowns.combobox.value"]',
];

export const type = [
  // userscript (2026): Garden combobox value of the type field.
  '[data-test-id="ticket-fields-type-select"] [data-garden-id="dropdowns.combobox.value"]',
];

/** Tags as generations: when a generation's field is present, its items (maybe none) are the tags. */
export const tags: readonly { field: string; item: string }[] = [
  // TM (2024), LR sidebar.ts (2025-08): Garden tag items in the tags field.
  { field: 'div[data-test-id="ticket-fields-tags"]', item: '.garden-tag-item' },
  // CL (2024-11-08) + userscript (2026): system tags multiselect and its selected items.
  {
    field: '[data-test-id="ticket-system-field-tags-multiselect"]',
    item: '[data-test-id="ticket-system-field-tags-item-selected"]',
  },
  // userscript (2026): any tags-ish test id, its spans; loose, so only when nothing newer matched.
  { field: '[data-test-id*="tags"]', item: 'span' },
];

export const requester = [
  // userscript (2026): requester combobox (its `-label` and `-menu` siblings are not read).
  '[data-test-id="ticket-system-field-requester-select"]',
];

/** COMPOSED: organization combobox, named like the requester and brand fields. */
export const organization = [
  '[data-test-id="ticket-system-field-organization-select"] [data-garden-id="dropdowns.combobox.value"]',
];

/** Assignee field; COMPOSED reading: Zendesk shows it as "Group/Agent", or "Group" when unassigned. */
export const assigneeField = '[data-test-id="assignee-field"]';
// userscript (2026): the selected agent inside the assignee field.
export const assigneeAgent = '[data-test-id="assignee-field-selected-agent-tag"]';
// userscript (2026): shown beside the field, so the field is on the page even when empty.
export const assigneeTakeIt = '[data-test-id="assignee-field-take-it-button"]';

/** Where a Garden field keeps its shown value, newest first. */
export const fieldValue = [
  '[data-garden-id="dropdowns.combobox.value"]',
  // LR sidebar.ts (2025-08): older Garden select, still used by custom fields.
  '[data-garden-id="dropdowns.select"]',
];
// userscript (2026): ticket-form dropdown and multiselect buttons (custom fields).
export const formDropdown = '[data-test-id="ticket-form-field-dropdown-button"]';
export const formMultiselect = '[data-test-id="ticket-form-field-multiselect-button"]';

/** LR sidebar.ts (2025-08): a custom field's wrapper carries `custom_field_<id>` as a class. */
export const customField = '[class*="custom_field_"]';

/** LR description.ts (2025-08): SLA badge beside `omni-header-via-label`; suffix names the metric. */
export const slaBadge = 'div[data-test-id^="sla-policy-"]';

/** Conversation log, LR permalink.ts/description.ts (2025-08) and many userscripts. */
export const log = {
  container: 'div[data-test-id="omni-log-container"]',
  comment: 'article[data-test-id="omni-log-comment-item"]',
  message: 'div[data-test-id="omni-log-item-message"]',
  content: '[data-test-id="omni-log-message-content"]',
  userLink: '[data-test-id="omni-log-comment-user-link"]',
  sender: 'div[data-test-id="omni-log-item-sender"]',
  time: 'time[data-test-id="timestamp-relative"][datetime]',
  // Any machine-readable time in the item, should the relative-time hook be renamed.
  anyTime: 'time[datetime]',
  // COMPOSED: a comment id attribute; LR keys comments by the time's datetime instead.
  idAttribute: 'data-comment-id',
  internalTag: 'div[data-test-id="omni-log-internal-note-tag"]',
  // LR ticket.ts (2025-08): older comments load only after this is clicked.
  showMore: 'button[data-test-id="convolog-show-more-button"]',
};

// Known but not read (SELECTORS.md): brand and CC fields, the composer, `customer-context-tab-navigation`
// (a tab bar, no value), `sla-divider-wrapper` (badges are found directly), and the
// `#ticket_sidebar div[data-garden-id="grid.row"]` label rows (no field id to key a value on).
