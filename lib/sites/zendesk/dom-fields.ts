// Ticket fields of the Zendesk DOM reader. Each returns undefined for "not on the page" and null
// for "on the page, but empty", so the caller can tell a missing field from an unset one.
import type { CustomField, Person, SlaMetric } from '../../schema/ticket';
import { blank, inputValue, isoOrNull, line, one, oneLine, personName, textOf, valueOf } from './dom-text';
import * as sel from './selectors';

// Zendesk's SLA metric names, as the API spells them.
const METRICS = new Set([
  'first_reply_time', 'next_reply_time', 'periodic_update_time', 'pausable_update_time',
  'requester_wait_time', 'agent_work_time', 'total_resolution_time', 'group_ownership_time',
]);

/** The subject input's value. */
export function readSubject(scope: Element): string | null | undefined {
  const el = one(scope, sel.subject);
  return el ? blank(oneLine(inputValue(el))) : undefined;
}

/** Status in the API's vocabulary: "Submit as On-hold" -> "hold". */
export function readStatus(scope: Element): string | null | undefined {
  const el = one(scope, sel.status);
  if (!el) return undefined;
  const word = blank(valueOf(el).replace(/^submit as\s+/i, ''))?.toLowerCase() ?? null;
  return word === 'on-hold' || word === 'on hold' ? 'hold' : word;
}

/** A dropdown value (priority, type) lower-cased as the API spells it; "-" is unset. */
export function readWord(scope: Element, list: readonly string[]): string | null | undefined {
  const el = one(scope, list);
  return el ? (blank(line(el))?.toLowerCase() ?? null) : undefined;
}

/** Tags of the newest tags field generation on the page. */
export function readTags(scope: Element): string[] | undefined {
  for (const gen of sel.tags) {
    const field = scope.querySelector(gen.field);
    if (!field) continue;
    const out = new Set<string>();
    // Tags hold no spaces: the first word drops any remove-button glyph beside it.
    for (const item of field.querySelectorAll(gen.item)) out.add(line(item).split(' ')[0]?.toLowerCase() ?? '');
    out.delete('');
    return [...out];
  }
  return undefined;
}

/** Requester name and, if shown, organization; never contact details. */
export function readRequester(scope: Element): Person | null | undefined {
  const field = one(scope, sel.requester);
  if (!field) return undefined;
  const name = personName(valueOf(field));
  const org = one(scope, sel.organization);
  const organization = org ? blank(line(org)) : null;
  return name === null && organization === null ? null : { id: null, name, organization };
}

export type Assignment = { assignee: Person | null; group: string | null | undefined };

/** Assignee and group from the assignee field ("Group/Agent"); group undefined if not shown. */
export function readAssignment(scope: Element): Assignment | undefined {
  const field = scope.querySelector(sel.assigneeField);
  const tag = scope.querySelector(sel.assigneeAgent);
  if (!field && !tag && !scope.querySelector(sel.assigneeTakeIt)) return undefined;
  const agent = tag ? personName(line(tag)) : null;
  let fromValue: string | null = null;
  let group: string | null | undefined;
  if (field) {
    const shown = valueOf(field); // "Group/Agent", "Group" when unassigned, or "-"
    const cut = shown.lastIndexOf('/');
    if (cut >= 0) {
      group = blank(shown.slice(0, cut));
      fromValue = personName(shown.slice(cut + 1));
    } else if (agent === null || shown !== agent) group = blank(shown);
  }
  const name = agent ?? fromValue;
  return { assignee: name ? { id: null, name, organization: null } : null, group };
}

function customValue(el: Element): CustomField['value'] {
  const box = el.querySelector('input[type="checkbox"]');
  if (box) return 'checked' in box ? box.checked === true : box.hasAttribute('checked');
  const multi = el.querySelector(sel.formMultiselect);
  if (multi) {
    const items = [...multi.querySelectorAll('.garden-tag-item')].map(line).filter(Boolean);
    return items.length > 0 ? items : [line(multi)].filter(Boolean);
  }
  const shown = el.querySelector(sel.formDropdown) ?? one(el, sel.fieldValue);
  if (shown) return blank(line(shown));
  const input = el.querySelector('input, textarea');
  return blank(oneLine(input ? inputValue(input) : textOf(el)));
}

/** Custom fields keyed by the id in their `custom_field_<id>` class, as displayed. */
export function readCustomFields(scope: Element): CustomField[] | undefined {
  const out: CustomField[] = [];
  for (const el of scope.querySelectorAll(sel.customField)) {
    const id = /(?:^|\s)custom_field_(\d+)(?:\s|$)/.exec(el.getAttribute('class') ?? '')?.[1];
    if (!id || out.some((f) => f.id === id)) continue;
    out.push({ id, label: blank(line(el.querySelector('label'))), value: customValue(el) });
  }
  return out.length > 0 ? out : undefined;
}

function metricName(raw: string | null): string | null {
  const snake = (raw ?? '').toLowerCase().replace(/[^a-z]+/g, '_').replace(/^_|_$/g, '');
  if (METRICS.has(snake)) return snake;
  return METRICS.has(`${snake}_time`) ? `${snake}_time` : null;
}

/** SLA badges; stage from the breach time against `now` (capture time, ms). */
export function readSla(scope: Element, now: number): SlaMetric[] | undefined {
  const out: SlaMetric[] = [];
  for (const badge of scope.querySelectorAll(sel.slaBadge)) {
    const suffix = (badge.getAttribute('data-test-id') ?? '').slice('sla-policy-'.length);
    const metric = metricName(suffix) ?? metricName(badge.getAttribute('title')) ?? metricName(line(badge).replace(/\d.*$/, ''));
    if (!metric) continue; // a badge we cannot name is no use to anyone
    const breachAt = isoOrNull(badge.querySelector('time[datetime]')?.getAttribute('datetime'));
    const stage = breachAt === null ? 'unknown' : Date.parse(breachAt) <= now ? 'breached' : 'active';
    out.push({ policy: null, metric, stage, breachAt });
  }
  return out.length > 0 ? out : undefined;
}

