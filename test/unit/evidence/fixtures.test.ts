import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvidence } from '@/lib/evidence';
import { Evidence } from '@/lib/schema/evidence';

const DIR = path.resolve(__dirname, '../../fixtures/logs');
const CAPTURED = '2026-11-27T02:00:00Z';
const parse = (file: string) => parseEvidence(readFileSync(path.join(DIR, file), 'utf8'), { capturedAt: CAPTURED });

const ids = (e: Evidence) => e.ids.map((i) => `${i.kind}:${i.value}`).sort();
const langs = (e: Evidence) => e.stackTraces.map((s) => s.language);

// Counts were worked out by reading each fixture, line by line (see test/fixtures/logs/README.md).
describe('parsing each log fixture', () => {
  it('nginx combined access log: one time, one request and one status per line', () => {
    const e = parse('nginx-access.log');
    expect(e.lines).toBe(8);
    expect(e.timestamps).toHaveLength(8);
    expect(e.timestamps.every((t) => t.format === 'access-log')).toBe(true);
    // +0100 lines come back to UTC.
    expect(e.timestamps[4]).toMatchObject({ original: '24/Nov/2026:17:12:09 +0100', utc: '2026-11-24T16:12:09.000Z', line: 5 });
    expect(e.http.map((h) => h.status)).toEqual([200, 200, 502, 502, 200, 304, 404, 499]);
    expect(e.http[2]).toEqual({ method: 'POST', path: '/hooks/shop/order-created', status: 502, line: 3 });
    expect(e.errors).toEqual([{ code: 'HTTP 502', line: 3, occurrences: 2 }]);
    expect(e.ids).toEqual([]);
    expect(e.levels).toEqual({});
  });

  it('Apache error log: asctime times, module levels and AH codes', () => {
    const e = parse('apache-error.log');
    expect(e.timestamps).toHaveLength(7);
    expect(e.timestamps[0]).toMatchObject({ original: 'Tue Nov 24 16:04:11.208341 2026', utc: '2026-11-24T16:04:11.208Z' });
    expect(e.timestamps[0]?.format).toMatch(/no zone; assumed UTC/);
    expect(e.levels).toEqual({ ERROR: 4, WARN: 1, NOTICE: 2 });
    expect(e.errors.map((x) => [x.code, x.occurrences])).toEqual([
      ['AH00957', 2], ['AH01114', 2], ['AH01144', 1], ['AH00489', 1], ['AH00094', 1],
    ]);
    expect(e.http).toEqual([]);
  });

  it('RFC 3164 syslog: year from the capture time, December captured in November is last year', () => {
    const e = parse('syslog-rfc3164.log');
    expect(e.timestamps).toHaveLength(8);
    expect(e.timestamps[6]).toMatchObject({ original: 'Nov  4 09:15:02', utc: '2026-11-04T09:15:02.000Z', line: 7 });
    expect(e.timestamps[7]).toMatchObject({ original: 'Dec 31 23:59:58', utc: '2025-12-31T23:59:58.000Z' });
    expect(e.timestamps[0]?.format).toMatch(/^syslog-rfc3164 \(year from capture time; no zone; assumed UTC\)$/);
    // <30> and <86> are facility*8 + 6 (informational).
    expect(e.levels).toEqual({ INFO: 2 });
  });

  it('RFC 5424 syslog: PRI severities and offsets', () => {
    const e = parse('syslog-rfc5424.log');
    expect(e.timestamps.map((t) => t.utc)).toEqual([
      '2026-11-24T16:04:09.003Z', '2026-11-24T15:04:09.120Z', '2026-11-24T16:04:14.500Z', '2026-11-24T16:05:00.000Z',
    ]);
    expect(e.timestamps.every((t) => t.format === 'syslog-rfc5424')).toBe(true);
    expect(e.levels).toEqual({ NOTICE: 1, ERROR: 1, INFO: 2 });
    expect(ids(e)).toEqual(['request-id:7f3c9a2e-41d0-4b8e-9a43-0c1d2e3f4a5b']);
    expect(e.http).toEqual([{ status: 502, line: 2 }]);
  });

  it('JSON logs (bunyan, pino with Datadog injection, ECS): numeric and named levels, epoch ms, escaped stacks', () => {
    const e = parse('json-logs.ndjson');
    expect(e.timestamps).toHaveLength(6);
    expect(e.timestamps[2]).toMatchObject({ original: '1795536251330', utc: '2026-11-24T16:04:11.330Z', format: 'epoch-milliseconds' });
    expect(e.levels).toEqual({ INFO: 2, ERROR: 2, WARN: 2 });
    expect(ids(e)).toEqual([
      'correlation-id:corr-5521-aa19',
      'datadog-span:1290045621873301127',
      'datadog-span:8820158713221960334',
      'datadog-trace:5146871534561245128',
      'request-id:req_8c1f2a7e9d03',
      'trace-id:4bf92f3577b34da6a3ce929d0e0e4736',
      'traceparent:00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      'uuid:8e0c1f4a-77b2-4c3e-9d11-5a6b7c8d9e0f',
    ]);
    expect(e.ids.find((i) => i.kind === 'datadog-trace')?.occurrences).toBe(2);
    expect(e.http).toEqual([
      { method: 'POST', path: '/v1/webhooks/wh_7781/replay', status: 202, line: 3 },
      { method: 'POST', path: '/internal/orders/import', status: 500, line: 5 },
    ]);
    expect(langs(e)).toEqual(['javascript', 'java']);
    expect(e.stackTraces[1]).toMatchObject({ exception: 'java.lang.IllegalStateException', startLine: 5 });
    expect(e.stackTraces[1]?.frames).toHaveLength(3);
    expect(e.errors.map((x) => x.code ?? x.name)).toEqual(['ECONNREFUSED', 'Error', 'java.lang.IllegalStateException', 'HTTP 500']);
  });

  it('Java: Caused by chain, "... N more", and an uncaught thread exception', () => {
    const e = parse('java-stacktrace.log');
    expect(e.timestamps).toHaveLength(4);
    expect(langs(e)).toEqual(['java', 'java']);
    expect(e.levels).toEqual({ INFO: 1, ERROR: 2, WARN: 1 });
    expect(e.errors.some((x) => x.code === 'ORA-00942')).toBe(true);
    expect(ids(e)).toEqual(['request-id:6d1c2b7e-0a9f-4e55-8c3a-2f1e0d9c8b7a']);
  });

  it('Python: chained tracebacks become one trace with its cause', () => {
    const e = parse('python-traceback.log');
    expect(e.timestamps).toHaveLength(5);
    expect(langs(e)).toEqual(['python', 'python']);
    expect(e.stackTraces.map((s) => s.exception)).toEqual(['orders.errors.UpstreamUnavailable', 'KeyError']);
    expect(e.levels).toEqual({ INFO: 1, ERROR: 2, WARN: 1 });
    expect(ids(e)).toEqual(['trace-id:0af7651916cd43dd8448eb211c80319c']);
    expect(e.http).toContainEqual({ status: 503, line: 8 });
  });

  it('Node and browser consoles: V8 and Firefox frames', () => {
    const e = parse('node-stack.log');
    expect(langs(e)).toEqual(['javascript', 'javascript', 'javascript']);
    expect(e.stackTraces.map((s) => s.frames.length)).toEqual([5, 3, 3]);
    expect(e.levels).toEqual({ ERROR: 1, WARN: 1 });
    expect(ids(e)).toEqual(['request-id:req-5f2a9c31-bb07']);
  });

  it('.NET: inner exception and its own frame block', () => {
    const e = parse('dotnet-stack.log');
    expect(e.timestamps.map((t) => t.utc)).toEqual(['2026-11-24T16:04:15.771Z', '2026-11-24T16:04:15.802Z']);
    expect(langs(e)).toEqual(['dotnet']);
    expect(ids(e)).toEqual(['correlation-id:0HN8Q4J2K1M3P']);
    expect(e.http.map((h) => h.status)).toEqual([null, 503, 500]);
    expect(e.levels).toEqual({ ERROR: 1 });
  });

  it('Datadog log explorer CSV export', () => {
    const e = parse('datadog-export.csv');
    expect(e.lines).toBe(6);
    expect(e.timestamps).toHaveLength(5);
    expect(ids(e)).toEqual([
      'datadog-span:2471883049161226645', 'datadog-span:9001923412890017264',
      'datadog-trace:1180284922713001776', 'datadog-trace:7360513812469218913',
      'request-id:4c1e9a7b-2d3f-4a5b-8c6d-7e8f9a0b1c2d',
    ]);
    // The doubled quotes of CSV-escaped JSON still read as keys.
    expect(e.ids.find((i) => i.value === '7360513812469218913')?.occurrences).toBe(2);
    expect(e.levels).toEqual({ ERROR: 2, WARN: 2, INFO: 1 });
    expect(e.http.map((h) => h.status)).toEqual([502, 502, 502, 200]);
  });

  it('Splunk search export (JSON rows): _time and the times inside _raw', () => {
    const e = parse('splunk-export.json');
    expect(e.timestamps).toHaveLength(8);
    expect(e.timestamps.map((t) => t.format)).toContain('access-log');
    expect(e.timestamps.find((t) => t.original === '2026-11-24 16:05:00.000 GMT')?.utc).toBe('2026-11-24T16:05:00.000Z');
    expect(ids(e)).toEqual(['correlation-id:9b2e4f60-1a3c-4d5e-b6f7-08192a3b4c5d', 'request-id:rq-20261124-160500-77']);
    expect(e.http).toEqual([{ method: 'POST', path: '/hooks/shop/order-created', status: 502, line: 2 }]);
    expect(e.levels).toEqual({ ERROR: 1, INFO: 1 });
  });

  it('Sentry event JSON: exception values, event id and trace context', () => {
    const e = parse('sentry-event.json');
    expect(ids(e)).toEqual([
      'sentry-event:f4c3a1b29d8e4e7fa06b5c2d1e0f9a8b', 'span-id:eee19b7ec3c1b174', 'trace-id:5b8efff798038103d269b633813fc60c',
    ]);
    expect(e.timestamps.map((t) => [t.format, t.utc])).toEqual([
      ['iso8601', '2026-11-24T16:04:11.412Z'], ['epoch-seconds', '2026-11-24T16:04:11.412Z'],
    ]);
    expect(e.stackTraces).toHaveLength(1);
    expect(e.stackTraces[0]).toMatchObject({ language: 'javascript', exception: 'TypeError', message: "Cannot read properties of undefined (reading 'postcode')" });
    // Sentry lists frames oldest first; evidence starts where it was thrown.
    expect(e.stackTraces[0]?.frames[0]).toEqual({ fn: 'buildShippingLabel', file: 'app:///assets/orders-shipping.19bd.js', line: 1 });
    expect(e.levels).toEqual({ ERROR: 1 });
  });

  it('Heroku router logfmt and a Chrome console line', () => {
    const e = parseEvidence(
      [
        '2026-11-24T16:04:11.208+00:00 heroku[router]: at=error code=H12 desc="Request timeout" method=POST path="/hooks/orders" host=shop.example.com request_id=8b5a0c3e-91f2-4d7a-b6c1-2e3f4a5b6c7d fwd="203.0.113.24" dyno=web.1 connect=0ms service=30000ms status=503 bytes=0 protocol=https',
        'vendor.4e1b.js:2 GET https://shop.example.com/api/orders/88123 502 (Bad Gateway)',
        'Failed to load resource: the server responded with a status of 502 ()',
      ].join('\n'),
      { capturedAt: CAPTURED },
    );
    expect(e.http).toEqual([
      { method: 'POST', path: '/hooks/orders', status: 503, line: 1 },
      { method: 'GET', path: 'https://shop.example.com/api/orders/88123', status: 502, line: 2 },
      { status: 502, line: 3 },
    ]);
    expect(e.errors.map((x) => x.code)).toEqual(['H12', 'HTTP 503', 'HTTP 502']);
    expect(e.levels).toEqual({ ERROR: 1 });
    expect(ids(e)).toEqual(['request-id:8b5a0c3e-91f2-4d7a-b6c1-2e3f4a5b6c7d']);
  });

  it('every result is valid Evidence and names its source', () => {
    const e = parseEvidence('ERROR boom', { capturedAt: CAPTURED, sourceUrl: 'https://app.datadoghq.com/logs', sourceTitle: 'Log Explorer' });
    expect(Evidence.parse(e).source).toEqual({ url: 'https://app.datadoghq.com/logs', title: 'Log Explorer' });
    expect(e.id).toMatch(/^ev_[0-9a-f]{16}$/);
    expect(parseEvidence('ERROR boom', { capturedAt: CAPTURED }).id).toBe(e.id);
    expect(parseEvidence('ERROR boom!', { capturedAt: CAPTURED }).id).not.toBe(e.id);
  });
});
