import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Notices } from '@/components/Notices';
import { TicketCard } from '@/components/TicketCard';
import { snapshot } from '../snapshot-factory';

const now = new Date('2026-11-27T12:50:00Z');

describe('TicketCard', () => {
  const ticket = snapshot({
    subject: 'Webhooks stopped firing',
    status: 'pending',
    priority: 'urgent',
    requester: { id: '1', name: 'Priya Raman', organization: 'Brightline Foods' },
    tags: ['webhooks', 'api'],
    sla: [{ policy: null, metric: 'next_reply_time', stage: 'active', breachAt: '2026-11-27T15:00:00Z' }],
    metrics: { firstReplyMinutes: { calendar: 42, business: 42 }, fullResolutionMinutes: null, reopens: 1, replies: 3, solvedAt: null },
    commentCount: 7,
    sources: ['api', 'dom'],
    fieldSources: { subject: 'dom', status: 'dom', priority: 'api', sla: 'api', metrics: 'api' },
  });

  it('shows what a specialist checks before replying, with where each value came from', () => {
    const html = renderToStaticMarkup(<TicketCard ticket={ticket} now={now} />);
    expect(html).toContain('Webhooks stopped firing');
    // Name and organization each isolated, so a direction control in one cannot reorder the other.
    expect(html).toContain('<bdi>Priya Raman</bdi> (<bdi>Brightline Foods</bdi>)');
    expect(html).toContain('Next reply time breaches in 2 h 10 min');
    expect(html).toContain('42 min');
    expect(html).toContain('1 / 3');
    expect(html).toMatch(/data-testid="field-status".*?data-source="dom"/);
    expect(html).toMatch(/data-testid="field-priority".*?data-source="api"/);
    expect(html).toMatch(/data-testid="field-assignee".*?not set/);
  });

  it('renders hostile names as text, each in its own bidi isolate', () => {
    const hostile = { ...ticket, subject: '<img src=x onerror=alert(1)>', requester: { id: '1', name: 'Refund \u202E', organization: '<script>alert(1)</script>' } };
    const html = renderToStaticMarkup(<TicketCard ticket={hostile} now={now} />);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<bdi>Refund \u202E</bdi> (<bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi>)');
    expect(html).not.toMatch(/<img|<script/);
  });

  it('shows a breached SLA as breached', () => {
    const late = { ...ticket, sla: [{ ...ticket.sla[0]!, breachAt: '2026-11-27T12:30:00Z' }] };
    expect(renderToStaticMarkup(<TicketCard ticket={late} now={now} />)).toContain('Next reply time breached 20 min ago');
  });

  it('shows a Jira service request with its request type, a breached and a paused SLA', () => {
    const jsm = {
      ...ticket,
      site: 'jira' as const,
      ticketId: 'HELP-7',
      requestType: 'Report a system problem',
      sla: [
        { policy: null, metric: 'Time to first response', stage: 'breached' as const, breachAt: '2026-11-27T12:00:00Z' },
        { policy: null, metric: 'Time to resolution', stage: 'paused' as const, breachAt: null },
      ],
    };
    const html = renderToStaticMarkup(<TicketCard ticket={jsm} now={now} />);
    expect(html).toContain('>HELP-7<');
    expect(html).toContain('Report a system problem');
    expect(html).toContain('Time to first response breached 50 min ago');
    expect(html).toContain('Time to resolution paused');
    expect(html).toContain('Reporter');
  });

  it('renders ticket text as text, never as markup', () => {
    const hostile = { ...ticket, subject: '<img src=x onerror=alert(1)>', tags: ['<script>alert(1)</script>'] };
    const html = renderToStaticMarkup(<TicketCard ticket={hostile} now={now} />);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('Notices', () => {
  it('lists what could not be read', () => {
    const html = renderToStaticMarkup(
      <Notices notices={[{ source: 'api', part: 'metrics', message: 'Zendesk API answered 403 for the ticket metrics' }]} />,
    );
    expect(html).toContain("Couldn&#x27;t read everything");
    expect(html).toContain('403 for the ticket metrics');
  });
});
