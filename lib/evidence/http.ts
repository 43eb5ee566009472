import type { HttpEntry } from '../schema/evidence';
import type { VLine } from './lines';

const METHODS = 'GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|CONNECT|TRACE';
const QUICK = new RegExp(`\\b(?:${METHODS})\\b|status|HTTP|\\b[1-5]\\d{2} [A-Z]`, 'i');
// Apache/nginx common and combined format: "GET /path HTTP/1.1" 502
// (quotes escaped when the line sits inside JSON, as in a Splunk export's _raw).
const ACCESS = new RegExp(`\\\\?"(${METHODS}) (\\S+) HTTP/[\\d.]+\\\\?" (\\d{3})\\b`);
// "GET /path 200 12ms" (morgan, Rails), "POST http://host/path - 500 0 - 31ms" (ASP.NET Core).
const METHOD_PATH = new RegExp(
  `\\b(${METHODS})\\s+(https?://[^\\s"'<>]+|/[^\\s"'<>]*)(?:(?:\\s+-)?\\s+(?:HTTP/[\\d.]+\\s+)?([1-5]\\d{2})(?![\\d.]))?`,
);
// JSON keys (quotes doubled inside CSV) or logfmt (Heroku router: method=GET path="/x").
const JSON_METHOD = new RegExp(
  `(?:"{1,2}(?:method|http\\.method|http\\.request\\.method|request_method|httpMethod|http_method)"{1,2}\\s*:\\s*"{1,2}|\\bmethod=)(${METHODS})\\b`,
  'i',
);
const JSON_PATH =
  /(?:"{1,2}(?:path|url|uri|request_uri|http\.url|url\.path|url\.original|route|endpoint|http\.url_details\.path)"{1,2}\s*:\s*"{1,2}|\b(?:path|uri)="?)((?:https?:\/\/|\/)[^"\s]*)/;
const STATUS_PATTERNS: readonly RegExp[] = [
  /"{0,2}\b(?:status|status_code|statusCode|http\.status_code|http_status|response_status|sc-status|statuscode)"{0,2}\s*[:=]\s*"{0,2}([1-5]\d{2})(?![\d.])/i,
  /\bHTTP(?:\/\d(?:\.\d)?)?\s+([1-5]\d{2})\b/,
  /\bstatus code(?: does not indicate success:)?\s+([1-5]\d{2})\b/i,
  /\bstatus of ([1-5]\d{2})\b/, // Chrome console: "the server responded with a status of 502"
  /\b([1-5]\d{2}) (?:Client|Server) Error\b/,
  /\b(?:returned|responded with|response code|answered with|got)\s+(?:HTTP\s+)?([1-5]\d{2})\b/i,
  /\b([1-5]\d{2}) (?:OK|Created|Accepted|No Content|Moved Permanently|Found|Not Modified|Bad Request|Unauthorized|Payment Required|Forbidden|Not Found|Method Not Allowed|Request Timeout|Conflict|Gone|Payload Too Large|Unprocessable (?:Entity|Content)|Too Many Requests|Internal Server Error|Not Implemented|Bad Gateway|Service Unavailable|Gateway Timeout)\b/,
];

const cap = (s: string): string => (s.length > 300 ? `${s.slice(0, 299)}…` : s);

function statusOf(text: string): number | null {
  for (const re of STATUS_PATTERNS) {
    const m = re.exec(text);
    if (m) return Number(m[1]);
  }
  return null;
}

/** One HTTP exchange per line that names a method and path, a status, or both. */
export function extractHttp(lines: readonly VLine[]): HttpEntry[] {
  const out: HttpEntry[] = [];
  for (const { text, line } of lines) {
    if (!QUICK.test(text)) continue;
    const access = ACCESS.exec(text);
    if (access) {
      out.push({ method: access[1], path: cap(access[2] ?? ''), status: Number(access[3]), line });
      continue;
    }
    const mp = METHOD_PATH.exec(text);
    const method = mp?.[1] ?? JSON_METHOD.exec(text)?.[1]?.toUpperCase();
    const path = mp?.[2] ?? JSON_PATH.exec(text)?.[1];
    const status = mp?.[3] === undefined ? statusOf(text) : Number(mp[3]);
    if (status === null && (method === undefined || path === undefined)) continue;
    const entry: HttpEntry = { status, line };
    if (method !== undefined) entry.method = method;
    if (path !== undefined) entry.path = cap(path);
    out.push(entry);
  }
  return out;
}
