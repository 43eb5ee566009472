import type { LogLevel } from '../schema/evidence';
import type { VLine } from './lines';

const NAMES: Readonly<Record<string, LogLevel>> = {
  trace: 'TRACE', finest: 'TRACE', finer: 'TRACE', verbose: 'TRACE',
  debug: 'DEBUG', fine: 'DEBUG', dbug: 'DEBUG',
  info: 'INFO', information: 'INFO', informational: 'INFO', config: 'INFO',
  notice: 'NOTICE',
  warn: 'WARN', warning: 'WARN',
  error: 'ERROR', err: 'ERROR', severe: 'ERROR', eror: 'ERROR',
  crit: 'CRITICAL', critical: 'CRITICAL', alert: 'CRITICAL', emerg: 'CRITICAL', emergency: 'CRITICAL',
  fatal: 'FATAL', panic: 'FATAL',
};
// bunyan and pino write numeric levels.
const NUMERIC: Readonly<Record<string, LogLevel>> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
// syslog severity = PRI mod 8.
const SYSLOG: readonly LogLevel[] = ['CRITICAL', 'CRITICAL', 'CRITICAL', 'ERROR', 'WARN', 'NOTICE', 'INFO', 'DEBUG'];

// Quotes may be doubled: a CSV export (Datadog) escapes the JSON it carries that way.
const KEYED = /"{0,2}\b(?:level|log\.level|severity|levelname|loglevel|log_level|status|lvl|@l|at)"{0,2}\s*[:=]\s*"{0,2}([A-Za-z]+|\d{2})\b/i;
// winston's default "error: message", maybe after a timestamp.
const PREFIXED = /^(?:\S+\s+)?(trace|debug|info|warn|warning|error|fatal|verbose):\s/;
const APACHE = /\[(?:[\w-]+:)?(emerg|alert|crit|error|warn|notice|info|debug|trace\d)\]/;
const PRI = /^<(\d{1,3})>/;
// Upper-case words only, or a lower-case word in brackets: "error" in prose is not a level.
const WORD = /(?:^|[\s[(|:"])(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|SEVERE|CRIT|CRITICAL|ALERT|EMERG|FATAL|PANIC)(?=$|[\s\]):|,-])/;
const BRACKETED = /\[(trace|debug|info|notice|warn|warning|error|fatal|critical)\]/i;

function levelOf(text: string): LogLevel | undefined {
  const keyed = KEYED.exec(text);
  if (keyed?.[1]) {
    const v = keyed[1].toLowerCase();
    const level = NUMERIC[v] ?? NAMES[v];
    if (level) return level;
  }
  const apache = APACHE.exec(text);
  if (apache?.[1]) return NAMES[apache[1].replace(/\d$/, '')];
  const pri = PRI.exec(text);
  if (pri) return SYSLOG[Number(pri[1]) % 8];
  const word = WORD.exec(text) ?? BRACKETED.exec(text) ?? PREFIXED.exec(text);
  return word?.[1] ? NAMES[word[1].toLowerCase()] : undefined;
}

/** Log lines per level (one level per line, the first the line states). */
export function countLevels(lines: readonly VLine[]): Partial<Record<LogLevel, number>> {
  const counts: Partial<Record<LogLevel, number>> = {};
  for (const { text } of lines) {
    const level = levelOf(text);
    if (level) counts[level] = (counts[level] ?? 0) + 1;
  }
  return counts;
}
