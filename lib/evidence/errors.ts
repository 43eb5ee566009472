import type { ErrorEntry, HttpEntry, StackTrace } from '../schema/evidence';
import type { VLine } from './lines';

// Error codes by family; each has a shape specific enough not to catch ticket keys or versions.
const CODES: readonly RegExp[] = [
  /\b((?:ORA|PLS|TNS|IMP|EXP|RMAN|SP2|NNL|LRM|KUP)-\d{4,5})\b/g, // Oracle
  /\bSQLSTATE\[?\s*([0-9A-Z]{5})\b/g, // ANSI SQL state (PostgreSQL, MySQL, PDO)
  /\b(ERR_[A-Z0-9_]{3,})\b/g, // Node.js and Chromium net::ERR_*
  /\b(E(?:CONNREFUSED|CONNRESET|CONNABORTED|TIMEDOUT|NOTFOUND|ACCES|ADDRINUSE|PIPE|HOSTUNREACH|NETUNREACH|AI_AGAIN|NOENT|MFILE|PERM|PROTO))\b/g, // POSIX errno
  /\b(E\d{3,5})\b/g, // application codes such as E1234
  /\b(AADSTS\d{5,6})\b/g, // Microsoft Entra ID sign-in errors
  /\b(AH\d{5})\b/g, // Apache httpd error log message ids
  /\bcode=([HRL]\d{2})\b/g, // Heroku router and runtime errors (H12 request timeout)
  /\bHRESULT:?\s*(0x[0-9A-Fa-f]{8})\b/g, // Windows / .NET
  /"?\b(?:error[_.]?code|errorCode|err_code|decline_code)"?\s*[:=]\s*"?([A-Za-z0-9_.-]{2,64})/g,
];
// One pass per line instead of one per family; each family has exactly one capture group.
const ANY_CODE = new RegExp(CODES.map((r) => r.source).join('|'), 'g');
// A (possibly qualified) exception or error class, optionally followed by ": message".
const EXCEPTION =
  /(?<![\w$.])((?:[a-z_$][\w$]*\.)*(?:[A-Z][\w$]*)?(?:Exception|Error))(?=$|[:\s,)\]"';])(?::\s?([^\n]{0,300}))?/g;

// Cheap pre-test so most lines skip the two scans; the ERROR level word alone does not pass it.
const QUICK = /Exception|Error|ERR_|\bE(?:CONN|TIMEDOUT|NOTFOUND|ACCES|ADDR|PIPE|HOST|NET|AI_|NOENT|MFILE|PERM|PROTO|\d{3})|\bAH\d|-\d{4}|SQLSTATE|AADSTS|HRESULT|code/;

/** Distinct error codes, exception names (with message) and traced exceptions, plus HTTP 5xx answers. */
export function extractErrors(lines: readonly VLine[], http: readonly HttpEntry[], traces: readonly StackTrace[]): ErrorEntry[] {
  const found = new Map<string, ErrorEntry>();
  const add = (e: Omit<ErrorEntry, 'occurrences'>) => {
    const key = `${e.code ?? ''}\u0000${e.name ?? ''}\u0000${e.message ?? ''}`;
    const seen = found.get(key);
    if (seen) seen.occurrences += 1;
    else found.set(key, { ...e, occurrences: 1 });
  };
  for (const { text, line } of lines) {
    if (!QUICK.test(text)) continue;
    const json = /^\s*[{["]/.test(text);
    for (const m of text.matchAll(ANY_CODE)) {
      const code = m.slice(1).find((g) => g !== undefined);
      if (code) add({ code, line });
    }
    for (const m of text.matchAll(EXCEPTION)) {
      const name = m[1] ?? '';
      // In a JSON line the message ends with its string.
      const message = (json ? m[2]?.replace(/(?<!\\)".*$/, '') : m[2])?.trim();
      // A bare "Error" or "Exception" is prose ("Internal Server Error", "Exception in thread") unless a message follows.
      if ((name === 'Error' || name === 'Exception') && !message) continue;
      add(message ? { name, message, line } : { name, line });
    }
  }
  // Exceptions whose names say neither Error nor Exception (Python's UpstreamUnavailable) come from their traces.
  for (const t of traces) {
    for (const e of [t, ...t.causes]) {
      const key = `\u0000${e.exception}\u0000${e.message}`;
      if (e.exception && !found.has(key)) found.set(key, { name: e.exception, message: e.message, line: t.startLine, occurrences: 1 });
    }
  }
  for (const h of http) {
    if (h.status !== null && h.status >= 500) add({ code: `HTTP ${h.status}`, line: h.line });
  }
  // "IllegalStateException" alone adds nothing when the same name also came with its message.
  const withMessage = new Set([...found.values()].filter((e) => e.name && e.message).map((e) => e.name));
  return [...found.values()]
    .filter((e) => !(e.name && !e.message && withMessage.has(e.name)))
    .sort((a, b) => a.line - b.line);
}
