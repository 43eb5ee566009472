// Jira wiki markup (v2 descriptions and comments, JSM request comments) -> the same readable,
// Markdown-structured text as adf.ts gives for v3, so both API versions read alike downstream.

const HEADING = /^h([1-6])\.\s+(.*)$/;
const LIST = /^([*#-]+)\s+(.*)$/;
const BLOCK_OPEN = /^\{(code|noformat)(?::([^}]*))?\}(.*)$/;
const QUOTE_TAG = /^\{(quote|panel)(?::[^}]*)?\}/;
const QUOTE_END = /\{(?:quote|panel)\}\s*$/;

function language(params: string | undefined): string {
  // {code:java} or {code:title=A.java|language=java}; other parameters are layout only.
  for (const part of (params ?? '').split('|')) {
    const m = /^(?:language=)?([\w+#-]+)$/.exec(part.trim());
    if (m?.[1]) return m[1];
  }
  return '';
}

/** Inline markup: *bold*, _em_, -strike-, +under+, {{mono}}, [text|url], [~user], !image!, \\ breaks.
 * No pattern scans past the next opener of its own kind ("{{", "[", "??"): on a long line of
 * openers that never close (a pasted log) that would cost time quadratic in the line's length. */
function inline(s: string): string {
  return s
    .replace(/\{\{((?:[^{}\n]|\{(?!\{)|\}(?!\}))+?)\}\}/g, '`$1`')
    .replace(/\{color(?::[^}]*)?\}/g, '')
    .replace(/\[~(?:accountid:)?([^\][\n]+)\]/g, '@$1')
    .replace(/\[([^\][|\n]+)\|([^\][|\n]+)(?:\|[^\][\n]*)?\]/g, (_m, text: string, url: string) => `[${text.trim()}](${url.trim()})`)
    .replace(/\[((?:https?|mailto):[^\][\s]+)\]/g, '$1')
    .replace(/!([^!\s|][^!|]*?)(?:\|[^!]*)?!/g, '[attachment: $1]')
    .replace(/(^|[^\w*])\*(\S(?:[^*\n]*?\S)?)\*(?=$|[^\w*])/g, '$1**$2**')
    .replace(/(^|[^\w_])_(\S(?:[^_\n]*?\S)?)_(?=$|[^\w_])/g, '$1*$2*')
    .replace(/(^|\s)-(\S(?:[^-\n]*?\S)?)-(?=$|\s|[.,;:!?])/g, '$1~~$2~~')
    .replace(/(^|\W)\+(\S(?:[^+\n]*?\S)?)\+(?=$|\W)/g, '$1$2')
    .replace(/(^|\W)\?\?((?:[^?\n]|\?(?!\?))+?)\?\?(?=$|\W)/g, '$1$2')
    .replace(/\\\\/g, '\n');
}

function tableRow(line: string): string | null {
  const t = line.trim();
  if (!t.startsWith('|')) return null;
  const cells = t.replace(/^\|\|?/, '').replace(/\|\|?$/, '').split(/\|\|?/);
  return `| ${cells.map((c) => inline(c.trim())).join(' | ')} |`;
}

/** Jira wiki markup -> readable text with Markdown structure; unknown markup is left as typed. */
export function wikiToText(markup: string): string {
  const out: string[] = [];
  let fence: string | null = null; // 'code' or 'noformat' while inside one
  let quoted = false;
  let tableOpen = false;
  for (const raw of markup.replace(/\r\n?/g, '\n').split('\n')) {
    if (fence) {
      const end = raw.indexOf(`{${fence}}`);
      if (end < 0) {
        out.push(raw);
        continue;
      }
      if (raw.slice(0, end).trim()) out.push(raw.slice(0, end));
      out.push('```');
      fence = null;
      continue;
    }
    const open = BLOCK_OPEN.exec(raw.trim());
    if (open?.[1]) {
      fence = open[1];
      out.push(`\`\`\`${open[1] === 'code' ? language(open[2]) : ''}`);
      const rest = open[3] ?? '';
      const end = rest.indexOf(`{${fence}}`);
      if (end >= 0) {
        if (rest.slice(0, end).trim()) out.push(rest.slice(0, end));
        out.push('```');
        fence = null;
      } else if (rest.trim()) out.push(rest);
      continue;
    }
    let line = raw;
    if (QUOTE_TAG.test(line.trim())) {
      quoted = !quoted;
      line = line.trim().replace(QUOTE_TAG, '');
      if (!line.trim()) continue;
    }
    // "{panel}text{panel}" on one line opens and closes the quote.
    const closes = quoted && QUOTE_END.test(line);
    if (closes) line = line.replace(QUOTE_END, '');
    const row = tableRow(line);
    if (row) {
      const header = line.trim().startsWith('||');
      out.push(row);
      if (header && !tableOpen) out.push(`|${' --- |'.repeat(row.split(' | ').length)}`);
      tableOpen = true;
      continue;
    }
    tableOpen = false;
    let text: string;
    const h = HEADING.exec(line.trim());
    const l = LIST.exec(line.trim());
    if (h?.[1]) text = `${'#'.repeat(Number(h[1]))} ${inline(h[2] ?? '')}`;
    else if (line.trim().startsWith('bq. ')) text = `> ${inline(line.trim().slice(4))}`;
    else if (/^-{4,}\s*$/.test(line.trim())) text = '---';
    else if (l?.[1] && !/^\*\S.*\*$/.test(line.trim())) {
      const depth = l[1].length - 1;
      const marker = l[1].endsWith('#') ? '1.' : '-';
      text = `${'  '.repeat(depth)}${marker} ${inline(l[2] ?? '')}`;
    } else text = inline(line);
    out.push(quoted ? `> ${text}` : text);
    if (closes) quoted = false;
  }
  if (fence) out.push('```');
  return out.join('\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
}
