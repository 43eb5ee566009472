// Merging the page's read with the API's (or a cached snapshot) must give a storable snapshot
// whatever each half managed to read, and never drop a field one half had.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRACKED_FIELDS, TicketSnapshot, type Notice } from '../../../lib/schema/ticket';
import { mergeSnapshots } from '../../../lib/sites/merge';
import { snapshotFromApi } from '../../../lib/sites/zendesk/api';
import { RUNS } from '../property';

const FIX = path.resolve(import.meta.dirname, '../../fixtures/zendesk/api');
const json = (name: string): unknown => JSON.parse(readFileSync(path.join(FIX, name), 'utf8'));
const FULL = snapshotFromApi({
  host: 'acme-support.zendesk.com', ticketId: '4102', url: 'https://acme-support.zendesk.com/agent/tickets/4102', capturedAt: '2026-11-27T12:00:00Z',
  ticket: json('ticket-4102.json'), comments: [json('comments-4102.json'), json('comments-4102-page2.json')], metrics: json('metrics-4102.json'),
}).snapshot;

const EMPTY: Partial<Record<(typeof TRACKED_FIELDS)[number], unknown>> = {
  subject: null, description: null, status: null, priority: null, type: null, requestType: null, tags: [], requester: null, assignee: null, group: null,
  createdAt: null, updatedAt: null, resolvedAt: null, comments: [], customFields: [], sla: [], metrics: null, transitions: [],
};

const noticeArb: fc.Arbitrary<Notice> = fc.record({
  source: fc.constantFrom('dom' as const, 'api' as const),
  part: fc.oneof(fc.constantFrom(...TRACKED_FIELDS), fc.constantFrom('page', 'ticket', 'sla')),
  message: fc.string({ minLength: 1, maxLength: 20 }),
});

/** The full snapshot with a random subset of fields emptied, as read from one source. */
const halfArb = (source: 'dom' | 'api') =>
  fc.tuple(fc.subarray([...TRACKED_FIELDS]), fc.array(noticeArb, { maxLength: 4 }), fc.option(fc.nat({ max: 50 }), { nil: null })).map(([kept, notices, commentCount]) => {
    const s: TicketSnapshot = structuredClone({ ...FULL, fieldSources: {}, sources: [source], notices, commentCount });
    for (const f of TRACKED_FIELDS) {
      if (kept.includes(f)) s.fieldSources[f] = source;
      else Object.assign(s, { [f]: EMPTY[f] });
    }
    return s;
  });

describe('mergeSnapshots on any two halves', () => {
  it('gives a storable snapshot holding every field either half had', () => {
    fc.assert(
      fc.property(halfArb('api'), halfArb('dom'), fc.constantFrom(undefined, 'cache' as const), (base, top, baseAs) => {
        const out = mergeSnapshots(base, top, baseAs);
        TicketSnapshot.parse(out);
        for (const f of TRACKED_FIELDS) {
          const had = [base[f], top[f]].some((v) => v !== null && !(Array.isArray(v) && v.length === 0) && v !== '');
          const has = out[f] !== null && !(Array.isArray(out[f]) && out[f].length === 0) && out[f] !== '';
          expect(has, f).toBe(had);
        }
        // A notice never repeats, and one about a field another source read afresh is gone.
        const keys = out.notices.map((n) => `${n.source}:${n.part}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: RUNS },
    );
  });
});
