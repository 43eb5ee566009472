import { describe, expect, it } from 'vitest';
import { markdownToText } from '@/lib/kb/import/markdown';

describe('markdownToText on hostile files', () => {
  it('keeps link text and drops the address, whatever its scheme', () => {
    expect(markdownToText('[Reset your password](javascript:alert(1)) and ![logo](https://evil.example/logo.png)')).toBe('Reset your password and logo');
    expect(markdownToText('> quoted\n>\n> [x](data:text/html,<script>alert(1)</script>)')).toBe('quoted\n\nx');
  });

  it('converts 20k-character crafted files in linear time (backtracking took over a second each)', () => {
    const crafted = {
      'unclosed [': '['.repeat(20_000),
      'unclosed ![': '!['.repeat(10_000),
      'unclosed (': '[a]('.repeat(10_000),
      'blank lines': ' \n'.repeat(20_000),
    };
    for (const [name, md] of Object.entries(crafted)) {
      const start = performance.now();
      markdownToText(md);
      expect(performance.now() - start, name).toBeLessThan(300);
    }
  });
});
