import { describe, expect, it } from 'vitest';
import { adfToText, isAdfDoc } from '../../../../lib/sites/jira/adf';
import { br, card, code, doc, emoji, h, li, link, media, mention, ol, p, panel, quote, rule, table, text, ul } from '../../../fixtures/jira/adf-build';
import { real } from './api-files';

describe('adfToText', () => {
  it.each([
    ['paragraphs', doc(p('one'), p('two')), 'one\n\ntwo'],
    ['headings', doc(h(1, 'Title'), h(3, 'Sub')), '# Title\n\n### Sub'],
    ['strong, em, code, strike, underline', doc(p(text('b', 'strong'), ' ', text('i', 'em'), ' ', text('c', 'code'), ' ', text('s', 'strike'), ' ', text('u', 'underline'))), '**b** *i* `c` ~~s~~ u'],
    ['links', doc(p(link('docs', 'https://x.example/d'), ' and ', text('bold link', 'strong', { type: 'link', attrs: { href: 'https://y.example' } }))), '[docs](https://x.example/d) and [**bold link**](https://y.example)'],
    ['mentions, with or without @', doc(p(mention('1', 'Ann Lee'), ' ', { type: 'mention', attrs: { id: '2', text: 'Bo' } })), '@Ann Lee @Bo'],
    ['emoji by short name', doc(p('ok ', emoji(':thumbsup:', '1f44d', '\u{1f44d}'))), 'ok :thumbsup:'],
    ['hard breaks', doc(p('a', br(), 'b')), 'a\nb'],
    ['rules', doc(p('a'), rule(), p('b')), 'a\n\n---\n\nb'],
    ['bullet lists, nested', doc(ul(li(p('a'), ul(li(p('a1')))), li(p('b')))), '- a\n  - a1\n- b'],
    ['ordered lists with a start', doc({ type: 'orderedList', attrs: { order: 3 }, content: [li(p('c')), li(p('d'))] }), '3. c\n4. d'],
    ['ordered lists nested in bullets', doc(ul(li(p('x'), ol(li(p('y')))))), '- x\n  1. y'],
    ['code blocks with language', doc(code('python', 'print(1)\n')), '```python\nprint(1)\n```'],
    ['code blocks without language', doc({ type: 'codeBlock', content: [text('x = 1')] }), '```\nx = 1\n```'],
    ['tables with a header row', doc(table(['A', 'B'], ['1', '2|3'])), '| **A** | **B** |\n| --- | --- |\n| 1 | 2\\|3 |'],
    ['panels with their type', doc(panel('info', p('note this'), p('and this'))), '> **Info:** note this\n>\n> and this'],
    ['blockquotes', doc(quote(p('said'))), '> said'],
    ['media as a placeholder', doc(media('m1', 'log.png'), { type: 'mediaGroup', content: [{ type: 'media', attrs: { id: 'm2', type: 'file' } }] }), '[attachment: log.png]\n\n[attachment]'],
    ['inline cards as their URL', doc(p('see', card('https://acme.atlassian.net/wiki/x'))), 'see https://acme.atlassian.net/wiki/x'],
    ['task lists', doc({ type: 'taskList', attrs: { localId: 't' }, content: [{ type: 'taskItem', attrs: { state: 'DONE' }, content: [text('done')] }, { type: 'taskItem', attrs: { state: 'TODO' }, content: [text('todo')] }] }), '- [x] done\n- [ ] todo'],
    ['status and date', doc(p({ type: 'status', attrs: { text: 'IN REVIEW', color: 'blue' } }, ' by ', { type: 'date', attrs: { timestamp: '1795737600000' } })), '[IN REVIEW] by 2026-11-27'],
    ['expand blocks', doc({ type: 'expand', attrs: { title: 'Logs' }, content: [p('trace')] }), '**Logs**\ntrace'],
    ['unknown nodes by their text', doc({ type: 'somethingNew', content: [p('still here')] }), 'still here'],
  ])('%s', (_name, adf, expected) => {
    expect(adfToText(adf)).toBe(expected);
  });

  it('reads the real jira-cli rich document (headings, lists, code, tables, panels, mentions)', () => {
    const t = adfToText(real('jira/jira-cli__adf_rich_document.json'));
    expect(t.startsWith('# H1\n\n## H2\n\n1. Some text\n2. Some more text')).toBe(true);
    expect(t).toContain('> **Info:** Panel paragraph');
    expect(t).toContain('@Person A');
    expect(t).toContain('- Prefix: Unordered list item 1\n  - Next\n    - Another');
    expect(t).toContain('3. Ordered list item 3\n   1. nested');
    expect(t).toContain('| **Table Header 1** | **Table Header 2** | **Table Header 3** |\n| --- | --- | --- |');
    expect(t).toContain('```go\npackage main');
    expect(t).toContain('[Link](https://ankit.pl)');
    expect(t).toContain('Inline Node https://antiklabs.atlassian.net/wiki/spaces/ANK/pages/124234/hello-world');
  });

  it('never throws on odd input', () => {
    for (const odd of [null, 'text', 42, [], { type: 'doc' }, { type: 'doc', content: [null, 1, { type: 'text' }] }]) {
      expect(typeof adfToText(odd)).toBe('string');
    }
    expect(isAdfDoc({ type: 'doc', content: [] })).toBe(true);
    expect(isAdfDoc('h1. Title')).toBe(false);
  });
});
