import { describe, expect, it } from 'vitest';
import { parseEvidence } from '@/lib/evidence';
import { redact } from '@/lib/privacy';

// A captured or pasted log is a stranger's text: up to 2 MB of it is parsed and redacted in the
// service worker, so no pattern may rescan the text from every position of a long run.
const CRAFTED: Record<string, string> = {
  'a@ (Firefox frame gate)': 'a@'.repeat(50_000),
  'eyJ (JWT header)': 'eyJ'.repeat(33_000),
  'letters': 'a'.repeat(100_000),
  'digits': '4'.repeat(100_000),
  'spaced digits': '4 '.repeat(50_000),
  'percent signs': '%'.repeat(100_000),
};

describe('evidence from crafted 100 KB text', () => {
  it('parses and redacts each in linear time (the a@ and eyJ runs took 17 s and 26 s)', () => {
    for (const [name, text] of Object.entries(CRAFTED)) {
      const start = performance.now();
      parseEvidence(text, { capturedAt: '2026-11-24T17:25:00Z', sourceTitle: null, sourceUrl: null });
      expect(performance.now() - start, name).toBeLessThan(1_000);
    }
  });

  it('still finds a real JWT and a Firefox frame', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlX3ZhbHVl';
    expect(redact(`auth token=${jwt} failed`).text).not.toContain(jwt);
    const e = parseEvidence('TypeError: x is undefined\nrender@https://app.example/main.js:10:5\n@https://app.example/main.js:20:1', { capturedAt: '2026-11-24T17:25:00Z', sourceTitle: null, sourceUrl: null });
    expect(e.stackTraces).toHaveLength(1);
    expect(e.stackTraces[0]!.frames).toHaveLength(2);
  });
});
