// Issue fields of the Jira DOM reader. Each returns undefined for "not on the page" and null for
// "on the page, but empty", so the caller can tell a missing field from an unset one.
import type { CustomField, Person } from '../../schema/ticket';
import { absoluteTime, blank, firstLeafText, line, one, oneLine, textOf } from './dom-text';
import * as sel from './selectors';

const PROFILE = 'More information about ';

/** The summary heading's text. */
export function readSummary(scope: Element): string | null | undefined {
  const el = one(scope, sel.summary);
  return el ? blank(line(el)) : undefined;
}

/** The description as rendered (ADF renderer), with paragraph and list breaks. */
export function readDescription(scope: Element): string | null | undefined {
  const field = scope.querySelector(sel.descriptionField);
  if (!field) return undefined;
  const doc = field.querySelector(sel.renderer);
  // The field without a renderer shows the "Add a description..." placeholder: no description.
  return doc ? blank(textOf(doc)) : null;
}

/** The status button's text ("In Progress"), else its aria-label before " - Change status". */
export function readStatus(scope: Element): string | null | undefined {
  const root = scope.querySelector(sel.statusWrapper) ?? scope;
  const button = root.querySelector(sel.statusButton);
  const text = root.querySelector(sel.statusText) ?? button;
  if (!text) return undefined;
  const shown = blank(line(text));
  if (shown) return shown;
  return blank((button?.getAttribute('aria-label') ?? '').replace(/\s+-\s+Change status$/i, ''));
}

/** The priority name: the wrapper's text, else its icon's alt. */
export function readPriority(scope: Element): string | null | undefined {
  const el = one(scope, sel.priority);
  if (!el) return undefined;
  const text = blank(line(el.querySelector('span') ?? el));
  return text ?? blank(el.querySelector('img[alt]')?.getAttribute('alt') ?? '');
}

/** The issue type from the change-type button's aria-label ("Bug - Change work type"). */
export function readIssueType(scope: Element): string | null | undefined {
  const button = scope.querySelector(sel.issueType);
  if (!button) return undefined;
  const label = button.getAttribute('aria-label') ?? '';
  const m = /^(.*?)\s+-\s+Change (?:work|issue) type$/i.exec(label.trim());
  return blank(m?.[1] ?? (label.trim() || line(button)));
}

/** Labels: the JQL links inside the labels field (or anywhere in scope when the field is renamed). */
export function readLabels(scope: Element): string[] | undefined {
  const field = one(scope, sel.labelsField);
  const links = (field ?? scope).querySelectorAll(sel.labelLink);
  if (!field && links.length === 0) return undefined;
  const out = new Set<string>();
  for (const a of links) {
    const text = line(a);
    if (text) out.add(text);
  }
  return [...out];
}

/** A user field's person: the profile card's label, else the first text (never the doubled name). */
export function readUser(scope: Element, list: readonly string[]): Person | null | undefined {
  const field = one(scope, list);
  if (!field) return undefined;
  const card = field.querySelector(sel.profileCard)?.getAttribute('aria-label') ?? '';
  const name = card.startsWith(PROFILE) ? blank(oneLine(card.slice(PROFILE.length))) : blank(firstLeafText(field) ?? '');
  return name === null ? null : { id: null, name, organization: null };
}

export interface DatesRead {
  times: Partial<Record<'created' | 'updated' | 'resolved', string>>;
  /** What the page shows ("2 hours ago", "27 November 2026"), kept for the agent to see. */
  shown: CustomField[];
}

const DATE_LABELS = { created: 'Created', updated: 'Updated', resolved: 'Resolved' } as const;

/** Created/updated/resolved: absolute only from a `datetime` or ISO text, else display text only. */
export function readDates(scope: Element): DatesRead | undefined {
  const out: DatesRead = { times: {}, shown: [] };
  for (const key of ['created', 'updated', 'resolved'] as const) {
    const el = scope.querySelector(sel.dates[key]);
    if (!el) continue;
    const text = line(el.querySelector('span') ?? el);
    const iso = absoluteTime(el.querySelector('time[datetime]')?.getAttribute('datetime')) ?? absoluteTime(text);
    if (iso) out.times[key] = iso;
    else if (text) out.shown.push({ id: key, label: DATE_LABELS[key], value: text });
  }
  return Object.keys(out.times).length > 0 || out.shown.length > 0 ? out : undefined;
}
