import type { Transition } from '../../schema/ticket';
import { JiraChangelogPage, moreChangelog, parseWith, type JiraHistory } from './api-schema';
import { jiraTime } from './api-values';

const TRACKED = new Set<Transition['field']>(['status', 'priority', 'assignee']);

export interface ChangelogRead {
  transitions: Transition[];
  complete: boolean;
  errors: string[];
}

// "toString" is an own property of each item; declared in a schema it would be read through the
// prototype (Object.prototype.toString) when absent, so it is read here by hand.
function ownText(item: object, key: string): string | null {
  const v: unknown = Object.hasOwn(item, key) ? (item as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' && v !== '' ? v : null;
}

/** Status, priority and assignee changes of change sets, oldest first. */
export function transitionsOf(histories: readonly JiraHistory[]): Transition[] {
  const out: Transition[] = [];
  for (const h of histories) {
    const at = jiraTime(h.created);
    if (!at) continue; // a change without a time cannot be placed on a timeline
    for (const item of h.items) {
      const field = (item.fieldId ?? item.field ?? '').toLowerCase();
      if (!TRACKED.has(field as Transition['field'])) continue;
      out.push({ field: field as Transition['field'], from: item.fromString || null, to: ownText(item, 'toString'), at });
    }
  }
  // Stable: changes of one change set keep their order.
  return out.map((t, i) => ({ t, i })).sort((a, b) => Date.parse(a.t.at) - Date.parse(b.t.at) || a.i - b.i).map((x) => x.t);
}

/** Transitions from changelog pages (`/rest/api/N/issue/KEY/changelog`), in order. */
export function readChangelog(pages: readonly unknown[]): ChangelogRead {
  const histories: JiraHistory[] = [];
  const errors: string[] = [];
  let last: JiraChangelogPage | undefined;
  const seen = new Set<string>();
  pages.forEach((json, i) => {
    const r = parseWith(JiraChangelogPage, json);
    if (!r.ok) return void errors.push(pages.length > 1 ? `page ${i + 1}: ${r.message}` : r.message);
    last = r.data;
    for (const h of r.data.values) {
      const id = h.id === undefined ? null : String(h.id);
      if (id !== null && seen.has(id)) continue;
      if (id !== null) seen.add(id);
      histories.push(h);
    }
  });
  const complete = errors.length === 0 && last !== undefined && !moreChangelog(last);
  return { transitions: transitionsOf(histories), complete, errors };
}
