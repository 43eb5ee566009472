// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isJiraCloudHost, isJiraPage, jiraIssueKeyFromUrl, jiraViewFromUrl } from '../../../../lib/sites/jira/urls';

describe('jiraViewFromUrl', () => {
  it.each([
    ['https://acme.atlassian.net/browse/SUP-101', 'issue', 'SUP-101'],
    ['https://acme.atlassian.net/browse/SUP-101?focusedCommentId=10205', 'issue', 'SUP-101'],
    ['https://acme.atlassian.net/browse/sup-101', 'issue', 'SUP-101'],
    ['https://acme.atlassian.net/browse/AB_2-7/', 'issue', 'AB_2-7'],
    ['https://acme.atlassian.net/jira/software/projects/SUP/boards/1?selectedIssue=SUP-102', 'side-panel', 'SUP-102'],
    ['https://acme.atlassian.net/jira/software/c/projects/SUP/boards/1/backlog?selectedIssue=SUP-7&issueLimit=100', 'side-panel', 'SUP-7'],
    ['https://acme.atlassian.net/jira/software/projects/SUP/list?selectedIssue=SUP-9', 'side-panel', 'SUP-9'],
    ['https://acme.atlassian.net/jira/core/projects/OPS/board?selectedIssue=OPS-3', 'side-panel', 'OPS-3'],
    ['https://acme.atlassian.net/jira/servicedesk/projects/HELP/queues/custom/1/HELP-7', 'queue', 'HELP-7'],
    ['https://acme.atlassian.net/jira/servicedesk/projects/HELP/queues/issue/HELP-7', 'queue', 'HELP-7'],
    ['https://acme.atlassian.net/servicedesk/customer/portal/2/HELP-7', 'portal', 'HELP-7'],
    // Data Center on a company domain, under a context path.
    ['https://jira.corp.example/jira/browse/OPS-12', 'issue', 'OPS-12'],
    ['http://jira.corp.example/browse/OPS-12', 'issue', 'OPS-12'],
    ['https://jira.corp.example/servicedesk/customer/portal/4/IT-88', 'portal', 'IT-88'],
  ])('%s is a %s view of %s', (url, kind, key) => {
    expect(jiraViewFromUrl(url)).toEqual({ kind, key });
    expect(jiraIssueKeyFromUrl(url)).toBe(key);
  });

  it.each([
    'https://acme.atlassian.net/jira/software/projects/SUP/boards/1',
    'https://acme.atlassian.net/jira/software/projects/SUP/boards/1?selectedIssue=',
    'https://acme.atlassian.net/jira/software/projects/SUP/boards/1?selectedIssue=not-a-key',
    'https://acme.atlassian.net/browse/SUP',
    'https://acme.atlassian.net/browse/SUP-0',
    'https://acme.atlassian.net/browse/101-SUP',
    'https://acme.atlassian.net/jira/servicedesk/projects/HELP/queues/custom/1',
    'https://acme.atlassian.net/servicedesk/customer/portal/2',
    'https://acme.atlassian.net/servicedesk/customer/portal/2/create/12',
    'https://acme.atlassian.net/wiki/spaces/OPS/pages/1?selectedIssue=SUP-1',
    'https://acme.atlassian.net/jira/your-work',
    'http://acme.atlassian.net/browse/SUP-101',
    'ftp://acme.atlassian.net/browse/SUP-101',
    'not a url',
    '',
  ])('%s shows no issue', (url) => {
    expect(jiraViewFromUrl(url)).toBeNull();
  });
});

describe('isJiraCloudHost', () => {
  it('accepts site hosts only', () => {
    expect(isJiraCloudHost('acme.atlassian.net')).toBe(true);
    expect(isJiraCloudHost('ACME.atlassian.net')).toBe(true);
    expect(isJiraCloudHost('atlassian.net')).toBe(false);
    expect(isJiraCloudHost('acme.atlassian.net.evil.example')).toBe(false);
    expect(isJiraCloudHost('acme-atlassian.net')).toBe(false);
  });
});

describe('isJiraPage', () => {
  const page = (head: string, body = '') =>
    new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
  it('knows Jira by its page markers, so a custom domain works', () => {
    expect(isJiraPage(page('<meta name="application-name" content="JIRA">'))).toBe(true);
    expect(isJiraPage(page('<meta name="application-name" content="jira">'))).toBe(true);
    expect(isJiraPage(page('<meta name="ajs-context-path" content="/jira">'))).toBe(true);
    expect(isJiraPage(page('', '<div id="jira-frontend"></div>'))).toBe(true);
  });
  it('is not fooled by other applications', () => {
    expect(isJiraPage(page('<meta name="application-name" content="Confluence">'))).toBe(false);
    expect(isJiraPage(page('<title>JIRA</title>', '<p>JIRA</p>'))).toBe(false);
  });
});
