import { formatMinutes } from '@/lib/format/time';
import type { MetricValue } from '@/lib/schema/kpi-report';

/** A KPI value as the popup writes it; null when there is nothing to show yet. */
export function formatValue(v: MetricValue): string | null {
  switch (v.kind) {
    case 'count':
      return String(v.value);
    case 'duration':
      return v.median === null ? null : `${formatMinutes(v.median)}${v.p90 === null ? '' : ` (p90 ${formatMinutes(v.p90)})`}`;
    case 'rate':
      return v.value === null ? null : `${Math.round(v.value * 1000) / 10}%`;
    case 'bands':
      return `${v.lt1d} · ${v.d1to7} · ${v.gt7d}`;
  }
}

/** Where a duration came from, in the words the popup shows next to it. */
export function methodNote(v: MetricValue): string | null {
  if (v.kind !== 'duration' || !v.method) return null;
  const clock = v.clock === 'business' ? 'business hours' : v.clock === 'calendar' ? 'calendar time' : 'mixed clocks';
  const source = { helpdesk: "helpdesk's figures", computed: 'computed from timestamps', mixed: 'helpdesk figures and computed' }[v.method];
  return `${source}, ${clock}`;
}
