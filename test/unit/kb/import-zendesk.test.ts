import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, importKbFile } from '../../../lib/kb/import/detect';
import { htmlToText } from '../../../lib/kb/html';

const FIX = path.resolve(__dirname, '../../fixtures/kb');
const read = (name: string) => readFileSync(path.join(FIX, name), 'utf8');

describe('Zendesk Help Center export import', () => {
  it('turns a saved articles page into plain-text articles with labels, section, locale and marks', () => {
    expect(detectFormat(read('hc-articles-page1.json'), 'export.json')).toBe('zendesk-hc');
    const { articles } = importKbFile(read('hc-articles-page1.json'), 'export.json');
    expect(articles).toHaveLength(2);
    const [reset, invoices] = articles;
    expect(reset).toMatchObject({
      id: '36400011112201', source: 'zendesk-hc', title: 'Resetting a forgotten password', labels: ['password', 'login'],
      section: '36300000000101', locale: 'en-us', updatedAt: '2026-10-02T09:14:55Z',
      url: 'https://acme-support.zendesk.com/hc/en-us/articles/36400011112201-Resetting-a-forgotten-password',
    });
    expect(reset!.body).toBe('Before you start\nReset links expire after 60 minutes.\n- Open the sign-in page & click Forgot password.\n- Check your spam folder.');
    expect(reset!.draft).toBeUndefined();
    expect(invoices).toMatchObject({ draft: true });
    expect(invoices!.body).toBe('Go to Billing > Invoices.\nInvoices show your VAT ID \u2014 if you added one.');
  });

  it('reads a JSON array of pages (a whole paginated export), marking outdated translations', () => {
    const pages = `[${read('hc-articles-page1.json')},${read('hc-articles-page2.json')}]`;
    const { articles } = importKbFile(pages, 'all-pages.json');
    expect(articles.map((a) => a.id)).toEqual(['36400011112201', '36400011112202', '36400011112203']);
    expect(articles[2]).toMatchObject({ outdated: true, body: 'Check the Deliveries tab.\n- HTTP 410: endpoint gone\n- Timeouts after 10 s' });
  });

  it('names the field that is wrong and keeps nothing', () => {
    const page = JSON.parse(read('hc-articles-page1.json')) as { articles: Record<string, unknown>[] };
    page.articles[1]!.label_names = 'billing';
    expect(() => importKbFile(JSON.stringify(page), 'export.json')).toThrow(/^export\.json: not a Help Center articles response: articles\.1\.label_names: /);
  });
});

describe('htmlToText', () => {
  it('drops scripts, styles and comments, decodes entities and keeps block structure', () => {
    const html = '<style>p{}</style><p>A&amp;B &lt;ok&gt; &#39;q&#39; &unknown;</p><div>next<br>line</div><table><tr><td>a</td><td>b</td></tr></table>';
    expect(htmlToText(html)).toBe("A&B <ok> 'q' &unknown;\nnext\nline\na b");
  });
});
