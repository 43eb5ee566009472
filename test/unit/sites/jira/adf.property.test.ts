// ADF and wiki markup come from any Jira user's editor (and any app's API calls): whatever their
// shape or depth, converting them gives text, never a crash, and text no bigger than the input warrants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adfToText } from '../../../../lib/sites/jira/adf';
import { bodyText } from '../../../../lib/sites/jira/api-values';
import { wikiToText } from '../../../../lib/sites/jira/wiki';
import { RUNS } from '../../property';
import { real } from './api-files';

const TYPES = [
  'doc', 'paragraph', 'text', 'heading', 'bulletList', 'orderedList', 'listItem', 'taskList', 'taskItem', 'decisionList',
  'decisionItem', 'codeBlock', 'blockquote', 'panel', 'rule', 'table', 'tableRow', 'tableHeader', 'tableCell', 'mediaSingle',
  'mediaGroup', 'media', 'mediaInline', 'expand', 'nestedExpand', 'mention', 'emoji', 'inlineCard', 'blockCard', 'embedCard',
  'date', 'status', 'hardBreak', 'placeholder', 'layoutSection', 'layoutColumn', 'extension', 'bodiedExtension', 'unknownThing',
];

const attrsArb = fc.dictionary(
  fc.constantFrom('level', 'order', 'state', 'language', 'panelType', 'title', 'url', 'text', 'shortName', 'timestamp', 'alt', 'filename', 'href'),
  fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constantFrom('1e20', 1e20, -1, 8.64e15 + 1, '9999999999999999', 'DONE', 7, 0.5)),
);

/** Any ADF-ish node: real type names, random attrs and marks, content of any JSON. */
const { node } = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }),
    fc.record(
      {
        type: fc.oneof(fc.constantFrom(...TYPES), fc.jsonValue({ maxDepth: 0 })),
        text: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 0 })),
        attrs: fc.oneof(attrsArb, fc.jsonValue({ maxDepth: 1 })),
        marks: fc.array(fc.oneof(fc.record({ type: fc.constantFrom('code', 'em', 'strong', 'strike', 'link'), attrs: attrsArb }), fc.jsonValue({ maxDepth: 1 })), { maxLength: 3 }),
        content: fc.oneof(fc.array(tie('node'), { maxLength: 4 }), fc.jsonValue({ maxDepth: 1 })),
      },
      { requiredKeys: ['type'] },
    ),
  ),
}));

/** The JSON text of a chain `depth` deep of one container type, with text at the bottom. */
function deepJson(type: string, depth: number): string {
  const bottom = '{"type":"paragraph","content":[{"type":"text","text":"bottom"}]}';
  const list = type === 'bulletList' || type === 'orderedList';
  const open = list ? `{"type":"${type}","content":[{"type":"listItem","content":[` : `{"type":"${type}","content":[`;
  const close = list ? ']}]}' : ']}';
  return `{"type":"doc","version":1,"content":[${open.repeat(depth)}${bottom}${close.repeat(depth)}]}`;
}

describe('adfToText on any document', () => {
  it('never throws on random ADF and its output stays within a bound of the input size', () => {
    fc.assert(
      fc.property(node, (doc) => {
        const out = adfToText({ type: 'doc', content: [doc] });
        expect(typeof out).toBe('string');
        // Lists and quotes add a prefix per line and level, tables a few characters per cell.
        expect(out.length).toBeLessThanOrEqual(20 * JSON.stringify(doc).length + 100);
        expect(typeof bodyText(doc)).toBe('string');
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('a date node with a timestamp out of the Date range is no date, not a crash', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.constantFrom(8.64e15 + 1, 1e21, '1e20', '8640000000000001', Number.MAX_VALUE)), (timestamp) => {
        const out = adfToText({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'due ' }, { type: 'date', attrs: { timestamp } }] }] });
        expect(out.startsWith('due')).toBe(true);
        expect(out).not.toMatch(/Invalid|NaN|\+0\d{5}/);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(['blockquote', 'bulletList', 'orderedList', 'panel', 'expand', 'layoutSection', 'unknownThing'])(
    'a %s nested 20000 deep still gives its text, without overflowing the stack',
    (type) => {
      // JSON.parse builds such a document without complaint; the converter must cope too.
      const doc = JSON.parse(deepJson(type, 20_000)) as unknown;
      const out = adfToText(doc);
      expect(out).toContain('bottom');
      expect(out.length).toBeLessThan(5_000_000);
    },
  );

  it('a document sharing one node many times over (a "cyclic-looking" JS object) stays bounded', () => {
    // 30 levels each holding the level below twice: 2^30 paths through 30 objects.
    let n: unknown = { type: 'text', text: 'x' };
    for (let i = 0; i < 30; i++) n = { type: 'paragraph', content: [n, n] };
    const out = adfToText({ type: 'doc', content: [n] });
    expect(out.length).toBeLessThan(5_000_000);
  });

  it('a truly cyclic object does not hang or overflow', () => {
    const p: { type: string; content: unknown[] } = { type: 'blockquote', content: [] };
    p.content.push(p, { type: 'paragraph', content: [{ type: 'text', text: 'seen' }] });
    expect(adfToText({ type: 'doc', content: [p] })).toContain('seen');
  });

  it('real Atlassian documents, mutated anywhere, never throw', async () => {
    const { mutatedArb } = await import('../../property');
    const rich = real('jira/jira-cli__adf_rich_document.json');
    fc.assert(
      fc.property(mutatedArb(rich), ({ value }) => {
        expect(typeof adfToText(value)).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('wikiToText on any markup', () => {
  const WIKI = ['{code}', '{code:java}', '{noformat}', '{quote}', '{panel:title=x}', '{color:red}', '||', '|', 'h1. ', 'bq. ', '* ', '# ', '-- ', '----',
    '*', '_', '-', '+', '??', '{{', '}}', '[', ']', '[~', '|', '!', '\\\\', '\n', '\r\n', ' ', 'http://x.test', 'text'];
  it('never throws, and stays within a bound of the input size', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...WIKI), fc.string({ maxLength: 8 })), { maxLength: 80 }), (parts) => {
        const input = parts.join('');
        const out = wikiToText(input);
        expect(out.length).toBeLessThanOrEqual(4 * input.length + 100);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  // Before the fix a 40 KB line of "[" took 3.9 s and "[~" 7.9 s (quadratic): a pasted log froze the tab.
  it('stays linear on long lines of openers that never close', { timeout: 20_000 }, () => {
    // At 100 KB each was 4-50 s before; linear, each is well under a second even on a loaded machine.
    for (const u of ['[', '[a|', '[~', '[http:', '[mailto:x', '{{', '??a ', '{']) {
      const input = u.repeat(Math.ceil(100_000 / u.length));
      const started = performance.now();
      wikiToText(input);
      expect(performance.now() - started, JSON.stringify(u)).toBeLessThan(3_000);
    }
  });
});
