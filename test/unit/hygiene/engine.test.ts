import { describe, expect, it } from 'vitest';
import { hygieneScore, runHygiene } from '@/lib/hygiene/engine';
import { RULE_IDS, SEVERITY_WEIGHTS } from '@/lib/hygiene/ids';
import { RULES } from '@/lib/hygiene/rules';
import { statusCategory } from '@/lib/hygiene/status';
import type { Finding } from '@/lib/hygiene/types';
import { DEFAULT_HYGIENE_SETTINGS } from '@/lib/schema/hygiene';
import { ticketKey } from '@/lib/schema';
import { ago, customer, jira, NOW, settings, zendesk } from './helpers';

const f = (rule: Finding['rule'], severity: Finding['severity']): Finding => ({ rule, severity, message: '', evidence: { field: 'x' }, fix: '' });

describe('the rule table', () => {
  it('holds exactly the 14 rule ids of the issue, each under its own id', () => {
    expect(Object.keys(RULES).sort()).toEqual([...RULE_IDS].sort());
    expect(RULE_IDS).toHaveLength(14);
    for (const id of RULE_IDS) expect(RULES[id].id).toBe(id);
  });
});

describe('score', () => {
  it('is 100 for a clean ticket and drops by the weight of each failing rule', () => {
    expect(runHygiene(zendesk(), DEFAULT_HYGIENE_SETTINGS, { now: NOW }).score).toBe(100);
    expect(SEVERITY_WEIGHTS).toEqual({ error: 25, warning: 10, info: 3 });
    expect(hygieneScore([f('missing-type', 'warning'), f('missing-tags', 'info'), f('pii-in-public', 'error')])).toBe(62);
  });
  it('counts a rule once at its worst severity and never goes below 0', () => {
    expect(hygieneScore([f('pii-in-public', 'error'), f('pii-in-public', 'error'), f('sla-at-risk', 'warning'), f('sla-at-risk', 'error')])).toBe(50);
    expect(hygieneScore(RULE_IDS.map((id) => f(id, 'error')))).toBe(0);
  });
  it('scores a real failing ticket: no type (warning) and no tags (info)', () => {
    const r = runHygiene(zendesk({ type: null, tags: [] }), DEFAULT_HYGIENE_SETTINGS, { now: NOW });
    expect(r.score).toBe(87);
    expect(r.findings.map((x) => x.rule)).toEqual(['missing-type', 'missing-tags']);
  });
});

describe('settings in the engine', () => {
  const bad = zendesk({ type: null, tags: [] });
  it('skips a disabled rule and applies a severity override', () => {
    const s = settings({ rules: { 'missing-type': { enabled: false }, 'missing-tags': { severity: 'error' } } });
    const r = runHygiene(bad, s, { now: NOW });
    expect(r.findings.map((x) => [x.rule, x.severity])).toEqual([['missing-tags', 'error']]);
    expect(r.score).toBe(75);
  });
  it('remembers rules ignored for one ticket only', () => {
    const s = settings({ ignored: { [ticketKey(bad)]: ['missing-type'] } });
    expect(runHygiene(bad, s, { now: NOW }).findings.map((x) => x.rule)).toEqual(['missing-tags']);
    expect(runHygiene({ ...bad, ticketId: '102' }, s, { now: NOW }).findings.map((x) => x.rule)).toContain('missing-type');
  });
  it('runs a rule only on the statuses it declares', () => {
    const solvedUnassigned = zendesk({ status: 'solved', assignee: null, tags: ['resolution_x'], comments: [customer('thanks, works', 50)] });
    expect(runHygiene(solvedUnassigned, DEFAULT_HYGIENE_SETTINGS, { now: NOW }).findings.map((x) => x.rule)).toEqual(['no-internal-note']);
  });
  it('reports a rule that throws instead of hiding it, and still runs the others', () => {
    const broken = { ...zendesk({ type: null }), sla: [{ policy: null, metric: 'x', stage: 'active', breachAt: ago(-5) }] } as ReturnType<typeof zendesk>;
    Object.defineProperty(broken, 'sla', { get: () => { throw new Error('boom'); } });
    const r = runHygiene(broken, DEFAULT_HYGIENE_SETTINGS, { now: NOW });
    expect(r.errors).toEqual([{ rule: 'sla-at-risk', message: 'boom' }]);
    expect(r.findings.map((x) => x.rule)).toContain('missing-type');
  });
});

describe('status categories', () => {
  it('maps Zendesk and Jira/JSM status names to open, pending, solved, closed', () => {
    const cases: [string, string][] = [
      ['new', 'open'], ['open', 'open'], ['pending', 'pending'], ['hold', 'pending'], ['solved', 'solved'], ['closed', 'closed'],
      ['To Do', 'open'], ['In Progress', 'open'], ['Waiting for customer', 'pending'], ['Waiting for support', 'open'],
      ['Done', 'solved'], ['Resolved', 'solved'], ['Closed', 'closed'], ["Won't Do", 'closed'], ['Escalated', 'open'],
      ['Awaiting vendor reply', 'pending'], ['QA complete', 'solved'], ['Triage', 'open'],
    ];
    for (const [name, cat] of cases) expect([name, statusCategory(name)]).toEqual([name, cat]);
    expect(statusCategory(null)).toBeNull();
  });
  it('lets Jira rules follow the workflow: pending Jira issues are not stale', () => {
    const t = jira({ priority: 'Highest', status: 'Waiting for customer', comments: [customer('x', 500)] });
    expect(runHygiene(t, DEFAULT_HYGIENE_SETTINGS, { now: NOW }).findings.map((x) => x.rule)).not.toContain('stale-update');
  });
});
