import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEvidence } from '@/lib/evidence';
import { Evidence } from '@/lib/schema/evidence';

// Pieces of real log syntax, so random text hits the parsers' edge cases rather than only noise.
const TOKENS = [
  '2026-11-27T02:12:14Z', '2026-02-30 10:00:00', '0000-01-01T00:00:00Z', '[27/Nov/2026:02:12:14 +0000]', 'Nov 27 02:12:14',
  '"ts":1795745534', 'ERROR', 'level=warn', '<165>1 ', '\tat A.b(A.java:1)', '    at f (x.js:1:2)', '   at X.Y() in C:\\a.cs:line 3',
  'Traceback (most recent call last):', '  File "a.py", line 1, in f', 'ValueError: x', 'Caused by: java.io.IOException: y',
  '... 3 more', '--- End of inner exception stack trace ---', 'X-Request-Id: abc123456', 'dd.trace_id=123456789012',
  '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', '"GET /a HTTP/1.1" 502', 'HTTP 503', 'ORA-00942', '\\n\\tat ',
  '{"exception":{"values":[]}}', '"', '\\', '\n', '\r\n', ' ', '@', ':', '{', '}',
];

describe('robustness', () => {
  it('parses any mix of log syntax into valid evidence, with every line number inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 })), { maxLength: 60 }), (parts) => {
        const e = Evidence.parse(parseEvidence(parts.join(''), { capturedAt: '2026-11-27T02:00:00Z' }));
        const lines = Math.max(1, e.text.split(/\r\n|\n|\r/).length);
        const used = [...e.timestamps, ...e.ids, ...e.http, ...e.errors].map((x) => x.line).concat(e.stackTraces.map((t) => t.startLine));
        expect(used.every((l) => l >= 1 && l <= lines)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  // A regex that backtracks on these takes minutes; the test's timeout catches that, no timing asserted.
  it('finishes on lines built to make regexes backtrack', { timeout: 30_000 }, () => {
    const nasty = ['\\n    at \\"'.repeat(20000), `${'a$'.repeat(5000)}x\n    at f (a.js:1:1)`, '"'.repeat(50000), `${'a.'.repeat(50000)}b`];
    for (const text of nasty) expect(parseEvidence(text, { capturedAt: '2026-11-27T02:00:00Z' }).lines).toBeGreaterThan(0);
  });
});
