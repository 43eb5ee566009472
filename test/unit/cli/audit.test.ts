import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../lib/hygiene/ids';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin/deskside.mjs');
const FIX = path.join(ROOT, 'test/fixtures/hygiene');
const REAL = path.resolve(ROOT, '../shared/realdata/api');
const NOW = '2026-11-27T12:00:00Z';

/** Runs the real launcher, as a user would. */
function deskside(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface AuditJson {
  tickets: { id: number | string; score: number; findings: { rule: string; severity: string; message: string }[] }[];
  summary: Record<string, number>;
}
const audit = (file: string, ...more: string[]): AuditJson => {
  const r = deskside('audit', file, '--json', '--now', NOW, ...more);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as AuditJson;
};
const rulesById = (out: AuditJson) =>
  Object.fromEntries(out.tickets.map((t) => [String(t.id), [...new Set(t.findings.map((f) => f.rule))].sort()]));
const temp = (name: string, text: string): string => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'deskside-audit-')), name);
  writeFileSync(file, text);
  return file;
};
const expected = (name: string) => JSON.parse(readFileSync(path.join(FIX, name), 'utf8')) as Record<string, string[]>;

describe('deskside audit', { timeout: 120_000 }, () => {
  it('finds exactly the labelled rules on each ticket of a Zendesk export with comments', () => {
    const out = audit(path.join(FIX, 'zendesk-tickets.json'));
    expect(rulesById(out)).toEqual(expected('zendesk-expected.json'));
    expect(Object.keys(out)).toEqual(['tickets', 'summary']);
    expect(Object.keys(out.tickets[0]!)).toEqual(['id', 'score', 'findings']);
    expect(Object.keys(out.tickets[0]!.findings[0] ?? { rule: 1, severity: 1, message: 1 })).toEqual(['rule', 'severity', 'message']);
    expect(typeof out.tickets[0]!.id).toBe('number');
    expect(out.summary['unassigned']).toBe(2);
    expect(out.summary['possible-duplicate']).toBe(2);
    expect(Object.keys(out.summary).sort()).toEqual([...RULE_IDS].sort());
  });

  it('finds exactly the labelled rules on a Jira search result (v3 ADF, v2 wiki, JSM fields)', () => {
    const out = audit(path.join(FIX, 'jira-search.json'));
    expect(rulesById(out)).toEqual(expected('jira-expected.json'));
    expect(out.tickets.find((t) => t.id === 'SUP-11')?.score).toBe(100);
  });

  it('reads an incremental export (latest entry wins, deleted skipped) and a search result', () => {
    expect(rulesById(audit(path.join(FIX, 'zendesk-incremental.json')))).toEqual({ '6001': [], '6002': ['missing-priority', 'missing-type'] });
    expect(rulesById(audit(path.join(FIX, 'zendesk-search.json')))).toEqual({ '7001': [], '7002': ['missing-priority', 'missing-type'] });
  });

  it('audits the real Zendesk search result and ticket payloads', () => {
    const search = audit(path.join(REAL, 'zendesk/go-zendesk__search_ticket.json'));
    // Ticket 4: urgent, new, no type, tags or assignee (a group only), untouched since 2019.
    expect(rulesById(search)).toEqual({ '4': ['missing-tags', 'missing-type', 'stale-update', 'unassigned'] });
    const real = JSON.parse(readFileSync(path.join(REAL, 'zendesk/go-zendesk__ticket.json'), 'utf8')) as { ticket: unknown };
    const page = temp('page.json', JSON.stringify({ tickets: [real.ticket], next_page: null }));
    // Ticket 2: solved, no type, priority, tags or resolution; no conversation in the export, so no comment rules.
    expect(rulesById(audit(page))).toEqual({ '2': ['missing-priority', 'missing-resolution', 'missing-tags', 'missing-type'] });
    expect(rulesById(audit(path.join(REAL, 'zendesk/go-zendesk__ticket.json')))).toEqual(rulesById(audit(page)));
  });

  it('prints a table per rule with counts and shares, and the worst tickets', () => {
    const r = deskside('audit', path.join(FIX, 'zendesk-tickets.json'), '--now', NOW);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Audited 19 tickets');
    expect(r.stdout).toMatch(/unassigned\s+warning\s+2\s+10\.5%/);
    expect(r.stdout).toMatch(/Worst 10 tickets:\n\s+5019\s+67 {2}Records disappeared/);
  });

  it('applies a settings file, and names the bad path of a wrong one', () => {
    const off = temp('s.json', JSON.stringify({ rules: { 'missing-type': { enabled: false }, unassigned: { severity: 'error' } } }));
    const out = audit(path.join(FIX, 'zendesk-tickets.json'), '--settings', off);
    expect(out.summary['missing-type']).toBeUndefined();
    expect(out.tickets.find((t) => t.id === 5005)?.findings).toEqual([expect.objectContaining({ rule: 'unassigned', severity: 'error' })]);
    const bad = temp('bad.json', JSON.stringify({ rules: { unassigned: { params: { afterMinutes: 'soon' } } } }));
    const r = deskside('audit', path.join(FIX, 'zendesk-tickets.json'), '--settings', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad} is not valid hygiene settings: rules.unassigned.params.afterMinutes`);
  });

  it('exits 2 naming the file and what is wrong', () => {
    const cases: [string, RegExp][] = [
      [path.join(FIX, 'missing.json'), /missing\.json cannot be read: no such file/],
      [temp('x.json', '{"tickets": ['), /x\.json is not JSON/],
      [temp('y.json', '{"foo": 1}'), /y\.json: expected a Zendesk tickets page.*top-level keys are foo/],
      [temp('z.json', '{"tickets": [{"id": "seven"}]}'), /z\.json: tickets\[0\]: id: expected a numeric ticket "id"/],
      [temp('w.json', '{"issues": [{"fields": {}}]}'), /w\.json: not a Jira search result: issues\.0\.key/],
      [temp('v.json', '{"tickets": [{"id": 7, "status": 3}]}'), /v\.json: tickets\[0\]: status: .*expected string, received number/],
      [temp('u.json', '{"tickets": [{"id": 7, "status": "open", "tags": "vip"}]}'), /u\.json: tickets\[0\] \(ticket 7\): ticket: ticket\.tags/],
    ];
    for (const [file, why] of cases) {
      const r = deskside('audit', file);
      expect([file, r.code]).toEqual([file, 2]);
      expect(r.stderr).toMatch(why);
    }
    expect(deskside('audit').code).toBe(2);
    expect(deskside('audit', path.join(FIX, 'zendesk-tickets.json'), '--now', 'yesterday').stderr).toContain('--now must be an ISO 8601 time');
  });
});
