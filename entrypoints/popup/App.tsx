import { useEffect, useState } from 'react';
import { MetricCard } from '@/components/kpi/MetricCard';
import { StorageNotice } from '@/components/StorageNotice';
import { call } from '@/components/rpc';
import { useLoad } from '@/components/useRpc';
import { formatRelative } from '@/lib/format/time';
import { safeHttpUrl } from '@/lib/format/url';
import { evidenceSeen } from '@/lib/schema/evidence-rpc';
import { breachingSoonMethod, kpiReportMethod } from '@/lib/schema/kpi-report';

const WINDOWS = [
  { id: 'today', label: 'Today' },
  { id: '7d', label: '7 days' },
  { id: '30d', label: '30 days' },
] as const;

// A ticket's address comes from a cached snapshot: only a web address becomes a link.
function TicketLink({ url, id }: { url: string; id: string }) {
  const href = safeHttpUrl(url);
  return href ? <a href={href} target="_blank" rel="noopener noreferrer">{id}</a> : <span>{id}</span>;
}

/** The specialist's own numbers at a glance, computed on the device from the tickets they opened. */
export function App() {
  const [window, setWindow] = useState<(typeof WINDOWS)[number]['id']>('7d');
  const [report] = useLoad(() => call(kpiReportMethod, { window }), [window]);
  const [soon] = useLoad(() => call(breachingSoonMethod, { limit: 5 }), []);
  // Opening the popup acknowledges the capture badge.
  useEffect(() => {
    void call(evidenceSeen, {}).catch(() => undefined);
  }, []);
  const now = new Date();
  useEffect(() => {
    // A user-timing mark: when the KPIs are on screen (read by npm run bench).
    if (report.kind === 'ready') performance.mark('deskside:kpis-shown');
  }, [report.kind]);
  return (
    <main>
      <header>
        <strong>Deskside</strong>
        <div role="radiogroup" aria-label="Window" className="windows">
          {WINDOWS.map((w) => (
            <button key={w.id} type="button" role="radio" aria-checked={w.id === window} onClick={() => setWindow(w.id)}>{w.label}</button>
          ))}
        </div>
      </header>
      <StorageNotice />
      {report.kind === 'loading' && <p className="muted">Counting...</p>}
      {report.kind === 'error' && <p className="error" role="alert">Couldn't compute your KPIs: {report.error}</p>}
      {report.kind === 'ready' && !report.value.enoughData && (
        <p className="empty" data-testid="not-enough">Not enough data yet: {report.value.reason ?? 'open some tickets with Deskside first.'}</p>
      )}
      {report.kind === 'ready' && (
        <ul className="metrics" data-testid="metrics">
          {report.value.metrics.map((m) => (
            <MetricCard key={m.id} metric={m} target={report.value.targets.find((t) => t.metric === m.id)} />
          ))}
        </ul>
      )}
      <section aria-labelledby="soon-h">
        <h2 id="soon-h">Breaching soonest</h2>
        {soon.kind === 'ready' && !soon.value.length && <p className="muted">No open ticket has a running SLA.</p>}
        {soon.kind === 'ready' && (
          <ul className="soon" data-testid="breaching">
            {soon.value.map((t) => (
              <li key={t.key} className={t.overdue ? 'overdue' : ''}>
                <TicketLink url={t.url} id={t.ticketId} /> <bdi>{t.subject ?? ''}</bdi>
                <span className="muted"> {t.metric ?? 'SLA'} {t.overdue ? 'breached' : 'breaches'} {formatRelative(t.breachAt, now)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
