import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Evidence } from '../../../lib/schema/evidence';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin/deskside.mjs');
const LOGS = 'test/fixtures/logs';

/** Runs the real launcher, as a user would, from the repository root. */
function deskside(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000, input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('deskside evidence', { timeout: 60_000 }, () => {
  it('prints the redacted, parsed evidence of a file as JSON', () => {
    const r = deskside(['evidence', `${LOGS}/json-logs.ndjson`, '--captured-at', '2026-11-27T02:00:00Z', '--source-url', 'https://app.datadoghq.com/logs']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const e = Evidence.parse(JSON.parse(r.stdout));
    expect(Object.keys(e)).toEqual(expect.arrayContaining(['timestamps', 'ids', 'http', 'errors', 'stackTraces', 'levels', 'redactions']));
    expect(e.timestamps).toHaveLength(6);
    expect(e.ids).toHaveLength(8);
    expect(e.source).toEqual({ url: 'https://app.datadoghq.com/logs', title: `${LOGS}/json-logs.ndjson` });
  });

  it('reads standard input with -, and never prints the secrets it removed', () => {
    const input = readFileSync(path.join(ROOT, LOGS, 'secrets.log'), 'utf8');
    const r = deskside(['evidence', '-', '--captured-at', '2026-11-27T02:00:00Z'], input);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('hunter2');
    expect(r.stdout).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(JSON.parse(r.stdout).redactions).toMatchObject({ 'url-password': 1, 'cloud-key': 1, email: 1 });
  });

  it('places zone-less times in --assume-zone', () => {
    const r = deskside(['evidence', '-', '--captured-at', '2026-11-27T02:00:00Z', '--assume-zone', 'Asia/Kolkata'], '2026-11-27 07:42:14 ERROR x\n');
    expect(JSON.parse(r.stdout).timestamps[0]).toMatchObject({ utc: '2026-11-27T02:12:14.000Z', format: 'iso8601 (no zone; assumed Asia/Kolkata)' });
  });

  it.each([
    [['evidence', 'no/such.log'], 'deskside: no/such.log cannot be read: no such file\n'],
    [['evidence', LOGS], `deskside: ${LOGS} cannot be read: it is a directory\n`],
    [['evidence'], 'deskside: give exactly one FILE, or - for standard input\n'],
    [['evidence', `${LOGS}/nginx-access.log`, '--captured-at', 'yesterday'], /--captured-at must be an ISO 8601 time with a zone/],
    [['evidence', `${LOGS}/nginx-access.log`, '--assume-zone', 'Mars/Base'], /--assume-zone must be UTC, an offset/],
    [['evidence', `${LOGS}/nginx-access.log`, '--frobnicate'], /Unknown option '--frobnicate'/],
  ])('exits 2 with a clear message: %j', (args, message) => {
    const r = deskside(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    if (typeof message === 'string') expect(r.stderr).toBe(message);
    else expect(r.stderr).toMatch(message);
  });
});
