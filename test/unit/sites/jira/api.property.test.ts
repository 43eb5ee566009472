// Whatever Jira or JSM sends, the API reader returns a snapshot the extension can store, says which
// part was wrong, and keeps the parts that were right.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TicketSnapshot } from '../../../../lib/schema/ticket';
import { snapshotFromJiraApi, type JiraApiInput } from '../../../../lib/sites/jira/api';
import { fetchJiraSnapshot } from '../../../../lib/sites/jira/fetch';
import { badAnswerArb, mutatedArb, RUNS, truncatedArb } from '../../property';
import { base, fixture, fixtureText, real } from './api-files';
import { fakeJira, type Answer, type Route } from './fake-jira';

function build(parts: Omit<JiraApiInput, 'host' | 'ticketId' | 'url' | 'capturedAt'>) {
  const r = snapshotFromJiraApi({ ...base('HELP-7'), ...parts });
  // The background stores only what passes this: a reader bug here would lose the whole issue.
  TicketSnapshot.parse(r.snapshot);
  return r;
}

const GOOD = {
  issue: fixture('issue-HELP-7.json'),
  comments: [fixture('comments-HELP-7.json')],
  changelog: [fixture('changelog-HELP-7.json')],
  request: fixture('request-HELP-7.json'),
  requestComments: [fixture('request-comments-HELP-7.json')],
  sla: [fixture('sla-HELP-7.json')],
};
const BASE = build(GOOD);

describe('snapshotFromJiraApi on random and broken JSON', () => {
  it('never throws on any JSON in any part', () => {
    fc.assert(
      fc.property(
        fc.record({
          issue: fc.jsonValue(),
          comments: fc.array(fc.jsonValue(), { maxLength: 2 }),
          changelog: fc.array(fc.jsonValue(), { maxLength: 2 }),
          request: fc.jsonValue(),
          requestComments: fc.array(fc.jsonValue(), { maxLength: 2 }),
          sla: fc.array(fc.jsonValue(), { maxLength: 2 }),
        }),
        (parts) => {
          const { snapshot, errors } = build(parts);
          // The issue either counts or is named as unreadable.
          expect(snapshot.fieldSources.subject === 'api' || errors.some((e) => e.part === 'issue')).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('real Atlassian payloads and our fixtures, mutated anywhere, never throw; untouched parts still count', () => {
    expect(BASE.errors).toEqual([]);
    const parts = ['issue', 'comments', 'changelog', 'request', 'requestComments', 'sla'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...parts), fc.boolean(), fc.context(), (part, useReal, ctx) => {
        const source: Record<(typeof parts)[number], unknown> = useReal
          ? {
              issue: real('jira/openapi__getIssue_v3.json'),
              comments: real('jira/openapi__getComments_v3.json'),
              changelog: real('jira/openapi__getChangeLogs_v3.json'),
              request: real('jsm/openapi__getCustomerRequestByIdOrKey.json'),
              requestComments: real('jsm/openapi__getRequestComments.json'),
              sla: real('jsm/openapi__getSlaInformation.json'),
            }
          : { ...GOOD, comments: GOOD.comments[0], changelog: GOOD.changelog[0], requestComments: GOOD.requestComments[0], sla: GOOD.sla[0] };
        const { value, what } = fc.sample(mutatedArb(source[part]), { numRuns: 1, seed: ctx.size() })[0] ?? { value: null, what: '' };
        ctx.log(`${part}: ${what}`);
        const list = part !== 'issue' && part !== 'request';
        const { snapshot } = build({ ...GOOD, [part]: list ? [value] : value });
        if (part !== 'sla') expect(snapshot.sla).toEqual(BASE.snapshot.sla);
        if (part !== 'issue' && part !== 'request') expect(snapshot.subject).toBe(BASE.snapshot.subject);
      }),
      { numRuns: RUNS },
    );
  });

  it('a JSM time in epoch milliseconds out of the Date range is no time, not a crash', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.constantFrom(8.64e15 + 1, -8.64e15 - 1, 1e21, Number.MAX_VALUE)), (epochMillis) => {
        const request = structuredClone(GOOD.request) as { createdDate: unknown };
        request.createdDate = { epochMillis };
        const { snapshot } = build({ request });
        // An unusable time reads exactly as no time at all.
        const none = build({ request: { ...request, createdDate: null } }).snapshot.createdAt;
        const iso = Math.abs(epochMillis) <= 8.64e15 ? new Date(epochMillis).toISOString() : null;
        expect(snapshot.createdAt).toBe(iso !== null && /^\d{4}-/.test(iso) ? iso : none);
      }),
      { numRuns: RUNS },
    );
  });

  it('comments with any id, author or body keep every comment, or name the empty id', () => {
    const page = GOOD.comments[0] as { comments: Record<string, unknown>[] };
    fc.assert(
      fc.property(
        fc.array(fc.record({
            id: fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
            body: fc.oneof(fc.string(), fc.constant(null), fc.record({ type: fc.string(), content: fc.array(fc.jsonValue(), { maxLength: 3 }) })),
            author: fc.oneof(fc.constant(null), fc.record({ accountId: fc.string(), displayName: fc.option(fc.string()) })),
            created: fc.oneof(fc.string(), fc.constant('2026-11-27T10:00:00.000+0000')),
          }), { maxLength: 5 }),
        (comments) => {
          const { snapshot, errors } = build({ ...GOOD, requestComments: [], comments: [{ ...page, comments, total: comments.length }] });
          const empty = comments.findIndex((c) => c.id === '');
          if (empty >= 0) {
            // An id that names nothing makes the page unreadable, said with its path; never a crash.
            expect(errors).toEqual([{ part: 'comments', message: expect.stringContaining(`comments.${empty}.id: empty`) }]);
            return;
          }
          expect(errors).toEqual([]);
          expect(snapshot.comments.length).toBe(new Set(comments.map((c) => String(c.id))).size);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

// ---- through the fetch layer: truncated bodies, HTML sign-in pages, 429/5xx, paging ----

const FILE_OF: Record<string, string> = {
  issue3: 'issue-HELP-7.json',
  comments: 'comments-HELP-7.json',
  changelog: 'changelog-HELP-7.json',
  request: 'request-HELP-7.json',
  requestComments: 'request-comments-HELP-7.json',
  sla: 'sla-HELP-7.json',
};
type FileRoute = 'issue3' | 'comments' | 'changelog' | 'request' | 'requestComments' | 'sla';
const ROUTES: FileRoute[] = ['issue3', 'comments', 'changelog', 'request', 'requestComments', 'sla'];
const PART: Record<FileRoute, string[]> = {
  issue3: ['issue'],
  comments: ['comments'],
  changelog: ['changelog'],
  request: ['request'],
  requestComments: ['comments'],
  sla: ['sla'],
};

type Raw = { status: number; body: string; headers?: Record<string, string> };
const answer = (a: Raw): Answer => () => new Response(a.body, { status: a.status, headers: { 'Content-Type': 'application/json', ...a.headers } });

const rawArb = (route: FileRoute): fc.Arbitrary<Raw> => {
  const text = fixtureText(FILE_OF[route] ?? '');
  return fc.oneof(
    truncatedArb(text).map((body) => ({ status: 200, body })),
    mutatedArb(JSON.parse(text)).map(({ value }) => ({ status: 200, body: JSON.stringify(value) ?? '' })),
    badAnswerArb,
  );
};

async function fetchWith(overrides: Partial<Record<Route, Answer | Answer[]>>) {
  const jira = fakeJira(overrides);
  const url = 'https://acme.atlassian.net/jira/servicedesk/projects/HELP/queues/custom/1/HELP-7';
  const snapshot = await fetchJiraSnapshot({
    origin: 'https://acme.atlassian.net', ticketId: 'HELP-7', url,
    fetch: jira.fetch, now: () => new Date('2026-11-27T12:00:00Z'), sleep: async () => {},
  });
  expect(TicketSnapshot.parse(snapshot)).toEqual(snapshot);
  return { snapshot, jira };
}

describe('fetchJiraSnapshot on broken answers', () => {
  it('resolves to a storable snapshot, with a notice naming each part that was broken', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), fc.context(), async (route, ctx) => {
        const raw = fc.sample(rawArb(route), { numRuns: 1, seed: ctx.size() + route.length })[0] as Raw;
        ctx.log(`${route}: ${raw.status} ${raw.body.slice(0, 80)}`);
        const { snapshot } = await fetchWith({ [route]: answer(raw), ...(route === 'issue3' ? { issue2: answer({ status: 404, body: '{}' }) } : {}) });
        let broken = raw.status !== 200;
        try {
          JSON.parse(raw.body);
        } catch {
          broken = true;
        }
        // A JSM 404 quietly means "not a service request"; every other broken answer is said.
        const quiet = raw.status === 404 && route !== 'issue3' && route !== 'comments' && route !== 'changelog';
        // JSM's comment list stands in for a platform comment list that failed outright.
        // And the platform list (which carries jsdPublic itself) stands in for a failed JSM one.
        const covered = (route === 'comments' && raw.status !== 200) || route === 'requestComments';
        if (broken && !quiet && !covered) expect(snapshot.notices.map((n) => n.part)).toEqual(expect.arrayContaining(PART[route]));
        for (const n of snapshot.notices) expect(n.message).toMatch(/\S/);
      }),
      { numRuns: RUNS },
    );
  });

  it('pages that lie about their totals or never say "last" stop, keeping what was read', async () => {
    const page = JSON.parse(fixtureText('comments-HELP-7.json')) as Record<string, unknown>;
    const jsmPage = JSON.parse(fixtureText('request-comments-HELP-7.json')) as Record<string, unknown>;
    await fc.assert(
      fc.asyncProperty(
        fc.record({ startAt: fc.jsonValue(), total: fc.jsonValue(), maxResults: fc.jsonValue() }, { requiredKeys: [] }),
        fc.record({ start: fc.jsonValue(), isLastPage: fc.jsonValue(), size: fc.jsonValue() }, { requiredKeys: [] }),
        async (paging, jsmPaging) => {
          const body = JSON.stringify({ ...page, ...paging });
          const jsmBody = JSON.stringify({ ...jsmPage, ...jsmPaging });
          const { jira } = await fetchWith({ comments: answer({ status: 200, body }), requestComments: answer({ status: 200, body: jsmBody }) });
          // Bounded: never more than the page limit, whatever the paging says.
          expect(jira.count('comments')).toBeLessThanOrEqual(50);
          expect(jira.count('requestComments')).toBeLessThanOrEqual(50);
        },
      ),
      { numRuns: 60 },
    );
  });
});
