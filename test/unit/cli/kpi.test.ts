import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin/deskside.mjs');
const FIX = 'test/fixtures/kpi';
const REAL = path.resolve(ROOT, '../shared/realdata/api/zendesk');
const NOW = ['--now', '2026-11-27T12:00:00Z'];

/** Runs the command in-process (fast); the launcher itself is run once below. */
async function kpi(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['kpi', ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function tempJson(value: unknown, raw?: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'deskside-kpi-')), 'export.json');
  writeFileSync(file, raw ?? JSON.stringify(value));
  return file;
}

describe('deskside kpi --json', { timeout: 60_000 }, () => {
  it('computes the hand-checked KPIs of a Zendesk tickets page joined with ticket_metrics', async () => {
    const r = await kpi('--tickets', `${FIX}/zendesk-tickets.json`, '--metrics', `${FIX}/zendesk-ticket-metrics.json`, ...NOW, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      tickets: 8,
      solved: 4,
      ttfr_median_min: 37.5, // calendar reply times 10, 30, 45, 90
      ttr_median_min: 2000, // full resolution 600, 2000, 4000; ticket 1007 has no metrics
      sla_compliance: 0.5, // achieved 1001, 1004; breached 1002, and 1005 active past its breach at --now
      fcr_rate: 1 / 3, // 1001 yes; 1002 escalated; 1003 reopened; 1007 unknown, left out
      reopen_rate: 1 / 3, // 1003 of 1001, 1002, 1003
      escalation_rate: 0.125, // 1002's escalated_l2 tag
      backlog: { lt1d: 1, d1to7: 2, gt7d: 1 }, // 1004 6 h; 1005 3 d, 1008 exactly 7 d; 1006 17 d
    });
  });

  it('uses business minutes with --business', async () => {
    const r = await kpi('--tickets', `${FIX}/zendesk-tickets.json`, '--metrics', `${FIX}/zendesk-ticket-metrics.json`, ...NOW, '--json', '--business');
    expect(JSON.parse(r.stdout)).toMatchObject({ ttfr_median_min: 32.5, ttr_median_min: 900 });
  });

  it('counts an incremental export once per ticket, without deleted tickets, with sideloaded metric_sets', async () => {
    const r = await kpi('--tickets', `${FIX}/zendesk-incremental.json`, ...NOW, '--json');
    expect(JSON.parse(r.stdout)).toEqual({
      tickets: 2, solved: 1, ttfr_median_min: 30, ttr_median_min: 600, sla_compliance: 1,
      fcr_rate: 1, reopen_rate: 0, escalation_rate: 0, backlog: { lt1d: 1, d1to7: 0, gt7d: 0 },
    });
  });

  it('computes the hand-checked KPIs of a Jira search with changelogs, JSM SLA fields and comments', async () => {
    const r = await kpi('--tickets', `${FIX}/jira-search.json`, ...NOW, '--json');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      tickets: 4,
      solved: 2, // SUP-1 Done, SUP-2 Resolved
      ttfr_median_min: 52.5, // SUP-1 45 from comments, SUP-2 60 from its JSM cycle
      ttr_median_min: 1545, // SUP-1 270 from resolutiondate, SUP-2 2820 from two JSM cycles
      sla_compliance: 2 / 3, // SUP-2: 1 met + 1 breached resolution cycle, first response met
      fcr_rate: 0.5, // SUP-2 has two replies and was reopened
      reopen_rate: 0.5, // SUP-2 Resolved -> Reopened
      escalation_rate: 0.5, // SUP-3 label, SUP-4 "Escalates" link
      backlog: { lt1d: 1, d1to7: 1, gt7d: 0 }, // SUP-3 created exactly one day before --now
    });
  });

  it('reads the real go-zendesk search result and single-ticket payloads', async () => {
    const search = await kpi('--tickets', `${REAL}/go-zendesk__search_ticket.json`, '--now', '2019-06-10T00:00:00Z', '--json');
    expect(search.code).toBe(0);
    expect(JSON.parse(search.stdout)).toEqual({
      tickets: 1, solved: 0, ttfr_median_min: null, ttr_median_min: null, sla_compliance: null,
      fcr_rate: null, reopen_rate: null, escalation_rate: 0, backlog: { lt1d: 0, d1to7: 1, gt7d: 0 },
    });
    const one = await kpi('--tickets', `${REAL}/go-zendesk__ticket.json`, '--now', '2019-06-10T00:00:00Z', '--json');
    expect(JSON.parse(one.stdout)).toMatchObject({ tickets: 1, solved: 1, ttr_median_min: null, backlog: { lt1d: 0, d1to7: 0, gt7d: 0 } });
  });

  it("reads Atlassian's real issue examples wrapped as a search result, odd fields and all", async () => {
    const real = (name: string): unknown => JSON.parse(readFileSync(path.join(REAL, '../jira', name), 'utf8'));
    const issue = real('openapi__getIssue_v3.json') as Record<string, unknown>;
    // The example's changelog page, as expand=changelog embeds it; its "updated" is epoch millis.
    issue.changelog = { histories: (real('openapi__getChangeLogs_v3.json') as { values: unknown[] }).values };
    const file = tempJson({ issues: [issue, real('jira-cli__issue_v3_adf.json')] });
    const r = await kpi('--tickets', file, '--now', '2023-09-01T00:00:00Z', '--json');
    expect(r.stderr).toBe('');
    // ED-1 has no status or creation time (open, age unknown); TEST-1 is "To Do" since 2020.
    expect(JSON.parse(r.stdout)).toMatchObject({ tickets: 2, solved: 0, escalation_rate: 0, backlog: { lt1d: 0, d1to7: 0, gt7d: 1 } });
  });

  it('runs through the real launcher, as a user would', () => {
    const r = spawnSync(process.execPath, [BIN, 'kpi', '--tickets', `${FIX}/jira-search.json`, ...NOW, '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ tickets: 4, solved: 2 });
  });
});

describe('deskside kpi, readable', () => {
  it("prints each metric with how it was computed and its definition; --help states every definition", async () => {
    const r = await kpi('--tickets', `${FIX}/jira-search.json`, ...NOW);
    expect(r.stdout).toMatch(/Time to first response\s+median 52\.5 min, p90 58\.5 min \(2 tickets\)\s+\[from the helpdesk for 1, computed for 1; calendar minutes\]/);
    expect(r.stdout).toMatch(/Reopen rate\s+50\.0 % \(1 of 2\)/);
    expect(r.stdout).toMatch(/Definitions:\n\s+Tickets touched:/);
    const help = await kpi('--help');
    expect(help.code).toBe(0);
    for (const key of ['ttfr_median_min', 'ttr_median_min', 'sla_compliance', 'fcr_rate', 'reopen_rate', 'escalation_rate', 'lt1d', 'd1to7', 'gt7d']) {
      expect(help.stdout).toContain(key);
    }
  });
});

describe('deskside kpi, bad input', () => {
  it('exits 2 naming the file and the problem', async () => {
    const cases: [string[], RegExp][] = [
      [[], /--tickets EXPORT\.json is required/],
      [['--tickets', 'nope.json'], /nope\.json cannot be read: no such file/],
      [['--tickets', tempJson(null, '{"tickets": [')], /export\.json is not JSON/],
      [['--tickets', tempJson({ users: [] })], /export\.json is neither a Zendesk tickets export .* nor a Jira search result/],
      [['--tickets', tempJson({ tickets: [{ id: '12', status: 'open' }] })], /export\.json: tickets\.0\.id: .*number/],
      [['--tickets', tempJson({ issues: [{ key: 'SUP-1', fields: { created: 'last week' } }] })], /export\.json: issues\.0\.fields\.created: expected an ISO 8601 time/],
      [['--tickets', `${FIX}/zendesk-tickets.json`, '--metrics', tempJson({ ticket_metrics: [{ id: 1 }] })], /export\.json: ticket_metrics\.0\.ticket_id/],
      [['--tickets', `${FIX}/zendesk-tickets.json`, '--now', 'yesterday'], /--now must be an ISO 8601 time/],
      [['--tickets', `${FIX}/zendesk-tickets.json`, '--window', '7d'], /Unknown option '--window'/],
    ];
    for (const [args, message] of cases) {
      const r = await kpi(...args);
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toMatch(message);
    }
  });
});
