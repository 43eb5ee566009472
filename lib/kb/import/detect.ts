// Picks the importer for a file: by extension first, then by a look at the content, so a
// ".txt" of JSON Lines or a ".json" Help Center export both land in the right parser.
import { KbImportError, type ImportResult } from './errors';
import { importCsv } from './csv';
import { importJson } from './lines';
import { importMarkdown } from './markdown';
import { importZendeskHc } from './zendesk';

/** The formats Deskside imports. */
export type KbFileFormat = 'jsonl' | 'zendesk-hc' | 'csv' | 'markdown';

function isHcExport(head: string): boolean {
  if (head.startsWith('[')) return /^\[\s*\{\s*"(articles|meta|links|next_page|count|end_time)"\s*:/.test(head);
  try {
    // A whole-file object with an "articles" array; JSON Lines fail to parse as one value.
    const json: unknown = JSON.parse(head);
    return typeof json === 'object' && json !== null && Array.isArray((json as { articles?: unknown }).articles);
  } catch {
    return false;
  }
}

/** Guesses a file's format from its name and first characters. */
export function detectFormat(text: string, fileName: string): KbFileFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const head = text.replace(/^\ufeff/, '').trimStart();
  if (ext === 'csv') return 'csv';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (head.startsWith('{') || head.startsWith('[')) return isHcExport(head) ? 'zendesk-hc' : 'jsonl';
  if (ext === 'jsonl' || ext === 'ndjson' || ext === 'json') return 'jsonl';
  if (head.startsWith('---') || head.startsWith('#')) return 'markdown';
  return null;
}

/** Imports one file of any supported format; throws KbImportError naming the line or field. */
export function importKbFile(raw: string, fileName: string): ImportResult {
  const text = raw.replace(/^\ufeff/, '');
  switch (detectFormat(text, fileName)) {
    case 'csv': return importCsv(text, fileName);
    case 'markdown': return importMarkdown(text, fileName);
    case 'zendesk-hc': return importZendeskHc(text, fileName);
    case 'jsonl': return importJson(text, fileName);
    default:
      throw new KbImportError(fileName, null, 'unknown format: expected JSON Lines, a JSON array, a Zendesk Help Center export, CSV (.csv) or Markdown (.md)');
  }
}
