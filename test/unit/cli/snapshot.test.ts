import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TicketSnapshot } from '../../../lib/schema/ticket';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin/deskside.mjs');
const FIX = 'test/fixtures/zendesk/api';
const REAL = path.resolve(ROOT, '../shared/realdata/api');

/** Runs the real launcher, as a user would, from the repository root. */
function deskside(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const snapshot4102 = (now: string) =>
  deskside('snapshot', '--site', 'zendesk', '--ticket', `${FIX}/ticket-4102.json`,
    '--comments', `${FIX}/comments-4102.json`, '--comments', `${FIX}/comments-4102-page2.json`,
    '--metrics', `${FIX}/metrics-4102.json`, '--now', now);

function tempJson(name: string, value: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'deskside-cli-')), name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

describe('deskside snapshot', { timeout: 60_000 }, () => {
  it('prints the stored snapshot of ticket 4102 from all its responses', () => {
    const r = snapshot4102('2026-11-27T12:00:00Z');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const s = TicketSnapshot.parse(JSON.parse(r.stdout));
    expect(s).toMatchObject({
      site: 'zendesk',
      host: 'acme-support.zendesk.com',
      ticketId: '4102',
      url: 'https://acme-support.zendesk.com/agent/tickets/4102',
      capturedAt: '2026-11-27T12:00:00Z',
      status: 'pending',
      priority: 'urgent',
      requester: { name: 'Priya Raman', organization: 'Brightline Foods' },
      assignee: { name: 'Alex Kim' },
      commentCount: 7,
      sources: ['api'],
    });
    expect(s.sla.map((m) => m.stage)).toEqual(['achieved', 'active']);
    expect(r.stdout).toBe(`${JSON.stringify(s, null, 2)}\n`);
  });

  it('judges SLA breaches at --now', () => {
    const s = TicketSnapshot.parse(JSON.parse(snapshot4102('2026-11-27T16:00:00Z').stdout));
    expect(s.sla[1]?.stage).toBe('breached');
  });

  it('reads the real Zendesk payloads and warns that comment pages are missing', () => {
    const r = deskside('snapshot', '--site', 'zendesk', '--ticket', `${REAL}/zendesk/go-zendesk__ticket.json`,
      '--comments', `${REAL}/zendesk/go-zendesk__ticket_comments.json`);
    expect(r.code).toBe(0);
    const s = TicketSnapshot.parse(JSON.parse(r.stdout));
    expect(s).toMatchObject({ host: 'd3v-terraform-provider.zendesk.com', ticketId: '2', priority: null, commentCount: null });
    expect(Math.abs(Date.parse(s.capturedAt) - Date.now())).toBeLessThan(60_000);
    expect(r.stderr).toMatch(/warning: the last comments page says more pages follow/);
  });

  it('lists the commands with --help; an unknown command exits 2', () => {
    const help = deskside('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: deskside <command>/);
    expect(help.stdout).toMatch(/^ {2}snapshot {2}/m);
    const bad = deskside('frobnicate');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('deskside: unknown command "frobnicate". Run "deskside --help" to see the commands.\n');
  });

  it.each([
    [['--site', 'freshdesk', '--ticket', `${FIX}/ticket-4101.json`], 'deskside: --site must be zendesk or jira (not "freshdesk")\n'],
    [['--ticket', `${FIX}/ticket-4101.json`], /--site must be zendesk or jira \(no --site was given\)/],
    [['--site', 'zendesk'], /--ticket TICKET\.json is required/],
    [['--site', 'zendesk', '--ticket', `${FIX}/ticket-4101.json`, '--now', 'tomorrow'], /--now must be an ISO 8601 time/],
    [['--site', 'zendesk', '--ticket', `${FIX}/ticket-4101.json`, '--verbose'], /Unknown option '--verbose'/],
  ])('bad usage %j exits 2', (args, message) => {
    const r = deskside('snapshot', ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('names the file and what is wrong with it', () => {
    const jira = `${REAL}/jira/openapi__getIssue_v3.json`;
    const cases: [string[], string][] = [
      [['--ticket', jira], `deskside: ${jira} is not a Zendesk ticket response: ticket: missing (a Zendesk ticket response has a top-level "ticket" object)\n`],
      [['--ticket', `${FIX}/README.md`], `deskside: ${FIX}/README.md is not JSON: `],
      [['--ticket', 'ticket-x.json'], 'deskside: ticket-x.json cannot be read: no such file\n'],
      [['--ticket', `${FIX}/ticket-4101.json`, '--comments', `${FIX}/ticket-4101.json`], `deskside: ${FIX}/ticket-4101.json is not a Zendesk comments response: comments: missing`],
      [['--ticket', `${FIX}/ticket-4101.json`, '--metrics', `${FIX}/comments-4101.json`], `deskside: ${FIX}/comments-4101.json is not a Zendesk ticket metrics response: ticket_metric: missing`],
    ];
    for (const [args, message] of cases) {
      const r = deskside('snapshot', '--site', 'zendesk', ...args);
      expect(r.code).toBe(2);
      expect(r.stderr.startsWith(message)).toBe(true);
    }
    const wrongId = tempJson('ticket-x.json', { ticket: { id: '4101', status: 'open' } });
    const r = deskside('snapshot', '--site', 'zendesk', '--ticket', wrongId);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`deskside: ${wrongId} is not a Zendesk ticket response: ticket.id: expected number, received string\n`);
  });
});
