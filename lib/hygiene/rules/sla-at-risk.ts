import { z } from 'zod';
import { defineRule, finding } from '../define';
import { duration } from '../facts';

const Params = z.strictObject({
  /**
   * Warn this many minutes before an SLA target breaches.
   * @default 30
   */
  withinMinutes: z.number().int().min(0).default(30),
});

const label = (metric: string): string => metric.replace(/_/g, ' ').toLowerCase();

/** sla-at-risk: an SLA metric breaches within the setting, or has breached. */
export const slaAtRisk = defineRule({
  id: 'sla-at-risk',
  title: 'SLA targets are safe',
  defaultSeverity: 'error',
  appliesTo: { statuses: ['open', 'pending'] },
  params: Params,
  check({ ticket, params, now }) {
    const out = [];
    for (const m of ticket.sla) {
      if (m.stage === 'paused' || m.stage === 'achieved') continue;
      const at = m.breachAt ? Date.parse(m.breachAt) : NaN;
      let left = Number.isNaN(at) ? (m.remainingMinutes ?? null) : (at - now.getTime()) / 60_000;
      if (m.stage === 'breached' && (left === null || left > 0)) left = 0;
      if (left === null || left > params.withinMinutes) continue;
      const name = `${m.policy ? `${m.policy}: ` : ''}${label(m.metric)}`;
      const message =
        left <= 0
          ? `The ${name} target breached${left < 0 ? ` ${duration(-left)} ago` : ''}.`
          : `The ${name} target breaches in ${duration(left)}.`;
      out.push(
        finding(
          this,
          message,
          { field: 'sla', quote: m.breachAt ?? undefined },
          left <= 0
            ? 'Reply or update the customer now, and tell your lead if it needs escalation.'
            : 'Reply or act on the ticket before the target time.',
        ),
      );
    }
    return out;
  },
});
