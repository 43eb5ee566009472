import type { EscalationPackage } from '../schema/escalation';
import { packageOutline, type Block, type Span } from './document';

// Characters Markdown would read as syntax in running text.
const escape = (s: string): string => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
const cell = (s: string): string => escape(s).replace(/\r?\n/g, '<br>');

function span(s: Span): string {
  if (s.code) {
    const ticks = '`'.repeat(Math.max(1, ...[...s.text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    return `${ticks}${ticks.length > 1 ? ' ' : ''}${s.text}${ticks.length > 1 ? ' ' : ''}${ticks}`;
  }
  let out = escape(s.text);
  if (s.strong) out = `**${out.trim()}**${s.text.endsWith(' ') ? ' ' : ''}`;
  return s.href ? `[${out}](${s.href.replace(/[()\s]/g, encodeURIComponent)})` : out;
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escape(b.text)}`;
    case 'paragraph':
      return b.spans.map(span).join('');
    case 'bullets':
      return b.items.map((i) => `- ${i.map(span).join('')}`).join('\n');
    case 'ordered':
      return b.items.map((i, n) => `${n + 1}. ${escape(i)}`).join('\n');
    case 'code': {
      const fence = '`'.repeat(Math.max(3, ...[...b.text.matchAll(/`{3,}/g)].map((m) => m[0].length + 1)));
      return `${fence}\n${b.text}\n${fence}`;
    }
    case 'table':
      return [`| ${b.header.map(cell).join(' | ')} |`, `|${b.header.map(() => ' --- ').join('|')}|`, ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
  }
}

/** The package as GitHub-flavoured Markdown. */
export function toMarkdown(pkg: EscalationPackage): string {
  return `${packageOutline(pkg).map(block).join('\n\n')}\n`;
}
