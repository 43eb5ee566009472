import { describe, expect, it } from 'vitest';
import { parseRedacted } from '@/lib/evidence';

const ids = (text: string) =>
  parseRedacted(text, {}, { capturedAt: '2026-11-27T02:00:00Z' }).ids.map((i) => [i.kind, i.value]);

describe('identifier kinds', () => {
  it.each([
    ['X-Request-Id: 9b1f0c2e7a', 'request-id', '9b1f0c2e7a'],
    ['request_id=req_8c1f2a7e', 'request-id', 'req_8c1f2a7e'],
    ['{"requestId":"a1b2c3d4e5"}', 'request-id', 'a1b2c3d4e5'],
    ['x-amzn-RequestId: 4f8d2a7c-1b3e-4d5f-9a8b-7c6d5e4f3a2b', 'request-id', '4f8d2a7c-1b3e-4d5f-9a8b-7c6d5e4f3a2b'],
    ['X-Correlation-ID: corr-5521-aa19', 'correlation-id', 'corr-5521-aa19'],
    ['traceparent: 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', 'traceparent', '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'],
    ['dd.trace_id=5146871534561245128', 'datadog-trace', '5146871534561245128'],
    ['dd.span_id=8820158713221960334', 'datadog-span', '8820158713221960334'],
    ['"trace_id":"0af7651916cd43dd8448eb211c80319c"', 'trace-id', '0af7651916cd43dd8448eb211c80319c'],
    ['"span_id":"b7ad6b7169203331"', 'span-id', 'b7ad6b7169203331'],
    ['https://acme.sentry.io/issues/4471/events/f4c3a1b29d8e4e7fa06b5c2d1e0f9a8b/', 'sentry-event', 'f4c3a1b29d8e4e7fa06b5c2d1e0f9a8b'],
    ['Sentry Event ID: f4c3a1b29d8e4e7fa06b5c2d1e0f9a8b', 'sentry-event', 'f4c3a1b29d8e4e7fa06b5c2d1e0f9a8b'],
    ['order 7c0e9a62-3b1d-4f0e-a5c4-2d9b8e7f6a51 failed', 'uuid', '7c0e9a62-3b1d-4f0e-a5c4-2d9b8e7f6a51'],
  ])('%s', (text, kind, value) => {
    expect(ids(text)).toEqual([[kind, value]]);
  });

  it('lists each id once with its first line and how often it appears', () => {
    const e = parseRedacted('a request_id=abc123456\nb\nc request_id=abc123456', {}, { capturedAt: '2026-11-27T02:00:00Z' });
    expect(e.ids).toEqual([{ kind: 'request-id', value: 'abc123456', line: 1, occurrences: 2 }]);
  });

  it('does not list a keyed UUID again as a bare UUID', () => {
    expect(ids('X-Request-Id: 4f8d2a7c-1b3e-4d5f-9a8b-7c6d5e4f3a2b and 4f8d2a7c-1b3e-4d5f-9a8b-7c6d5e4f3a2b')).toEqual([
      ['request-id', '4f8d2a7c-1b3e-4d5f-9a8b-7c6d5e4f3a2b'],
    ]);
  });

  it('ignores short or malformed values', () => {
    expect(ids('request_id=abc trace_id=zzzz-not-hex events/1234 00-abc-def-01')).toEqual([]);
  });
});
