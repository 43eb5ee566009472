import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importKbFile } from '../../../lib/kb/import/detect';
import { importMarkdown } from '../../../lib/kb/import/markdown';

const FIX = path.resolve(__dirname, '../../fixtures/kb');

describe('Markdown import', () => {
  it('takes id, title, labels and url from front matter and strips Markdown from the body', () => {
    const [a] = importKbFile(readFileSync(path.join(FIX, 'sso-article.md'), 'utf8'), 'sso-article.md').articles;
    expect(a).toMatchObject({ id: 'md-sso', title: 'SAML login fails with an audience error', labels: ['sso', 'saml'], url: 'https://help.example.com/md-sso' });
    expect(a!.body).toContain('The Entity ID must match exactly. See the SSO settings.');
    expect(a!.body).toContain('SSO-102 Audience mismatch');
    expect(a!.body).not.toMatch(/\*\*|```|\]\(/);
  });

  it('falls back to the first # heading for the title and the file name for the id', () => {
    const [a] = importMarkdown('# Clear your cache\n\nPress Ctrl+Shift+R.\n', 'docs/clear-cache.md').articles;
    expect(a).toMatchObject({ id: 'clear-cache', title: 'Clear your cache', body: 'Press Ctrl+Shift+R.', labels: [] });
  });

  it('reads comma-separated and [list] labels', () => {
    expect(importMarkdown('---\ntitle: T\nlabels: a, b\n---\nx', 't.md').articles[0]!.labels).toEqual(['a', 'b']);
    expect(importMarkdown("---\ntitle: T\ntags: ['a', \"b\"]\n---\nx", 't.md').articles[0]!.labels).toEqual(['a', 'b']);
  });

  it('names the problem: unclosed front matter, a bad line, no title', () => {
    expect(() => importMarkdown('---\ntitle: T\nbody', 'a.md')).toThrow('a.md: line 3: front matter: expected "key: value", found "body"');
    expect(() => importMarkdown('---\ntitle: T\n', 'a.md')).toThrow('a.md: line 1: front matter opened with "---" is never closed');
    expect(() => importMarkdown('---\nlabels: [x\n---\n# T', 'a.md')).toThrow('a.md: line 2: front matter: labels: a [list] is not closed');
    expect(() => importMarkdown('Just text, no heading.', 'a.md')).toThrow('a.md: title: missing: no front matter "title:" and no "# " heading');
  });
});
