import type { EvidenceTimestamp } from '../schema/evidence';
import type { LineIndex } from './lines';
import { findAccessLog } from './time/access-log';
import type { TimeCandidate, TimeContext } from './time/candidate';
import { findEpoch } from './time/epoch';
import { findIso } from './time/iso';
import { findRfc2822 } from './time/rfc2822';
import { findSyslog } from './time/syslog';

/**
 * Every timestamp in the text, in text order, normalised to UTC with the original kept. Where two
 * formats claim overlapping text, the earlier and then longer match wins (an access-log time is
 * not also an nginx-error time).
 */
export function extractTimestamps(text: string, lines: LineIndex, ctx: TimeContext): EvidenceTimestamp[] {
  const all: TimeCandidate[] = [
    ...findIso(text, ctx),
    ...findRfc2822(text, ctx),
    ...findAccessLog(text, ctx),
    ...findSyslog(text, ctx),
    ...findEpoch(text),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: EvidenceTimestamp[] = [];
  let claimedTo = -1;
  for (const c of all) {
    if (c.start < claimedTo) continue;
    claimedTo = c.end;
    out.push({ original: c.original, utc: c.utc, format: c.format, line: lines.lineAt(c.start) });
  }
  return out;
}
