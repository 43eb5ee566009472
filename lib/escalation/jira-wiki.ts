import type { EscalationPackage } from '../schema/escalation';
import { packageOutline, type Block, type Span } from './document';

// Jira wiki markup reads braces, brackets and pipes as macros and links anywhere, and *_-+^~ as
// effects where they open a word; a leading # or h1. would start a list or heading.
const escape = (s: string): string =>
  s
    .replace(/([{}[\]|\\])/g, '\\$1')
    .replace(/(^|\s)([*_+^~-])(?=\S)/g, '$1\\$2')
    .replace(/^(#|h[1-6]\.)/gm, '\\$1');
const cell = (s: string): string => (escape(s).replace(/\r?\n/g, ' \\\\ ') || ' ');

function span(s: Span): string {
  if (s.code) return `{{${s.text.replace(/[{}]/g, '\\$&')}}}`;
  let out = escape(s.text);
  if (s.strong) out = `*${out.trim()}*${s.text.endsWith(' ') ? ' ' : ''}`;
  return s.href ? `[${out.replace(/\|/g, '')}|${s.href}]` : out;
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `h${b.level}. ${escape(b.text)}`;
    case 'paragraph':
      return b.spans.map(span).join('');
    case 'bullets':
      return b.items.map((i) => `* ${i.map(span).join('')}`).join('\n');
    case 'ordered':
      return b.items.map((i) => `# ${escape(i)}`).join('\n');
    case 'code':
      // {noformat} cannot be closed early by text inside it the way {code} can by "{code}".
      return `{noformat}\n${b.text.replace(/\{noformat\}/g, '{ noformat}')}\n{noformat}`;
    case 'table':
      return [`||${b.header.map(cell).join('||')}||`, ...b.rows.map((r) => `|${r.map(cell).join('|')}|`)].join('\n');
  }
}

/** The package as Jira wiki markup (Jira Server/Data Center, and v2 API descriptions). */
export function toJiraWiki(pkg: EscalationPackage): string {
  return `${packageOutline(pkg).map(block).join('\n\n')}\n`;
}
