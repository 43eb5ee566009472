import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvidence } from '@/lib/evidence';
import { buildPackage, completeness } from '@/lib/escalation';
import { EscalationPackage } from '@/lib/schema/escalation';
import { TicketSnapshot } from '@/lib/schema/ticket';
import { snapshot } from '../snapshot-factory';

const FIX = path.resolve(__dirname, '../../fixtures');
const ticket = TicketSnapshot.parse(JSON.parse(readFileSync(`${FIX}/escalation/snapshot-5120.json`, 'utf8')));
const log = (name: string, title = name) =>
  parseEvidence(readFileSync(`${FIX}/logs/${name}`, 'utf8'), { capturedAt: '2026-11-24T17:25:00Z', sourceTitle: title, sourceUrl: `https://app.example.com/${name}` });

describe('buildPackage from a ticket and its evidence', () => {
  const sentry = log('sentry-event.json', 'Sentry: TypeError');
  const pkg = buildPackage(ticket, [sentry]);

  it('is a valid package about the ticket', () => {
    expect(EscalationPackage.parse(pkg).ticket).toEqual({
      site: 'zendesk', host: 'acme-support.zendesk.com', ticketId: '5120', url: 'https://acme-support.zendesk.com/agent/tickets/5120',
      subject: 'Shipping labels fail to print for all stores since today', status: 'open', priority: 'high',
      requester: 'Dana Whitfield', organization: 'Northwind Outfitters', tier: 'enterprise',
    });
    expect(pkg.summary).toBe('Shipping labels fail to print for all stores since today');
  });

  it('prefills expected, actual and steps from the customer\'s description', () => {
    expect(pkg.expected).toBe('the label PDF opens in a new tab, as it did until yesterday.');
    expect(pkg.actual).toMatch(/^nothing happens and the browser console shows "TypeError/);
    expect(pkg.steps).toEqual(['Log in to the admin as a store manager', 'Open any paid order, e.g. order 88123', 'Click "Print label"']);
  });

  it('reads impact from the ticket\'s words and organisation', () => {
    expect(pkg.impact.affectedUsers).toBe('all stores');
    expect(pkg.impact.affectedOrgs).toBe('Northwind Outfitters');
    expect(pkg.impact.business).toMatch(/orders are piling up unshipped/);
  });

  it('finds the environment in comments, user agents and evidence', () => {
    expect(pkg.environment.browsers).toEqual(['Chrome 131', 'Safari 17']);
    expect(pkg.environment.os).toEqual(['Windows 11', 'Windows 10']);
    expect(pkg.environment.appVersions).toEqual(['3.18.2', 'shop-admin@3.18.2']);
    expect(pkg.environment.userAgents).toEqual([
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    ]);
  });

  it('summarises each evidence with the exception and ids an engineer would search for', () => {
    expect(pkg.evidence).toHaveLength(1);
    expect(pkg.evidence[0]).toMatchObject({ id: sentry.id, source: { title: 'Sentry: TypeError' } });
    expect(pkg.evidence[0]?.highlights).toContain('sentry-event f4c3a1b29d8e4e7fa06b5c2d1e0f9a8b');
    expect(pkg.evidence[0]?.highlights[0]).toMatch(/^TypeError: .* at buildShippingLabel \(app:\/\/\/assets\/orders-shipping\.19bd\.js:1\)$/);
    expect(pkg.evidence[0]?.excerpt.split('\n')[1]).toBe('    at buildShippingLabel (app:///assets/orders-shipping.19bd.js:1)');
  });

  it('merges comments, ticket changes and evidence times into one UTC timeline', () => {
    const at = pkg.timeline.map((t) => t.at);
    expect(at).toEqual([...at].sort());
    expect(pkg.timeline[0]).toMatchObject({ at: '2026-11-24T16:04:11.412Z', source: 'evidence', ref: sentry.id });
    expect(pkg.timeline.filter((t) => t.source === 'comment')).toHaveLength(4);
    expect(pkg.timeline.map((t) => t.text)).toContain('priority changed from normal to high');
    expect(pkg.timeline.every((t) => t.at.endsWith('Z'))).toBe(true);
  });

  it('applies the specialist\'s draft over the prefill', () => {
    const edited = buildPackage(ticket, [sentry], {
      expected: 'Label prints', steps: [], severityOverride: 'SEV1', jiraIssueKey: 'OPS-812',
      kbArticles: [{ title: 'Label printing troubleshooting', url: 'https://help.example.com/a/77' }],
    });
    expect(edited.expected).toBe('Label prints');
    expect(edited.steps).toEqual([]);
    expect(edited.severity).toMatchObject({ recommended: 'SEV2', override: 'SEV1' });
    expect(edited.jiraIssueKey).toBe('OPS-812');
    expect(completeness(edited).missing).toEqual(['steps to reproduce']);
  });

  it('is the same package when built twice', () => {
    expect(buildPackage(ticket, [sentry])).toEqual(pkg);
  });

  it('builds from an empty snapshot without inventing anything', () => {
    const bare = buildPackage(snapshot(), []);
    expect(bare).toMatchObject({ summary: 'Ticket 7', expected: '', actual: '', steps: [], impact: {}, evidence: [], timeline: [] });
    expect(bare.environment).toEqual({ browsers: [], os: [], appVersions: [], userAgents: [] });
  });
});
