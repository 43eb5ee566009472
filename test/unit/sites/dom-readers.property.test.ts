// @vitest-environment happy-dom
// A helpdesk page can be odd in any way: a new UI generation, a half-rendered SPA, nodes missing or
// twice over. Built from the real hooks of the selector files plus noise, any page gives a snapshot
// the extension can store, and each expected field it could not read is said in a notice.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TicketSnapshot, type TrackedField } from '../../../lib/schema/ticket';
import { readJiraDom } from '../../../lib/sites/jira/dom';
import * as jiraSel from '../../../lib/sites/jira/selectors';
import { readZendeskDom } from '../../../lib/sites/zendesk/dom';
import * as zendeskSel from '../../../lib/sites/zendesk/selectors';
import { RUNS, truncatedArb } from '../property';

const AT = '2026-11-27T12:00:00Z';

/** Every selector string of a selectors module (arrays, objects and id templates flattened). */
function selectorsOf(mod: object, id: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'function') walk((v as (...a: string[]) => unknown)(id, 'body'));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk);
  };
  walk(mod);
  return out;
}

interface Hook {
  tag: string | null;
  attrs: [string, string][];
  classes: string[];
}

/** The tags, attributes and classes a selector asks for, as an element that would match it. */
function hooksOf(selectors: string[]): Hook[] {
  const hooks: Hook[] = [];
  for (const full of selectors) {
    for (const part of full.split(/\s*,\s*|\s+>\s+|\s+/)) {
      const tag = /^[a-z][a-z0-9]*/i.exec(part)?.[0] ?? null;
      const attrs: [string, string][] = [];
      for (const m of part.matchAll(/\[([\w-]+)(?:([*^$]?=)"([^"]*)")?\]/g)) {
        const [, name = '', op, value = ''] = m;
        attrs.push([name, op === '*=' ? `x${value}x` : op === '^=' ? `${value}7` : op === '$=' ? `7${value}` : value]);
      }
      const classes = [...part.matchAll(/\.([\w-]+)/g)].map((m) => m[1] ?? '');
      if (tag || attrs.length || classes.length) hooks.push({ tag, attrs, classes });
    }
  }
  return hooks;
}

const TAGS = ['div', 'span', 'input', 'button', 'article', 'time', 'a', 'label', 'ul', 'li', 'template', 'header', 'h1', 'p', 'section', 'textarea', 'table', 'td', 'img', 'br'];
const NOISE_ATTRS = ['datetime', 'value', 'title', 'aria-label', 'aria-selected', 'data-is-active', 'hidden', 'checked', 'type', 'href', 'class', 'data-comment-id', 'data-entity-id', 'data-selected', 'id'];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const textArb = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('#4102', '#4101', 'SUP-101', 'HELP-7', 'Submit as On-hold', 'Open', '-', 'Tier 2/Sam Ortega', '2026-11-27T10:00:00Z', 'first reply time 2h', 'ja', '😀', '\u0000', '<b>x</b>'),
);
const valueArb = fc.oneof(textArb, fc.constantFrom('true', 'false', '4102', '4101', 'checkbox', 'not a date', '2026-11-27T16:00:00Z', 'custom_field_360011000001', ''));

/** A random page: real hooks (sometimes twice, sometimes nested oddly) among random elements and text. */
function pageArb(hooks: Hook[]): fc.Arbitrary<string> {
  const attrsArb = fc.array(fc.tuple(fc.constantFrom(...NOISE_ATTRS), valueArb), { maxLength: 3 });
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      textArb.map(esc),
      fc
        .tuple(
          fc.option(fc.constantFrom(...hooks), { nil: undefined, freq: 2 }),
          fc.constantFrom(...TAGS),
          attrsArb,
          fc.array(tie('node'), { maxLength: 4 }),
        )
        .map(([hook, randomTag, noise, kids]) => {
          const tag = hook?.tag ?? randomTag;
          const attrs = [...(hook?.attrs ?? []), ...noise];
          if (hook?.classes.length) attrs.push(['class', hook.classes.join(' ')]);
          const a = attrs.map(([k, v]) => ` ${k}="${esc(v)}"`).join('');
          return `<${tag}${a}>${kids.join('')}</${tag}>`;
        }),
    ),
  }));
  return fc.array(node, { maxLength: 6 }).map((nodes) => `<!DOCTYPE html><html><body>${nodes.join('')}</body></html>`);
}

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

const ZENDESK_EXPECTED: TrackedField[] = ['subject', 'status', 'priority', 'type', 'tags', 'requester', 'assignee', 'comments'];
const JIRA_EXPECTED: TrackedField[] = ['subject', 'status', 'priority', 'type', 'requester', 'assignee', 'comments'];
/** The customer portal shows no priority, type or assignee: only these are missed there. */
const PORTAL_EXPECTED: TrackedField[] = ['subject', 'status', 'comments'];
const expectedFor = (url: string) => (url.includes('/servicedesk/customer/portal/') ? PORTAL_EXPECTED : JIRA_EXPECTED);

/** The snapshot is storable, and every expected field is either read from the page or said unread. */
function checkSnapshot(s: TicketSnapshot, expected: TrackedField[]): void {
  expect(TicketSnapshot.parse(s)).toEqual(s);
  if (s.notices.some((n) => n.part === 'page')) return;
  for (const field of expected) {
    const said = s.notices.some((n) => n.part === field && /Couldn't read/.test(n.message));
    expect(s.fieldSources[field] === 'dom' || said, `${field} neither read nor said unread`).toBe(true);
  }
  for (const n of s.notices) expect(n.source).toBe('dom');
}

const ZENDESK = { host: 'acme-support.zendesk.com', ticketId: '4102', url: 'https://acme-support.zendesk.com/agent/tickets/4102' };
const JIRA_URLS = [
  'https://acme.atlassian.net/browse/SUP-101',
  'https://acme.atlassian.net/jira/software/projects/SUP/boards/1?selectedIssue=SUP-101',
  'https://acme.atlassian.net/servicedesk/customer/portal/2/SUP-101',
];

describe('readZendeskDom on random pages', () => {
  const hooks = hooksOf(selectorsOf(zendeskSel, '4102'));
  it('never throws, gives a storable snapshot and a notice for each expected field it could not read', () => {
    fc.assert(
      fc.property(pageArb(hooks), fc.boolean(), (html, anchored) => {
        // Half the pages carry the ticket's own anchor, so the readers get past "which ticket".
        const page = anchored ? html.replace('<body>', '<body><div class="ticket-panes-grid-layout" data-is-active="true"><div data-side-conversations-anchor-id="4102">').replace('</body>', '</div></div></body>') : html;
        checkSnapshot(readZendeskDom(parse(page), ZENDESK, AT), ZENDESK_EXPECTED);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads the real Agent Workspace page cut at any point', { timeout: 30_000 }, () => {
    const html = readFileSync(path.join(import.meta.dirname, '../../fixtures/zendesk/agent-workspace.html'), 'utf8');
    fc.assert(
      fc.property(truncatedArb(html), fc.constantFrom('4101', '4102', '4103'), (cut, id) => {
        checkSnapshot(readZendeskDom(parse(cut), { ...ZENDESK, ticketId: id, url: `https://acme-support.zendesk.com/agent/tickets/${id}` }, AT), ZENDESK_EXPECTED);
      }),
      { numRuns: 15 },
    );
  });

  it('an id that is not digits (from a tampered URL) finds no ticket and says so, without a selector error', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => {
        const s = readZendeskDom(parse('<div data-side-conversations-anchor-id="4102"></div>'), { ...ZENDESK, ticketId: id }, AT);
        if (!/^\d+$/.test(id)) expect(s.notices).toEqual([expect.objectContaining({ part: 'page' })]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('readJiraDom on random pages', () => {
  const hooks = hooksOf(selectorsOf(jiraSel, 'SUP-101'));
  it('never throws, gives a storable snapshot and a notice for each expected field it could not read', () => {
    fc.assert(
      fc.property(pageArb(hooks), fc.constantFrom(...JIRA_URLS), fc.boolean(), (html, url, anchored) => {
        const crumb = '<div data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"><a href="/browse/SUP-101">SUP-101</a></div>';
        const page = anchored ? html.replace('<body>', `<body><div role="dialog">${crumb}`).replace('</body>', '</div></body>') : html;
        checkSnapshot(readJiraDom(parse(page), { host: 'acme.atlassian.net', ticketId: 'SUP-101', url }, AT), expectedFor(url));
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ['issue-view.html', 'SUP-101', 'https://acme.atlassian.net/browse/SUP-101'],
    ['board.html', 'SUP-101', 'https://acme.atlassian.net/jira/software/projects/SUP/boards/1?selectedIssue=SUP-101'],
    ['queue.html', 'HELP-7', 'https://acme.atlassian.net/jira/servicedesk/projects/HELP/queues/custom/1/HELP-7'],
    ['portal.html', 'HELP-7', 'https://acme.atlassian.net/servicedesk/customer/portal/2/HELP-7'],
  ])('reads the real %s cut at any point', { timeout: 30_000 }, (file, key, url) => {
    const html = readFileSync(path.join(import.meta.dirname, '../../fixtures/jira', file), 'utf8');
    fc.assert(
      fc.property(truncatedArb(html), (cut) => {
        checkSnapshot(readJiraDom(parse(cut), { host: 'acme.atlassian.net', ticketId: key, url }, AT), expectedFor(url));
      }),
      // Each run parses a whole page in happy-dom (~0.1 s): few runs, spread over the file by fast-check.
      { numRuns: 15 },
    );
  });
});
