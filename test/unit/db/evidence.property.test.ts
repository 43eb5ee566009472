// Captures and escalation drafts cross from the sidebar and the content script: a malformed one is
// refused with the path that is wrong, and nothing stored before changes.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DesksideDb, type EvidenceRow } from '@/lib/db/database';
import { saveDraft, saveEvidence } from '@/lib/db/evidence';
import { parseEvidence } from '@/lib/evidence';
import type { EscalationDraft } from '@/lib/schema/escalation';
import { mutatedArb } from '../property';

const TICKET = 'zendesk:acme-support.zendesk.com:4102';
let db: DesksideDb;

const capture = (text: string, capturedAt: string): EvidenceRow => {
  const evidence = parseEvidence(text, { capturedAt, sourceUrl: 'https://app.datadoghq.com/logs', sourceTitle: 'Logs' });
  return { id: evidence.id, ticketKey: TICKET, capturedAt, via: 'scripting', note: null, evidence };
};
const ROW = capture('2026-11-20T10:00:00Z ERROR payment failed req_id=abc123def456\n    at f (pay.js:1:2)', '2026-11-20T10:01:00.000Z');
const DRAFT: EscalationDraft = { expected: 'Payment goes through', actual: 'HTTP 502', steps: ['Open checkout', 'Pay'] } as EscalationDraft;

const everything = async () => Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));

beforeAll(async () => {
  db = new DesksideDb('evidence-property');
  await saveEvidence(db, capture('kept 2026-11-19T09:00:00Z', '2026-11-19T09:00:01.000Z'));
  await saveDraft(db, TICKET, DRAFT, '2026-11-20T10:00:00Z');
});
afterAll(async () => {
  await db.delete();
});

describe('malformed captures and drafts', () => {
  it('a capture mutated anywhere is stored whole or refused by path, changing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedArb(ROW), async ({ value }) => {
        const before = await everything();
        const err = await saveEvidence(db, value as EvidenceRow).then(
          async (saved) => {
            await db.evidence.delete(saved.id);
            return null;
          },
          (e: unknown) => e,
        );
        if (err === null) return;
        expect(String(err)).toMatch(/\S/);
        expect(await everything()).toEqual(before);
      }),
      { numRuns: 80 },
    );
  });

  it('a draft mutated anywhere is saved or refused by path, leaving the stored draft as it was', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedArb(DRAFT), async ({ value }) => {
        const before = await everything();
        const err = await saveDraft(db, TICKET, value as EscalationDraft, '2026-11-21T10:00:00Z').then(
          async () => {
            await saveDraft(db, TICKET, DRAFT, '2026-11-20T10:00:00Z');
            return null;
          },
          (e: unknown) => e,
        );
        if (err === null) return;
        expect(String(err)).toMatch(/\S/);
        expect(await everything()).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });
});
