import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsmKbPage } from '../../../lib/kb/jsm';

// The real JSM response example (Atlassian's OpenAPI spec, see shared/realdata/api/SOURCES.tsv).
const REAL = path.resolve(__dirname, '../../../../shared/realdata/api/jsm/openapi__kb_getArticles.json');

describe('JSM knowledge base results', () => {
  it('turns the real getArticles response into Confluence-backed articles with the next page', () => {
    const r = parseJsmKbPage(JSON.parse(readFileSync(REAL, 'utf8')));
    if (!r.ok) throw new Error(r.message);
    expect(r.articles).toEqual([
      expect.objectContaining({ id: 'confluence:8786177', source: 'jsm-kb', title: 'Stolen computer', body: 'assuming your computer was stolen', labels: ['IT'], url: 'https://your-domain.atlassian.net/rest/servicedeskapi/knowledgebase/article/view/8786177' }),
      expect.objectContaining({ id: 'confluence:8785228', title: 'Upgrading computer' }),
    ]);
    expect(r.next).toBe('https://your-domain.atlassian.net/rest/servicedeskapi/knowledgebase/article?start=4&limit=2');
  });

  it('strips the highlight markup JSM puts in excerpts, and names a bad field', () => {
    const r = parseJsmKbPage({ isLastPage: true, values: [{ title: 'VPN', excerpt: 'Connect the <span class="highlight">VPN</span> first', source: { type: 'confluence', pageId: '1' } }] });
    expect(r.ok && r.articles[0]?.body).toBe('Connect the VPN first');
    expect(r.ok && r.next).toBeNull();
    const bad = parseJsmKbPage({ values: [{ title: 3 }] });
    expect(bad.ok ? '' : bad.message).toMatch(/^values\.0\.title: /);
  });
});
