import { describe, expect, it } from 'vitest';
import { htmlToText } from '@/lib/kb/html';
import { PAYLOADS } from '../../fixtures/hostile/payloads';

describe('htmlToText on hostile Help Center bodies', () => {
  it('drops script, style and comment content, closed or not, and keeps the text around it', () => {
    expect(htmlToText('<p>Before</p><script>alert(1)</script><p>After</p>')).toBe('Before\nAfter');
    expect(htmlToText('<p>Keep</p><STYLE type="text/css">@import url(https://evil.example/x.css);</style >')).toBe('Keep');
    expect(htmlToText('<p>Keep</p><!-- <img src=x onerror=alert(1)> --><p>this</p>')).toBe('Keep\nthis');
    expect(htmlToText('<p>Keep</p><script>window.__pwned=1; <p>never closed</p>')).toBe('Keep');
    expect(htmlToText('Keep<!-- never closed <b>x</b>')).toBe('Keep');
    expect(htmlToText('<a title="a > b" href="javascript:alert(1)">Open the runbook</a>')).toBe('Open the runbook');
  });

  it('leaves no tag of a markup payload in the text (entity-encoded ones stay visible as text)', () => {
    const markup = PAYLOADS.filter((p) => p.text.startsWith('<') && !p.text.startsWith('<!'));
    expect(markup.length).toBeGreaterThan(40);
    for (const p of markup) expect(htmlToText(`<p>${p.text}</p>`), p.id).not.toMatch(/<[a-zA-Z/]/);
    expect(htmlToText('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe('<script>alert(1)</script>');
    expect(htmlToText('<p>&amp;lt;b&amp;gt;</p>')).toBe('&lt;b&gt;');
  });

  it('converts 100k-character crafted bodies in linear time (backtracking took seconds)', () => {
    const crafted = {
      'unclosed <script': '<script '.repeat(12_500),
      'unclosed quoted attribute': '<a "'.repeat(25_000),
      'unclosed comments': '<!--'.repeat(25_000),
      'unclosed single quotes': "<b x='".repeat(16_000),
    };
    for (const [name, body] of Object.entries(crafted)) {
      const start = performance.now();
      htmlToText(body);
      expect(performance.now() - start, name).toBeLessThan(500);
    }
  });
});
