import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TicketSnapshot } from '../../../lib/schema/ticket';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin/deskside.mjs');
const FIX = 'test/fixtures/jira/api';
const REAL = path.resolve(ROOT, '../shared/realdata/api');

/** Runs the real launcher, as a user would, from the repository root. */
function deskside(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const jira = (...args: string[]) => deskside('snapshot', '--site', 'jira', ...args);
const parsed = (stdout: string) => TicketSnapshot.parse(JSON.parse(stdout));

function tempJson(name: string, value: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'deskside-cli-')), name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

describe('deskside snapshot --site jira', { timeout: 60_000 }, () => {
  it('prints SUP-101 from the v3 issue, both comment pages and both changelog pages', () => {
    const r = jira('--issue', `${FIX}/issue-SUP-101.json`, '--comments', `${FIX}/comments-SUP-101-page1.json`, '--comments', `${FIX}/comments-SUP-101-page2.json`,
      '--changelog', `${FIX}/changelog-SUP-101-page1.json`, '--changelog', `${FIX}/changelog-SUP-101-page2.json`, '--now', '2026-11-27T12:00:00Z');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const s = parsed(r.stdout);
    expect(s).toMatchObject({ site: 'jira', host: 'acme.atlassian.net', ticketId: 'SUP-101', url: 'https://acme.atlassian.net/browse/SUP-101', capturedAt: '2026-11-27T12:00:00Z', status: 'In Progress', commentCount: 5, sources: ['api'] });
    expect(s.transitions).toHaveLength(3);
    expect(r.stdout).toBe(`${JSON.stringify(s, null, 2)}\n`);
  });

  it('prints the v2 variant (wiki markup) the same way', () => {
    const r = jira('--issue', `${FIX}/issue-SUP-101.v2.json`, '--comments', `${FIX}/comments-SUP-101.v2.json`);
    expect(r.code).toBe(0);
    const s = parsed(r.stdout);
    expect(s.description).toContain('**502 Bad Gateway**');
    expect(s.comments.map((c) => c.public)).toEqual([true, true, false, true, true]);
  });

  it('prints a JSM request with its request type, SLAs and JSM comments', () => {
    const r = jira('--issue', `${FIX}/issue-HELP-7.json`, '--comments', `${FIX}/request-comments-HELP-7.json`, '--request', `${FIX}/request-HELP-7.json`,
      '--sla', `${FIX}/sla-HELP-7.json`, '--now', '2026-11-27T12:00:00Z');
    expect(r.stderr).toBe('');
    const s = parsed(r.stdout);
    expect(s.requestType).toBe('Report a system problem');
    expect(s.sla.map((m) => m.stage)).toEqual(['breached', 'paused']);
    expect(s.comments.map((c) => [c.authorRole, c.public])).toEqual([['end-user', true], ['agent', false], ['agent', true]]);
  });

  it('reads the real v3 payloads, warning where pages are missing', () => {
    const r = jira('--issue', `${REAL}/jira/openapi__getIssue_v3.json`, '--comments', `${REAL}/jira/openapi__getComments_v3.json`,
      '--changelog', `${REAL}/jira/openapi__getChangeLogs_v3.json`);
    expect(r.code).toBe(0);
    expect(parsed(r.stdout)).toMatchObject({ host: 'your-domain.atlassian.net', ticketId: 'ED-1', description: 'Main order flow broken', commentCount: 1 });
    expect(r.stderr).toBe('deskside: warning: the last changelog page says more pages follow; pass every page with --changelog.\n');
  });

  it('reads the real JSM payloads', () => {
    const r = jira('--issue', `${REAL}/jira/openapi__getIssue_v3.json`, '--request', `${REAL}/jsm/openapi__getCustomerRequestByIdOrKey.json`,
      '--comments', `${REAL}/jsm/openapi__getRequestComments.json`, '--sla', `${REAL}/jsm/openapi__getSlaInformation.json`);
    expect(r.code).toBe(0);
    const s = parsed(r.stdout);
    expect(s.sla).toHaveLength(3);
    expect(r.stderr).toMatch(/is request HELPDESK-1, but .* is issue ED-1; the snapshot mixes them/);
    expect(r.stderr).toMatch(/the last SLA page says more pages follow/);
  });

  it('reads an issue without a "self" URL, saying the host is unknown unless --host is given', () => {
    const r = jira('--issue', `${REAL}/jira/jira-cli__issue_v3_adf.json`);
    expect(r.code).toBe(0);
    expect(parsed(r.stdout)).toMatchObject({ host: 'jira.invalid', ticketId: 'TEST-1', subject: 'Bug summary' });
    expect(r.stderr).toMatch(/has no "self" URL, so the Jira host is unknown; using jira\.invalid\. Pass --host\./);
    const withHost = jira('--issue', `${REAL}/jira/jira-cli__issue_v3_adf.json`, '--host', 'jira.corp.example');
    expect(withHost.stderr).toBe('');
    expect(parsed(withHost.stdout).url).toBe('https://jira.corp.example/browse/TEST-1');
  });

  it('names the file and what is wrong with it, with exit code 2', () => {
    const zendesk = `${REAL}/zendesk/go-zendesk__ticket.json`;
    const random = tempJson('random.json', { hello: 'world' });
    const cases: [string[], string][] = [
      [['--issue', zendesk], `deskside: ${zendesk} is not a Jira issue response: key: missing (a Jira issue response has a top-level "key"); fields: missing (a Jira issue response has a "fields" object)\n`],
      [['--issue', random], `deskside: ${random} is not a Jira issue response: key: missing`],
      [['--issue', 'issue-x.json'], 'deskside: issue-x.json cannot be read: no such file\n'],
      [['--issue', 'test/fixtures/jira/issues.ts'], 'deskside: test/fixtures/jira/issues.ts is not JSON: '],
      [['--issue', `${FIX}/issue-SUP-101.json`, '--comments', `${FIX}/issue-SUP-101.json`], `deskside: ${FIX}/issue-SUP-101.json is not a Jira comments response: comments: missing`],
      [['--issue', `${FIX}/issue-SUP-101.json`, '--changelog', `${FIX}/comments-SUP-102.json`], `deskside: ${FIX}/comments-SUP-102.json is not a Jira changelog response: values: missing`],
      [['--issue', `${FIX}/issue-HELP-7.json`, '--request', `${FIX}/issue-HELP-7.json`], `deskside: ${FIX}/issue-HELP-7.json is not a JSM request response: issueKey: missing`],
      [['--issue', `${FIX}/issue-HELP-7.json`, '--sla', `${FIX}/request-comments-HELP-7.json`], `deskside: ${FIX}/request-comments-HELP-7.json is not a JSM SLA response: values.0.name:`],
      [['--issue', `${FIX}/issue-HELP-7.json`, '--comments', `${FIX}/sla-HELP-7.json`], `deskside: ${FIX}/sla-HELP-7.json is not a JSM request comments response: values.0.public: missing, expected boolean`],
    ];
    for (const [args, message] of cases) {
      const r = jira(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.startsWith(message), r.stderr).toBe(true);
    }
    const wrongKey = tempJson('issue-x.json', { key: 7, fields: {} });
    expect(jira('--issue', wrongKey).stderr).toBe(`deskside: ${wrongKey} is not a Jira issue response: key: expected string, received number\n`);
  });

  it.each([
    [[], /--issue ISSUE\.json is required/],
    [['--issue', `${FIX}/issue-SUP-101.json`, '--ticket', 'x.json'], /Unknown option '--ticket'/],
    [['--issue', `${FIX}/issue-SUP-101.json`, '--now', 'soon'], /--now must be an ISO 8601 time/],
    [['--issue', `${FIX}/issue-SUP-101.json`, '--host', 'https://x/'], /--host must be a host name/],
  ])('bad usage %j exits 2', (args, message) => {
    const r = jira(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('lists both sites in --help', () => {
    const r = deskside('snapshot', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--site zendesk --ticket TICKET\.json/);
    expect(r.stdout).toMatch(/--site jira --issue ISSUE\.json/);
    for (const o of ['--issue', '--comments', '--changelog', '--request', '--sla', '--ticket', '--metrics']) expect(r.stdout).toContain(o);
  });
});
