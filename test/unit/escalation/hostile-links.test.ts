import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvidence } from '@/lib/evidence';
import { buildPackage, toAdf, toJiraWiki, toMarkdown } from '@/lib/escalation';
import { TicketSnapshot } from '@/lib/schema/ticket';
import { URL_LIKE } from '../../fixtures/hostile/payloads';

const FIX = path.resolve(__dirname, '../../fixtures');
const ticket = TicketSnapshot.parse(JSON.parse(readFileSync(`${FIX}/escalation/snapshot-5120.json`, 'utf8')));

describe('links in the escalation package', () => {
  // KB article and evidence addresses are a stranger's text: a javascript: or data: one must not
  // become a link in the Markdown, wiki or ADF pasted into Jira.
  const kbArticles = URL_LIKE.map((p, i) => ({ title: `Hostile article ${i}`, url: p.text }));
  const evidence = [parseEvidence('2026-11-24T09:20:00Z ERROR boom', { capturedAt: '2026-11-24T17:25:00Z', sourceTitle: 'Captured page', sourceUrl: 'javascript:alert(1)' })];
  const pkg = buildPackage(ticket, evidence, { kbArticles: [...kbArticles, { title: 'Safe article', url: 'https://help.example.com/a/77' }] });

  it('keeps web links and writes every other scheme as plain text', () => {
    const md = toMarkdown(pkg);
    expect(md).toContain('[Safe article](https://help.example.com/a/77)');
    expect(md).toContain('Hostile article 0');
    expect(md).not.toMatch(/\]\((?!https?:)/);
    const wiki = toJiraWiki(pkg);
    expect(wiki).toContain('[Safe article|https://help.example.com/a/77]');
    expect(wiki).not.toMatch(/\|(?:javascript|data|vbscript|JaVaScRiPt)/i);
    const hrefs = JSON.stringify(toAdf(pkg)).match(/"href":"[^"]*"/g) ?? [];
    expect(hrefs).toEqual(['"href":"https://help.example.com/a/77"']);
  });
});
