import type { TrendPoint } from '@/lib/schema/kpi-report';

/** A small trend line of daily points; gaps where a day has no value. */
export function Sparkline({ points, label }: { points: TrendPoint[]; label: string }) {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  if (values.length < 2) return <svg className="spark" width="80" height="20" role="img" aria-label={`${label}: not enough days yet`} />;
  const min = Math.min(...values);
  const span = Math.max(...values) - min || 1;
  const step = 80 / Math.max(1, points.length - 1);
  let d = '';
  let pen = false;
  points.forEach((p, i) => {
    if (p.value === null) {
      pen = false;
      return;
    }
    const y = 18 - ((p.value - min) / span) * 16;
    d += `${pen ? 'L' : 'M'}${(i * step).toFixed(1)} ${y.toFixed(1)} `;
    pen = true;
  });
  return (
    <svg className="spark" width="80" height="20" viewBox="0 0 80 20" role="img" aria-label={`${label}: trend over ${points.length} days`}>
      <path d={d.trim()} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
