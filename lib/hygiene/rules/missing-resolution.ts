import { z } from 'zod';
import type { CustomField } from '../../schema/ticket';
import { defineRule, finding } from '../define';

const Params = z.strictObject({
  /**
   * Fields (custom field id or label, or Jira's "resolution") that record the resolution or root cause.
   * @default ["resolution", "root cause", "root_cause"]
   */
  fields: z.array(z.string().min(1)).default(['resolution', 'root cause', 'root_cause']),
  /**
   * Tag prefixes a resolution drop-down adds in Zendesk (a field option sets its tag).
   * @default ["resolution_", "root_cause_", "rootcause_", "rca_"]
   */
  tagPrefixes: z.array(z.string().min(1)).default(['resolution_', 'root_cause_', 'rootcause_', 'rca_']),
});

const filled = (v: CustomField['value']): boolean =>
  v !== null && v !== false && v !== '' && !(Array.isArray(v) && v.length === 0);

/** missing-resolution: solved or closed without the configured resolution/root-cause field. */
export const missingResolution = defineRule({
  id: 'missing-resolution',
  title: 'Solved tickets record a resolution',
  defaultSeverity: 'warning',
  appliesTo: { statuses: ['solved', 'closed'] },
  params: Params,
  check({ ticket, params }) {
    const names = new Set(params.fields.map((f) => f.toLowerCase()));
    const field = ticket.customFields.some(
      (f) => (names.has(f.id.toLowerCase()) || names.has((f.label ?? '').toLowerCase())) && filled(f.value),
    );
    const tag = ticket.tags.some((t) => params.tagPrefixes.some((p) => t.toLowerCase().startsWith(p.toLowerCase())));
    if (field || tag) return [];
    return [
      finding(
        this,
        `The ticket is ${ticket.status ?? 'solved'} without a resolution or root cause.`,
        { field: 'customFields' },
        `Fill in ${params.fields[0] ?? 'the resolution field'} so the fix can be found and reported on.`,
      ),
    ];
  },
});
