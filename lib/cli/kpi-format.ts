import type { KpiReport, MetricId, MetricValue } from '../schema/kpi';

/** The `--json` shape, fixed by the issue: rates as fractions, null where not computable. */
export interface KpiJson {
  tickets: number;
  solved: number;
  ttfr_median_min: number | null;
  ttr_median_min: number | null;
  sla_compliance: number | null;
  fcr_rate: number | null;
  reopen_rate: number | null;
  escalation_rate: number | null;
  backlog: { lt1d: number; d1to7: number; gt7d: number };
}

function value(r: KpiReport, id: MetricId): MetricValue {
  const m = r.metrics.find((x) => x.id === id);
  if (!m) throw new Error(`report lacks ${id}`);
  return m.value;
}
const count = (v: MetricValue): number => (v.kind === 'count' ? v.value : 0);
const median = (v: MetricValue): number | null => (v.kind === 'duration' ? v.median : null);
const share = (v: MetricValue): number | null => (v.kind === 'rate' ? v.value : null);

/** The report in the `--json` shape. */
export function kpiJson(r: KpiReport): KpiJson {
  const b = value(r, 'backlog');
  return {
    tickets: count(value(r, 'tickets')),
    solved: count(value(r, 'solved')),
    ttfr_median_min: median(value(r, 'first-response')),
    ttr_median_min: median(value(r, 'resolution')),
    sla_compliance: share(value(r, 'sla-compliance')),
    fcr_rate: share(value(r, 'fcr')),
    reopen_rate: share(value(r, 'reopen-rate')),
    escalation_rate: share(value(r, 'escalation-rate')),
    backlog: b.kind === 'bands' ? { lt1d: b.lt1d, d1to7: b.d1to7, gt7d: b.gt7d } : { lt1d: 0, d1to7: 0, gt7d: 0 },
  };
}

const num = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const tickets = (n: number): string => `${n} ticket${n === 1 ? '' : 's'}`;
const pct = (n: number): string => `${(n * 100).toFixed(1)} %`;

function shown(v: MetricValue): { text: string; how: string } {
  switch (v.kind) {
    case 'count':
      return { text: String(v.value), how: '' };
    case 'duration':
      if (v.median === null) return { text: 'not enough data', how: v.reason ?? '' };
      return {
        text: `median ${num(v.median)} min, p90 ${num(v.p90 ?? v.median)} min (${tickets(v.n)})`,
        how: `${v.method === 'mixed' ? `from the helpdesk for ${v.methods.helpdesk}, computed for ${v.methods.computed}` : v.method === 'helpdesk' ? 'from the helpdesk' : 'computed from timestamps'}; ${v.clock} minutes`,
      };
    case 'rate':
      if (v.value === null) return { text: 'not enough data', how: v.reason ?? '' };
      return { text: `${pct(v.value)} (${v.numerator} of ${v.denominator})`, how: v.excluded ? `${tickets(v.excluded)} left out: data missing` : '' };
    case 'bands':
      return { text: `<1 day ${v.lt1d}, 1-7 days ${v.d1to7}, >7 days ${v.gt7d}${v.unknownAge ? `, unknown age ${v.unknownAge}` : ''}`, how: '' };
  }
}

/** A readable table: each metric's value and how it was obtained, then its definition. */
export function kpiText(r: KpiReport): string {
  const width = Math.max(...r.metrics.map((m) => m.label.length));
  const lines = [`KPIs over every ticket in the file (backlog ages at ${r.now})`, ''];
  for (const m of r.metrics) {
    const s = shown(m.value);
    lines.push(`${m.label.padEnd(width)}  ${s.text}${s.how ? `  [${s.how}]` : ''}`);
  }
  lines.push('', 'Targets:');
  for (const t of r.targets) {
    const state = t.met === null ? 'no value yet' : t.met ? 'met' : 'MISSED';
    lines.push(`  ${t.label} ${t.target}: ${state}`);
  }
  lines.push('', 'Definitions:');
  for (const m of r.metrics) lines.push(`  ${m.label}: ${m.definition}`);
  return `${lines.join('\n')}\n`;
}
