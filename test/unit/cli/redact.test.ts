import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin/deskside.mjs');
const SECRETS = 'test/fixtures/logs/secrets.log';

function deskside(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000, input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('deskside redact', { timeout: 60_000 }, () => {
  it('prints the redacted text on stdout and the counts per kind on stderr', () => {
    const r = deskside(['redact', SECRETS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('login ok for [REDACTED:email] (customer 4471)');
    expect(r.stdout).toContain('Authorization: [REDACTED:auth-header]');
    expect(r.stdout).not.toMatch(/hunter2|AKIAIOSFODNN7EXAMPLE|4111 1111/);
    // Everything else is left exactly as it was, line for line.
    expect(r.stdout.split('\n')).toHaveLength(readFileSync(path.join(ROOT, SECRETS), 'utf8').split('\n').length);
    expect(JSON.parse(r.stderr)).toEqual({ email: 1, phone: 1, card: 1, 'cloud-key': 1, 'auth-header': 1, cookie: 1, 'url-password': 1 });
  });

  it('reads standard input and can keep to some kinds', () => {
    const r = deskside(['redact', '-', '--kinds', 'email'], 'mail ana@example.org, key AKIAIOSFODNN7EXAMPLE\n');
    expect(r.stdout).toBe('mail [REDACTED:email], key AKIAIOSFODNN7EXAMPLE\n');
    expect(JSON.parse(r.stderr)).toEqual({ email: 1 });
  });

  it('prints {} on stderr when nothing was found', () => {
    const r = deskside(['redact', '-'], 'nothing to see\n');
    expect(r.stdout).toBe('nothing to see\n');
    expect(r.stderr).toBe('{}\n');
  });

  it.each([
    [['redact', 'missing.txt'], 'deskside: missing.txt cannot be read: no such file\n'],
    [['redact', '-', '--kinds', 'emails'], /--kinds: unknown kind "emails"/],
    [['redact', 'a.txt', 'b.txt'], 'deskside: give exactly one FILE, or - for standard input\n'],
  ])('exits 2 with a clear message: %j', (args, message) => {
    const r = deskside(args);
    expect(r.code).toBe(2);
    if (typeof message === 'string') expect(r.stderr).toBe(message);
    else expect(r.stderr).toMatch(message);
  });
});
