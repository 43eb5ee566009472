import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importExport } from '@/lib/hygiene/import';

const REAL = path.resolve(__dirname, '../../../../shared/realdata/api');
const real = (f: string): unknown => JSON.parse(readFileSync(path.join(REAL, f), 'utf8'));
const NOW = '2026-11-27T12:00:00.000Z';

describe('importExport', () => {
  it('reads a Zendesk ticket with its comments inlined as an array or as a page', () => {
    const { ticket } = real('zendesk/go-zendesk__ticket.json') as { ticket: Record<string, unknown> };
    const page = real('zendesk/go-zendesk__ticket_comments.json') as { comments: unknown[] };
    const asArray = importExport({ tickets: [{ ...ticket, comments: page.comments }] }, NOW).tickets[0]!.snapshot;
    const asPage = importExport({ tickets: [{ ...ticket, comments: page }] }, NOW).tickets[0]!.snapshot;
    expect(asArray.comments.map((c) => c.text)).toEqual(['Mail to create fixture ticket for testing', 'Mail to create fixture ticket for testing']);
    expect(asArray.comments[0]).toMatchObject({ authorRole: 'end-user', public: true });
    expect(asArray.host).toBe('d3v-terraform-provider.zendesk.com');
    // The real page says more comments follow, so the conversation is known to be partial.
    expect(asPage.commentCount).toBeNull();
    expect(asPage.comments).toHaveLength(2);
  });

  it('takes solved_at from an incremental export\'s metric_sets', () => {
    const { ticket } = real('zendesk/go-zendesk__ticket.json') as { ticket: Record<string, unknown> };
    const r = importExport({ tickets: [ticket], metric_sets: [{ ticket_id: 2, solved_at: '2019-06-05T01:13:24Z' }], end_of_stream: true }, NOW);
    expect(r.format).toBe('zendesk-tickets');
    expect(r.tickets[0]!.snapshot.resolvedAt).toBe('2019-06-05T01:13:24Z');
  });

  it('reads real Jira issues (v3 ADF, OpenAPI example) as one-issue searches', () => {
    const cli = importExport(real('jira/jira-cli__issue_v3_adf.json'), NOW);
    expect(cli.format).toBe('jira-search');
    expect(cli.tickets[0]).toMatchObject({ id: 'TEST-1', snapshot: { site: 'jira', status: 'To Do', priority: 'Medium', type: 'Bug', description: 'Test description' } });
    const example = importExport(real('jira/openapi__getIssue_v3.json'), NOW).tickets[0]!.snapshot;
    expect(example).toMatchObject({ ticketId: 'ED-1', host: 'your-domain.atlassian.net', description: 'Main order flow broken' });
    // The example's one comment is restricted to Administrators: an internal note.
    expect(example.comments[0]).toMatchObject({ public: false, authorRole: 'agent' });
  });

  it('reads JSM request type and SLA custom fields and the resolution from a search', () => {
    const json = JSON.parse(readFileSync(path.resolve(__dirname, '../../fixtures/hygiene/jira-search.json'), 'utf8')) as unknown;
    const byKey = new Map(importExport(json, NOW).tickets.map((t) => [t.id, t.snapshot]));
    expect(byKey.get('SUP-8')).toMatchObject({ requestType: 'Get IT help', sla: [{ metric: 'Time to first response', stage: 'active' }] });
    expect(byKey.get('SUP-11')!.customFields).toContainEqual({ id: 'resolution', label: 'Resolution', value: 'Done' });
  });
});
