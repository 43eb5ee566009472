import { describe, expect, it } from 'vitest';
import { wikiToText } from '../../../../lib/sites/jira/wiki';

describe('wikiToText', () => {
  it.each([
    ['headings', 'h1. Title\nh3. Sub', '# Title\n### Sub'],
    ['bold, italic, strike, underline, monospace', '*bold* _it_ -gone- +under+ {{mono}}', '**bold** *it* ~~gone~~ under `mono`'],
    ['hyphens in words are not strike', 'a well-known re-run of 2-3 items', 'a well-known re-run of 2-3 items'],
    ['links', '[the docs|https://x.example/d] and [https://y.example]', '[the docs](https://x.example/d) and https://y.example'],
    ['mentions', '[~accountid:5b10a284] and [~jdoe]', '@5b10a284 and @jdoe'],
    ['bullet lists, nested', '* one\n** one.a\n* two', '- one\n  - one.a\n- two'],
    ['numbered lists', '# first\n# second', '1. first\n1. second'],
    ['code blocks with language, untouched inside', '{code:java}\nint *x* = 1;\n{code}', '```java\nint *x* = 1;\n```'],
    ['code blocks with parameters', '{code:title=A.java|language=java}x{code}', '```java\nx\n```'],
    ['noformat', '{noformat}\nraw _text_\n{noformat}', '```\nraw _text_\n```'],
    ['tables', '||a||b||\n|1|2|', '| a | b |\n| --- | --- |\n| 1 | 2 |'],
    ['quotes and panels', 'bq. said\n{quote}\nquoted\n{quote}\n{panel:title=X}inside{panel}\nafter', '> said\n> quoted\n> inside\nafter'],
    ['rules and line breaks', 'a\\\\b\n----', 'a\nb\n---'],
    ['images and attachments', '!screen.png|thumbnail! and !log.txt!', '[attachment: screen.png] and [attachment: log.txt]'],
    ['colour tags', '{color:red}alert{color}', 'alert'],
    ['plain text stays as typed', 'Hello there', 'Hello there'],
  ])('%s', (_name, markup, expected) => {
    expect(wikiToText(markup)).toBe(expected);
  });

  it('reads the real JSM description value', () => {
    expect(wikiToText('I need a new *mouse* for my Mac')).toBe('I need a new **mouse** for my Mac');
  });
});
