import { z } from 'zod';
import { defineRule, finding } from '../define';

const Params = z.strictObject({
  /**
   * Custom fields (id or label) that also count as the ticket's type or category.
   * @default []
   */
  alsoAccept: z.array(z.string().min(1)).default([]),
});

/** missing-type: no Zendesk type, Jira issue type or JSM request type. */
export const missingType = defineRule({
  id: 'missing-type',
  title: 'Ticket type or category is set',
  defaultSeverity: 'warning',
  appliesTo: {},
  params: Params,
  check({ ticket, params }) {
    if (ticket.type?.trim() || ticket.requestType?.trim()) return [];
    const wanted = params.alsoAccept.map((s) => s.toLowerCase());
    const viaField = ticket.customFields.some(
      (f) =>
        (wanted.includes(f.id.toLowerCase()) || wanted.includes((f.label ?? '').toLowerCase())) &&
        f.value !== null &&
        f.value !== '' &&
        !(Array.isArray(f.value) && f.value.length === 0),
    );
    if (viaField) return [];
    const what = ticket.site === 'zendesk' ? 'type (question, incident, problem, task)' : 'issue or request type';
    return [
      finding(
        this,
        `The ticket has no ${what}.`,
        { field: 'type' },
        'Set the type so the ticket is routed and reported in the right queue.',
      ),
    ];
  },
});
