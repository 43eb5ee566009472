import type { MetricResult, TargetResult } from '@/lib/schema/kpi-report';
import { formatValue, methodNote } from './format';
import { Sparkline } from './Sparkline';

/** One KPI: its value, its trend, its definition, and a colour only when its target is missed. */
export function MetricCard({ metric, target }: { metric: MetricResult; target?: TargetResult }) {
  const value = formatValue(metric.value);
  const missed = target?.met === false;
  const note = methodNote(metric.value);
  return (
    <li className={missed ? 'metric missed' : 'metric'} data-metric={metric.id} data-missed={missed}>
      <details>
        <summary>
          <span className="label">{metric.label}</span>
          <span className="value" data-testid={`kpi-${metric.id}`}>{value ?? '-'}</span>
          <Sparkline points={metric.trend} label={metric.label} />
        </summary>
        <p>{metric.definition}</p>
        {note && <p className="muted">{note}</p>}
        {metric.value.reason && <p className="muted">{metric.value.reason}</p>}
        {target && (
          <p className={missed ? 'missed-text' : 'muted'}>
            Target {target.comparison} {target.target}
            {target.met === null ? ' (not computable yet)' : missed ? ' - missed' : ' - met'}
          </p>
        )}
      </details>
    </li>
  );
}
