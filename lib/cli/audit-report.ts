// How `deskside audit` prints its result: a table per rule and the worst tickets, or JSON.
import type { AuditResult } from '../hygiene/audit';
import { RULES } from '../hygiene/rules';
import type { RuleId } from '../hygiene/ids';

/** The JSON shape promised by the issue: ids, scores, findings (rule, severity, message), summary. */
export function auditJson(r: AuditResult): string {
  const tickets = r.tickets.map((t) => ({
    id: t.id,
    score: t.score,
    findings: t.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message })),
  }));
  return `${JSON.stringify({ tickets, summary: r.summary }, null, 2)}\n`;
}

const pad = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

/** A plain-text report: rules by how many tickets trip them, then the lowest-scoring tickets. */
export function auditTable(r: AuditResult, file: string, worst = 10): string {
  const n = r.tickets.length;
  const lines = [`Audited ${n} ticket${n === 1 ? '' : 's'} from ${file}.`, ''];
  const rows = (Object.entries(r.summary) as [RuleId, number][]).sort((a, b) => b[1] - a[1]);
  const width = Math.max(4, ...rows.map(([id]) => id.length));
  lines.push(`${pad('rule', width)}  severity  tickets  share`);
  for (const [id, count] of rows) {
    const share = n === 0 ? 0 : (count / n) * 100;
    lines.push(
      `${pad(id, width)}  ${pad(RULES[id].defaultSeverity, 8)}  ${String(count).padStart(7)}  ${share.toFixed(1).padStart(5)}%`,
    );
  }
  const low = [...r.tickets].sort((a, b) => a.score - b.score).filter((t) => t.findings.length > 0).slice(0, worst);
  if (n > 0) {
    const mean = r.tickets.reduce((s, t) => s + t.score, 0) / n;
    lines.push('', `Mean score ${mean.toFixed(1)} / 100.`);
  }
  if (low.length > 0) {
    lines.push('', `Worst ${low.length} ticket${low.length === 1 ? '' : 's'}:`);
    for (const t of low) {
      const rules = [...new Set(t.findings.map((f) => f.rule))].join(', ');
      lines.push(`  ${pad(String(t.id), 10)} ${String(t.score).padStart(3)}  ${pad(t.subject ?? '(no subject)', 40)}  ${rules}`);
    }
  }
  const broken = r.tickets.filter((t) => t.errors.length > 0);
  for (const t of broken) for (const e of t.errors) lines.push(`  ticket ${t.id}: rule ${e.rule} failed: ${e.message}`);
  return `${lines.join('\n')}\n`;
}
