import { describe, expect, it } from 'vitest';
import { readChangelog, transitionsOf } from '../../../../lib/sites/jira/api-changelog';
import { JiraHistory, JsmSla, parseWith } from '../../../../lib/sites/jira/api-schema';
import { authorRole, jiraTime, slaMetric } from '../../../../lib/sites/jira/api-values';

const at = (iso: string) => ({ iso8601: iso.replace('Z', '+0000'), jira: iso, friendly: 'x', epochMillis: Date.parse(iso) });
const ms = (minutes: number) => ({ millis: minutes * 60_000, friendly: `${minutes}m` });
function sla(json: unknown) {
  const r = parseWith(JsmSla, json);
  if (!r.ok) throw new Error(r.message);
  return slaMetric(r.data, '2026-11-27T12:00:00Z');
}
const cycle = (breached: boolean, start: string, stop: string, breach: string) => ({ startTime: at(start), stopTime: at(stop), breachTime: at(breach), breached, goalDuration: ms(60), elapsedTime: ms(30), remainingTime: ms(30) });

describe('slaMetric (JSM SLA -> snapshot)', () => {
  it('a breached ongoing cycle is breached, with its breach time and minutes', () => {
    expect(sla({ name: 'Time to first response', ongoingCycle: { startTime: at('2026-11-27T08:00:00Z'), breachTime: at('2026-11-27T09:00:00Z'), breached: true, paused: false, goalDuration: ms(60), elapsedTime: ms(240), remainingTime: ms(-180) }, completedCycles: [] }))
      .toEqual({ policy: null, metric: 'Time to first response', stage: 'breached', breachAt: '2026-11-27T09:00:00.000Z', goalMinutes: 60, elapsedMinutes: 240, remainingMinutes: -180, completedCycles: [] });
  });
  it('a paused ongoing cycle is paused', () => {
    expect(sla({ name: 'TTR', ongoingCycle: { startTime: at('2026-11-27T08:00:00Z'), breachTime: at('2026-11-28T08:00:00Z'), breached: false, paused: true, goalDuration: ms(1440), elapsedTime: ms(10), remainingTime: ms(1430) } }).stage).toBe('paused');
  });
  it('an ongoing cycle past its breach time at capture is breached even before Jira flags it', () => {
    expect(sla({ name: 'TTR', ongoingCycle: { breachTime: at('2026-11-27T11:59:00Z'), breached: false, paused: false } }).stage).toBe('breached');
    expect(sla({ name: 'TTR', ongoingCycle: { breachTime: at('2026-11-27T12:30:00Z'), breached: false, paused: false } }).stage).toBe('active');
  });
  it('without an ongoing cycle, the last completed cycle says achieved or breached; every cycle is kept', () => {
    const ok = sla({ name: 'TTR', completedCycles: [cycle(true, '2026-11-01T08:00:00Z', '2026-11-01T10:00:00Z', '2026-11-01T09:00:00Z'), cycle(false, '2026-11-02T08:00:00Z', '2026-11-02T08:30:00Z', '2026-11-02T09:00:00Z')] });
    expect(ok.stage).toBe('achieved');
    expect(ok.completedCycles).toEqual([
      { breached: true, startedAt: '2026-11-01T08:00:00.000Z', stoppedAt: '2026-11-01T10:00:00.000Z', breachAt: '2026-11-01T09:00:00.000Z' },
      { breached: false, startedAt: '2026-11-02T08:00:00.000Z', stoppedAt: '2026-11-02T08:30:00.000Z', breachAt: '2026-11-02T09:00:00.000Z' },
    ]);
    expect(sla({ name: 'TTR', completedCycles: [cycle(true, '2026-11-01T08:00:00Z', '2026-11-01T10:00:00Z', '2026-11-01T09:00:00Z')] }).stage).toBe('breached');
    expect(sla({ name: 'No goal', completedCycles: [] }).stage).toBe('unknown');
  });
});

describe('changelog -> transitions', () => {
  const history = (json: unknown) => {
    const r = parseWith(JiraHistory, json);
    if (!r.ok) throw new Error(r.message);
    return r.data;
  };
  it('keeps status, priority and assignee changes only, oldest first, from Cloud and Data Center items', () => {
    const hs = [
      history({ id: '2', created: '2026-11-02T10:00:00.000+0100', items: [{ field: 'status', fieldtype: 'jira', from: '1', fromString: 'Open', to: '3', toString: 'In Progress' }, { field: 'resolution', fieldtype: 'jira', fromString: null, toString: 'Done' }] }),
      history({ id: '1', created: '2026-11-01T10:00:00.000+0000', items: [{ field: 'assignee', fieldtype: 'jira', fieldId: 'assignee', from: 'a', fromString: 'Ann', to: null, toString: null }, { field: 'Priority', fieldtype: 'jira', fromString: 'Low', toString: 'High' }] }),
    ];
    expect(transitionsOf(hs)).toEqual([
      { field: 'assignee', from: 'Ann', to: null, at: '2026-11-01T10:00:00.000Z' },
      { field: 'priority', from: 'Low', to: 'High', at: '2026-11-01T10:00:00.000Z' },
      { field: 'status', from: 'Open', to: 'In Progress', at: '2026-11-02T09:00:00.000Z' },
    ]);
  });
  it('does not read "toString" from the prototype when an item lacks it', () => {
    expect(transitionsOf([history({ created: '2026-11-01T10:00:00Z', items: [{ field: 'status', fromString: 'Open' }] })])[0]?.to).toBeNull();
  });
  it('keeps each change set once when pages overlap', () => {
    const page = (startAt: number, isLast: boolean, ids: string[]) => ({ startAt, maxResults: 2, total: 3, isLast, values: ids.map((id) => ({ id, created: `2026-11-0${id}T10:00:00Z`, items: [{ field: 'status', fromString: 'a', toString: `s${id}` }] })) });
    const r = readChangelog([page(0, false, ['1', '2']), page(1, true, ['2', '3'])]);
    expect(r.transitions.map((t) => t.to)).toEqual(['s1', 's2', 's3']);
    expect(r.complete).toBe(true);
  });
});

describe('small conversions', () => {
  it('jiraTime turns Jira offsets into UTC and refuses anything vague', () => {
    expect(jiraTime('2020-12-03T14:05:20.974+0100')).toBe('2020-12-03T13:05:20.974Z');
    expect(jiraTime('2026-11-27T09:00:00Z')).toBe('2026-11-27T09:00:00.000Z');
    expect(jiraTime('2026-11-27T09:00:00+05:30')).toBe('2026-11-27T03:30:00.000Z');
    for (const bad of ['2026-11-27T09:00:00', 'yesterday', 1, null, undefined, '2026-13-45T99:00:00Z']) expect(jiraTime(bad)).toBeNull();
  });
  it('authorRole: the requester and portal customers are end-users, apps are the system', () => {
    expect(authorRole({ accountId: 'r1' }, 'r1')).toBe('end-user');
    expect(authorRole({ accountId: 'qm:abc' }, 'r1')).toBe('end-user');
    expect(authorRole({ accountId: 'x', accountType: 'customer' }, 'r1')).toBe('end-user');
    expect(authorRole({ accountId: 'bot', accountType: 'app', displayName: 'Automation for Jira' }, 'r1')).toBe('system');
    expect(authorRole({ accountId: 'a2', accountType: 'atlassian' }, 'r1')).toBe('agent');
    expect(authorRole({ name: 'jdoe', key: 'JIRAUSER1' }, 'JIRAUSER1')).toBe('end-user');
    expect(authorRole(null, 'r1')).toBe('system');
  });
});
