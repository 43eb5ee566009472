import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AdfDoc } from '../../../lib/escalation/adf-schema';
import { EscalationPackage } from '../../../lib/schema/escalation';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin/deskside.mjs');
const SNAP = 'test/fixtures/escalation/snapshot-5120.json';
const LOGS = 'test/fixtures/logs';

function deskside(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000, input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('deskside escalate', { timeout: 60_000 }, () => {
  it('prints the package as Markdown with the completeness on stderr', () => {
    const r = deskside(['escalate', '--snapshot', SNAP, '--evidence', `${LOGS}/sentry-event.json`, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Shipping labels fail to print for all stores since today\n/);
    expect(r.stdout).toContain('## Evidence');
    expect(r.stdout).toContain('sentry-event f4c3a1b29d8e4e7fa06b5c2d1e0f9a8b');
    expect(r.stderr).toBe('completeness 5/5\n');
  });

  it('prints Jira wiki markup and valid ADF; several evidence files, one from stdin', () => {
    const jira = deskside(['escalate', '--snapshot', SNAP, '--format', 'jira']);
    expect(jira.stdout).toContain('h2. Steps to reproduce');
    expect(jira.stderr).toBe('completeness 4/5; missing: evidence\n');
    const adf = deskside(['escalate', '--snapshot', SNAP, '--evidence', `${LOGS}/java-stacktrace.log`, '--evidence', '-', '--format', 'adf'], 'ERROR x request_id=abc123456\n');
    expect(adf.code).toBe(0);
    expect(AdfDoc.safeParse(JSON.parse(adf.stdout)).success).toBe(true);
    const pkg = EscalationPackage.parse(JSON.parse(deskside(['escalate', '--snapshot', SNAP, '--evidence', '-', '--format', 'json'], 'ERROR x request_id=abc123456\n').stdout));
    expect(pkg.evidence[0]?.source.title).toBe('standard input');
  });

  it('names what a thin ticket is missing', () => {
    const r = deskside(['escalate', '--snapshot', 'test/fixtures/escalation/snapshot-sparse.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('**SEV4 (recommended)**');
    expect(r.stderr).toBe('completeness 1/5; missing: expected behaviour, actual behaviour, steps to reproduce, impact, environment, evidence, timeline\n');
  });

  it.each([
    [['escalate'], 'deskside: --snapshot SNAPSHOT.json is required\n'],
    [['escalate', '--snapshot', 'nope.json'], 'deskside: nope.json cannot be read: no such file\n'],
    [['escalate', '--snapshot', `${LOGS}/nginx-access.log`], /nginx-access\.log is not JSON/],
    [['escalate', '--snapshot', SNAP, '--evidence', 'gone.log'], 'deskside: gone.log cannot be read: no such file\n'],
    [['escalate', '--snapshot', SNAP, '--format', 'pdf'], 'deskside: --format must be one of md, jira, adf, json (got "pdf")\n'],
  ])('exits 2 with a clear message: %j', (args, message) => {
    const r = deskside(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    if (typeof message === 'string') expect(r.stderr).toBe(message);
    else expect(r.stderr).toMatch(message);
  });

  it('names the bad field of a file that is JSON but not a snapshot', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'deskside-esc-')), 'ticket.json');
    writeFileSync(file, JSON.stringify({ ticket: { id: 1 } }));
    const r = deskside(['escalate', '--snapshot', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ticket\.json is not a ticket snapshot \(as "deskside snapshot" prints\): site: /);
  });
});
