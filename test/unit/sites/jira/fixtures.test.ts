// @vitest-environment happy-dom
// The Jira fixtures stay what their README says: rendered from issues.ts, in the real payloads' shapes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJiraIssueView } from '../../../fixtures/jira/build-issue-view';
import { apiFixtures } from '../../../fixtures/jira/render-api';
import { pageFixtures } from '../../../fixtures/jira/render-pages';
import { fixture, real } from './api-files';
import { FIXTURES, read } from './pages';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => v as Json;
/** Keys of `realObj` missing from `ours` (ours may add documented extras). */
const missing = (realObj: unknown, ours: unknown) => Object.keys(obj(realObj)).filter((k) => !(k in obj(ours)));

describe('Jira fixtures', () => {
  it('are the rendered data (edit issues.ts and the renderers, then re-run them)', () => {
    for (const [name, html] of Object.entries(pageFixtures())) expect(readFileSync(path.join(FIXTURES, name), 'utf8'), name).toBe(html);
    for (const [name, json] of Object.entries(apiFixtures())) expect(fixture(name), name).toEqual(json);
  });

  it('follow the real platform payloads key for key (paging, comments, changelog)', () => {
    const comments = obj(real('jira/openapi__getComments_v3.json'));
    const page = obj(fixture('comments-SUP-101-page1.json'));
    expect(missing(comments, page)).toEqual([]);
    const realComment = (comments.comments as unknown[])[0];
    const restricted = (page.comments as Json[]).find((c) => c.id === '10203');
    expect(missing(realComment, restricted)).toEqual([]);
    const changes = obj(real('jira/openapi__getChangeLogs_v3.json'));
    const ours = obj(fixture('changelog-SUP-101-page1.json'));
    expect(missing(changes, ours)).toEqual([]);
    const realHistory = obj((changes.values as unknown[])[0]);
    const history = obj((ours.values as unknown[])[0]);
    expect(missing(realHistory, history)).toEqual([]);
    expect(missing((realHistory.items as unknown[])[0], (history.items as unknown[])[0])).toEqual([]);
    expect(missing(realHistory.author, history.author)).toEqual([]);
    // The last page says so, as Jira does: no nextPage, isLast true.
    expect(fixture('changelog-SUP-101-page2.json')).toMatchObject({ isLast: true, startAt: 2 });
    expect('nextPage' in obj(fixture('changelog-SUP-101-page2.json'))).toBe(false);
  });

  it('follow the real issue payloads (v3 ADF, v2 wiki markup)', () => {
    const trimmed = obj(obj(real('jira/jira-cli__issue_v3_adf.json')).fields);
    const fields = obj(obj(fixture('issue-SUP-101.json')).fields);
    expect(missing(trimmed, fields)).toEqual([]);
    expect(fields.resolution).toBeNull();
    expect(obj(fields.description).type).toBe('doc');
    expect(typeof obj(obj(fixture('issue-SUP-101.v2.json')).fields).description).toBe('string');
    expect(missing(obj(real('jira/openapi__getIssue_v3.json')), fixture('issue-SUP-101.json')).filter((k) => k !== 'fields')).toEqual([]);
  });

  it('follow the real JSM payloads key for key', () => {
    const request = obj(fixture('request-HELP-7.json'));
    const realRequest = obj(real('jsm/openapi__getCustomerRequestByIdOrKey.json'));
    expect(missing(realRequest, request)).toEqual([]);
    expect(missing(realRequest.currentStatus, request.currentStatus)).toEqual([]);
    expect(missing(realRequest.createdDate, request.createdDate)).toEqual([]);
    const realComments = obj(real('jsm/openapi__getRequestComments.json'));
    const comments = obj(fixture('request-comments-HELP-7.json'));
    expect(missing(realComments, comments)).toEqual([]);
    expect(missing((realComments.values as unknown[])[0], (comments.values as unknown[])[0])).toEqual([]);
    const realSla = obj(real('jsm/openapi__getSlaInformation.json'));
    const sla = obj(fixture('sla-HELP-7.json'));
    expect(missing(realSla, sla)).toEqual([]);
    const realMetric = obj((realSla.values as unknown[])[0]);
    const metric = obj((sla.values as unknown[])[1]);
    expect(missing(realMetric, metric)).toEqual([]);
    expect(missing((realMetric.completedCycles as unknown[])[0], (metric.completedCycles as unknown[])[0])).toEqual([]);
    expect(missing(realMetric.ongoingCycle, metric.ongoingCycle)).toEqual([]);
  });

  it('buildJiraIssueView makes a page the reader reads like the committed ones', () => {
    const doc = new DOMParser().parseFromString(buildJiraIssueView({ commentCount: 200 }), 'text/html');
    const s = read(doc, 'SUP-999', 'https://acme.atlassian.net/browse/SUP-999');
    expect(s.notices).toEqual([]);
    expect(s.comments).toHaveLength(200);
    expect(s.comments.filter((c) => !c.public)).toHaveLength(20);
    expect(s.comments[0]?.id).toBe('20000');
    expect(s.commentCount).toBe(200);
  });
});

describe('serveJira (the fake acme.atlassian.net)', () => {
  it('serves each page at its URL and the REST fixtures at their paths', async () => {
    const { serveJira } = await import('../../../fixtures/jira/serve');
    const at = (u: string) => serveJira(new URL(u, 'https://acme.atlassian.net'));
    expect(at('/browse/SUP-101').body).toBe(pageFixtures()['issue-view.html']);
    expect(at('/jira/software/projects/SUP/boards/1?selectedIssue=SUP-102').body).toBe(pageFixtures()['board.html']);
    expect(at('/jira/servicedesk/projects/HELP/queues/custom/1/HELP-7').body).toBe(pageFixtures()['queue.html']);
    expect(at('/servicedesk/customer/portal/2/HELP-7').body).toBe(pageFixtures()['portal.html']);
    expect(JSON.parse(at('/rest/api/3/issue/SUP-101/comment?startAt=3&maxResults=100').body)).toEqual(fixture('comments-SUP-101-page2.json'));
    expect(JSON.parse(at('/rest/api/3/issue/SUP-101/changelog?startAt=0').body)).toEqual(fixture('changelog-SUP-101-page1.json'));
    expect(JSON.parse(at('/rest/api/2/issue/SUP-101?expand=changelog').body)).toEqual(fixture('issue-SUP-101.v2.json'));
    expect(JSON.parse(at('/rest/servicedeskapi/request/HELP-7/sla').body)).toEqual(fixture('sla-HELP-7.json'));
    expect(at('/rest/api/3/issue/SUP-404').status).toBe(404);
    expect(at('/rest/api/2/issue/SUP-101/changelog').status).toBe(404);
  });
});
