import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvidence } from '@/lib/evidence';
import { AdfDoc, buildPackage, jiraCreateUrl, MAX_JIRA_URL, toAdf, toJiraWiki, toMarkdown } from '@/lib/escalation';
import { TicketSnapshot } from '@/lib/schema/ticket';

const FIX = path.resolve(__dirname, '../../fixtures');
const ticket = TicketSnapshot.parse(JSON.parse(readFileSync(`${FIX}/escalation/snapshot-5120.json`, 'utf8')));
const evidence = ['sentry-event.json', 'java-stacktrace.log'].map((f) =>
  parseEvidence(readFileSync(`${FIX}/logs/${f}`, 'utf8'), { capturedAt: '2026-11-24T17:25:00Z', sourceTitle: f, sourceUrl: `https://logs.example.com/${f}` }),
);
const pkg = buildPackage(ticket, evidence, { kbArticles: [{ title: 'Printing labels', url: 'https://help.example.com/a/77' }], jiraIssueKey: 'OPS-812' });
const SECTIONS = ['Expected behaviour', 'Actual behaviour', 'Steps to reproduce', 'Impact', 'Severity', 'Environment', 'Evidence', 'Timeline (UTC)', 'Related'];

/** All text in an ADF tree, for checking what it says. */
function adfText(node: unknown): string {
  if (Array.isArray(node)) return node.map(adfText).join(' ');
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    return [typeof o.text === 'string' ? o.text : '', adfText(o.content)].join(' ');
  }
  return '';
}

describe('renderers', () => {
  it('Markdown has every section, the steps numbered and the evidence fenced', () => {
    const md = toMarkdown(pkg);
    for (const s of SECTIONS) expect(md).toContain(`\n## ${s}\n`);
    expect(md.startsWith('# Shipping labels fail to print for all stores since today\n')).toBe(true);
    expect(md).toContain('1. Log in to the admin as a store manager\n2. Open any paid order, e.g. order 88123\n3. Click "Print label"');
    expect(md).toContain('**SEV2 (recommended)**');
    expect(md).toContain('```\nTypeError: Cannot read properties of undefined');
    expect(md).toContain('[Printing labels](https://help.example.com/a/77)');
    expect(md).toContain('| Jira issue | OPS-812 |');
  });

  it('Jira wiki has every section as h2, numbered steps, noformat evidence and a timeline table', () => {
    const wiki = toJiraWiki(pkg);
    for (const s of SECTIONS) expect(wiki).toContain(`\nh2. ${s}\n`);
    expect(wiki).toContain('# Log in to the admin as a store manager\n# Open any paid order');
    expect(wiki).toContain('{noformat}\nTypeError: Cannot read properties');
    expect(wiki).toContain('||Time (UTC)||Source||Event||');
    expect(wiki).toContain('[Printing labels|https://help.example.com/a/77]');
    // Braces and brackets from log text cannot open macros or links.
    expect(toJiraWiki({ ...pkg, actual: 'got {code} and [x|y]' })).toContain('got \\{code\\} and \\[x\\|y\\]');
  });

  it('ADF is a valid document by the ADF schema and says the same things', () => {
    const doc = toAdf(pkg);
    const parsed = AdfDoc.safeParse(doc);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(doc.content.filter((n) => n.type === 'heading').map((n) => adfText(n).trim())).toEqual([pkg.summary, ...SECTIONS]);
    expect(doc.content.map((n) => n.type)).toEqual(expect.arrayContaining(['table', 'orderedList', 'bulletList', 'codeBlock', 'paragraph']));
    expect(adfText(doc)).toContain('Open any paid order, e.g. order 88123');
  });

  it('ADF stays valid for an empty package (no empty text nodes)', () => {
    const bare = buildPackage(TicketSnapshot.parse({ ...ticket, subject: null, description: null, comments: [], tags: [] }), []);
    expect(AdfDoc.safeParse(toAdf({ ...bare, summary: '' })).success).toBe(true);
  });

  it('the ADF schema accepts a real Jira document and rejects broken ones', () => {
    const real = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../shared/realdata/api/jira/jira-cli__adf_rich_document.json'), 'utf8'));
    expect(AdfDoc.safeParse(real).success).toBe(true);
    expect(AdfDoc.safeParse({ version: 1, type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] }).success).toBe(false);
    expect(AdfDoc.safeParse({ version: 2, type: 'doc', content: [] }).success).toBe(false);
    expect(AdfDoc.safeParse({ version: 1, type: 'doc', content: [{ type: 'bulletList', content: [] }] }).success).toBe(false);
    expect(AdfDoc.safeParse({ version: 1, type: 'doc', content: [{ type: 'heading', attrs: { level: 7 } }] }).success).toBe(false);
  });
});

describe('jiraCreateUrl', () => {
  const target = { site: 'acme.atlassian.net', projectId: 10001, issueTypeId: '10004' };

  it('opens the create screen with project, type, summary and description', () => {
    const url = new URL(jiraCreateUrl(target, { ...pkg, evidence: [], timeline: [] }));
    expect(url.origin + url.pathname).toBe('https://acme.atlassian.net/secure/CreateIssueDetails!init.jspa');
    expect(url.searchParams.get('pid')).toBe('10001');
    expect(url.searchParams.get('issuetype')).toBe('10004');
    expect(url.searchParams.get('summary')).toBe(pkg.summary);
    expect(url.searchParams.get('description')).toBe(toJiraWiki({ ...pkg, evidence: [], timeline: [] }));
  });

  it('cuts a long description to fit the URL limit, says so, and keeps noformat closed', () => {
    const long = { ...pkg, actual: 'x '.repeat(6000) };
    const url = jiraCreateUrl(target, long);
    expect(url.length).toBeLessThanOrEqual(MAX_JIRA_URL);
    const description = new URL(url).searchParams.get('description') ?? '';
    expect(description).toMatch(/Cut to fit the link/);
    expect((description.match(/\{noformat\}/g) ?? []).length % 2).toBe(0);
    expect(jiraCreateUrl(target, pkg, { maxLength: 3000 }).length).toBeLessThanOrEqual(3000);
  });

  it('refuses a project key or issue type name, which the create screen ignores', () => {
    expect(() => jiraCreateUrl({ ...target, projectId: 'OPS' }, pkg)).toThrow(/projectId must be Jira's numeric id, not "OPS"/);
    expect(() => jiraCreateUrl({ ...target, issueTypeId: 'Bug' }, pkg)).toThrow(/issueTypeId/);
    expect(() => jiraCreateUrl({ ...target, site: 'http://jira.example.com' }, pkg)).toThrow(/https/);
  });
});
