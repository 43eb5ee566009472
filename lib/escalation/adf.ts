import type { EscalationPackage } from '../schema/escalation';
import type { AdfBlock, AdfDoc } from './adf-schema';
import { packageOutline, type Block, type Span } from './document';

type Inline = { type: 'text'; text: string; marks?: ({ type: 'strong' } | { type: 'code' } | { type: 'link'; attrs: { href: string } })[] };

// ADF rejects empty text nodes; a span with no text is simply left out.
function inline(s: Span): Inline[] {
  if (s.text === '') return [];
  const marks: NonNullable<Inline['marks']> = [];
  if (s.code) marks.push({ type: 'code' });
  else if (s.strong) marks.push({ type: 'strong' });
  if (s.href) marks.push({ type: 'link', attrs: { href: s.href } });
  return [marks.length ? { type: 'text', text: s.text, marks } : { type: 'text', text: s.text }];
}

const paragraph = (spans: Span[]) => {
  const content = spans.flatMap(inline);
  return content.length ? { type: 'paragraph' as const, content } : { type: 'paragraph' as const };
};
const cell = (type: 'tableHeader' | 'tableCell', text: string) => ({ type, content: [paragraph([{ text }])] });

function block(b: Block): AdfBlock {
  switch (b.type) {
    case 'heading':
      return { type: 'heading', attrs: { level: b.level }, content: inline({ text: b.text }) };
    case 'paragraph':
      return paragraph(b.spans);
    case 'bullets':
      return { type: 'bulletList', content: b.items.map((i) => ({ type: 'listItem' as const, content: [paragraph(i)] })) };
    case 'ordered':
      return { type: 'orderedList', attrs: { order: 1 }, content: b.items.map((i) => ({ type: 'listItem' as const, content: [paragraph([{ text: i }])] })) };
    case 'code':
      return b.text === '' ? { type: 'codeBlock' } : { type: 'codeBlock', content: [{ type: 'text', text: b.text }] };
    case 'table':
      return {
        type: 'table',
        attrs: { isNumberColumnEnabled: false, layout: 'default' },
        content: [
          { type: 'tableRow', content: b.header.map((h) => cell('tableHeader', h)) },
          ...b.rows.map((r) => ({ type: 'tableRow' as const, content: r.map((c) => cell('tableCell', c)) })),
        ],
      };
  }
}

/** The package as an Atlassian Document Format document (Jira Cloud REST v3 descriptions and comments). */
export function toAdf(pkg: EscalationPackage): AdfDoc {
  return { version: 1, type: 'doc', content: packageOutline(pkg).map(block) };
}
