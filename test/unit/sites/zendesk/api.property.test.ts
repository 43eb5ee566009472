// Whatever Zendesk (or a proxy in front of it) sends, the API reader returns a snapshot the
// extension can store, says which part was wrong, and keeps the parts that were right.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TicketSnapshot } from '../../../../lib/schema/ticket';
import { snapshotFromApi, type ApiInput } from '../../../../lib/sites/zendesk/api';
import { fetchZendeskSnapshot } from '../../../../lib/sites/zendesk/fetch';
import { badAnswerArb, mutatedArb, RUNS, truncatedArb } from '../../property';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/zendesk/api');
const REAL = path.resolve(import.meta.dirname, '../../../../../shared/realdata/api/zendesk');
const text = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');
const fixture = (name: string): unknown => JSON.parse(text(name));
const real = (name: string): unknown => JSON.parse(readFileSync(path.join(REAL, name), 'utf8'));

const HOST = 'acme-support.zendesk.com';
const ORIGIN = `https://${HOST}`;
const AT = '2026-11-27T12:00:00Z';

function build(parts: Omit<ApiInput, 'host' | 'ticketId' | 'url' | 'capturedAt'>) {
  const r = snapshotFromApi({ host: HOST, ticketId: '4102', url: `${ORIGIN}/agent/tickets/4102`, capturedAt: AT, ...parts });
  // The background stores only what passes this: a reader bug here would lose the whole ticket.
  TicketSnapshot.parse(r.snapshot);
  return r;
}

const GOOD = {
  ticket: fixture('ticket-4102.json'),
  comments: [fixture('comments-4102.json'), fixture('comments-4102-page2.json')],
  metrics: fixture('metrics-4102.json'),
};
const BASE = build(GOOD).snapshot;

describe('snapshotFromApi on random and broken JSON', () => {
  it('never throws on any JSON in any part, and names each part it could not read', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 3 }), fc.jsonValue(), (ticket, comments, metrics) => {
        const { snapshot, errors } = build({ ticket, comments, metrics });
        for (const part of ['ticket', 'metrics'] as const) {
          const read = part === 'ticket' ? snapshot.fieldSources.status : snapshot.fieldSources.metrics;
          // A part either counts (its fields marked as from the API) or is named in the errors.
          expect(read === 'api' || errors.some((e) => e.part === part && e.message.length > 0)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reads a count beyond the safe integers as unknown, keeping the ticket storable (seed -494261052)', () => {
    const metrics = structuredClone(GOOD.metrics) as { ticket_metric: Record<string, unknown> };
    metrics.ticket_metric.reopens = -1e308;
    metrics.ticket_metric.replies = 2 ** 60;
    const { snapshot } = build({ ...GOOD, metrics });
    expect(snapshot.metrics?.reopens).toBeNull();
    expect(snapshot.metrics?.replies).toBeNull();
    expect(snapshot.subject).toBe(BASE.subject);
  });

  it.each(['ticket', 'metrics'] as const)('a mutated %s part never throws, and the other parts still count', (part) => {
    fc.assert(
      fc.property(mutatedArb(GOOD[part]), ({ value }) => {
        const { snapshot, errors } = build({ ...GOOD, [part]: value });
        if (errors.some((e) => e.part === part)) expect(errors.find((e) => e.part === part)?.message).toMatch(/\S/);
        if (part === 'ticket') expect(snapshot.metrics).toEqual(BASE.metrics);
        else {
          expect(snapshot.subject).toBe(BASE.subject);
          expect(snapshot.comments).toEqual(BASE.comments);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a mutated comments page never throws; the ticket and metrics still count', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1 }), mutatedArb(GOOD.comments[0]), (i, { value }) => {
        const comments = [...GOOD.comments];
        comments[i] = value;
        const { snapshot } = build({ ...GOOD, comments });
        expect(snapshot.subject).toBe(BASE.subject);
        expect(snapshot.metrics).toEqual(BASE.metrics);
      }),
      { numRuns: RUNS },
    );
  });

  it('real go-zendesk payloads, mutated, never throw', () => {
    const ticket = real('go-zendesk__ticket.json');
    const comments = real('go-zendesk__ticket_comments.json');
    fc.assert(
      fc.property(mutatedArb(ticket), mutatedArb(comments), (t, c) => {
        build({ ticket: t.value, comments: [c.value] });
      }),
      { numRuns: RUNS },
    );
  });
});

// ---- through the fetch layer: truncated bodies, HTML sign-in pages, 429/5xx, odd paging links ----

type Route = 'ticket' | 'comments' | 'page2' | 'metrics';
type Answer = { status: number; body: string; headers?: Record<string, string> };

function routeOf(url: string): Route {
  if (url.includes('/comments.json')) return url.includes('page%5Bafter%5D') || url.includes('page[after]') ? 'page2' : 'comments';
  return url.includes('/metrics.json') ? 'metrics' : 'ticket';
}

const FILES: Record<Route, string> = {
  ticket: text('ticket-4102.json'),
  comments: text('comments-4102.json'),
  page2: text('comments-4102-page2.json'),
  metrics: text('metrics-4102.json'),
};

async function fetchWith(answers: Partial<Record<Route, Answer>>) {
  const fetch: typeof globalThis.fetch = async (input) => {
    const url = input instanceof Request ? input.url : String(input);
    const route = routeOf(url);
    const a = answers[route] ?? { status: 200, body: FILES[route] };
    return new Response(a.body, { status: a.status, headers: { 'Content-Type': 'application/json', ...a.headers } });
  };
  const snapshot = await fetchZendeskSnapshot({
    origin: ORIGIN, ticketId: '4102', url: `${ORIGIN}/agent/tickets/4102`,
    fetch, now: () => new Date(AT), sleep: async () => {},
  });
  expect(TicketSnapshot.parse(snapshot)).toEqual(snapshot);
  return snapshot;
}

const answerArb = (route: Route): fc.Arbitrary<Answer> =>
  fc.oneof(
    truncatedArb(FILES[route]).map((body) => ({ status: 200, body })),
    mutatedArb(JSON.parse(FILES[route])).map(({ value }) => ({ status: 200, body: JSON.stringify(value) ?? '' })),
    badAnswerArb,
  );

describe('fetchZendeskSnapshot on broken answers', () => {
  it('resolves to a storable snapshot with a notice for each part that was broken', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ ticket: answerArb('ticket'), comments: answerArb('comments'), page2: answerArb('page2'), metrics: answerArb('metrics') }, { requiredKeys: [] }),
        async (answers) => {
          const s = await fetchWith(answers);
          const broken = (r: Route) => {
            const a = answers[r];
            if (!a) return false;
            if (a.status !== 200) return true;
            try {
              JSON.parse(a.body);
              return false;
            } catch {
              return true;
            }
          };
          if (broken('ticket')) expect(s.notices.some((n) => n.part === 'ticket' || n.part === 'sla')).toBe(true);
          if (broken('metrics')) expect(s.notices.map((n) => n.part)).toContain('metrics');
          if (broken('comments')) expect(s.notices.map((n) => n.part)).toContain('comments');
          for (const n of s.notices) expect(n.message).toMatch(/\S/);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('follows no paging link it cannot parse or that leaves the helpdesk, and says so', async () => {
    const page = JSON.parse(FILES.comments) as { links: { next: unknown } };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.constantFrom('http://', 'https://exa mple.com/x', 'https://[::1', '//evil.example/x', 'javascript:alert(1)', '?page=2', '%'),
        ),
        async (next) => {
          page.links.next = next;
          const s = await fetchWith({ comments: { status: 200, body: JSON.stringify(page) } });
          // The first page's comments stay, whatever the link.
          expect(s.comments.length).toBeGreaterThanOrEqual(4);
          const followable = URL.canParse(next, ORIGIN) && new URL(next, ORIGIN).origin === ORIGIN;
          if (!followable) {
            expect(s.notices).toContainEqual(expect.objectContaining({ part: 'comments', message: expect.stringMatching(/does not follow.*Only the first 4 comments/) }));
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
