import { z } from 'zod';
import { defineRule, finding } from '../define';

const Params = z.strictObject({
  /**
   * Priority names that mean "not set" (Jira shows "None" on some projects).
   * @default ["none", "-"]
   */
  unsetNames: z.array(z.string()).default(['none', '-']),
});

/** missing-priority: no priority set. */
export const missingPriority = defineRule({
  id: 'missing-priority',
  title: 'Priority is set',
  defaultSeverity: 'warning',
  // Solved tickets too: reports and SLA policies group by priority after the fact.
  appliesTo: {},
  params: Params,
  check({ ticket, params }) {
    const p = ticket.priority?.trim().toLowerCase() ?? '';
    if (p && !params.unsetNames.map((n) => n.toLowerCase()).includes(p)) return [];
    return [
      finding(
        this,
        'The ticket has no priority.',
        { field: 'priority' },
        'Set the priority from the impact and urgency the customer describes.',
      ),
    ];
  },
});
