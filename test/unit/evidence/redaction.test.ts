import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvidence } from '@/lib/evidence';

const SECRETS = readFileSync(path.resolve(__dirname, '../../fixtures/logs/secrets.log'), 'utf8');
const LEAKS = [
  'priya.raman@brightline-foods.example',
  '415 555 0132',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  '9f8e7d6c5b4a39281706f5e4d3c2b1a0',
  '4111 1111 1111 1111',
  'hunter2-Secret',
  'AKIAIOSFODNN7EXAMPLE',
];

describe('redaction before parsing', () => {
  const e = parseEvidence(SECRETS, { capturedAt: '2026-11-27T02:00:00Z' });

  it('keeps no secret anywhere in the evidence, not only in its text', () => {
    const stored = JSON.stringify(e);
    for (const secret of LEAKS) expect(stored).not.toContain(secret);
  });

  it('counts what it removed, per kind', () => {
    expect(e.redactions).toMatchObject({ email: 1, phone: 1, card: 1, cookie: 1, 'auth-header': 1, 'url-password': 1, 'cloud-key': 1 });
  });

  it('still reads the log around the redactions', () => {
    expect(e.timestamps).toHaveLength(4);
    expect(e.levels).toEqual({ INFO: 1, DEBUG: 1, ERROR: 1, WARN: 1 });
    expect(e.ids.map((i) => i.kind)).toEqual(['request-id']);
    expect(e.http.map((h) => h.status)).toEqual([null, 402]);
  });

  it('gives the same id for the same capture, derived from the redacted text', () => {
    expect(parseEvidence(SECRETS, { capturedAt: '2026-11-27T02:00:00Z' }).id).toBe(e.id);
  });
});
