import { z } from 'zod';
import { defineRule, finding } from '../define';

const Params = z.strictObject({
  /**
   * Allowed tags/labels; empty allows any. Tags outside it are reported.
   * @default []
   */
  taxonomy: z.array(z.string().min(1)).default([]),
  /**
   * Tags that are never reported as outside the taxonomy (helpdesk-added ones), by prefix.
   * @default []
   */
  ignorePrefixes: z.array(z.string().min(1)).default([]),
});

/** missing-tags: no tags/labels, or tags outside the configured taxonomy. */
export const missingTags = defineRule({
  id: 'missing-tags',
  title: 'Tags are set and from the taxonomy',
  defaultSeverity: 'info',
  appliesTo: {},
  params: Params,
  check({ ticket, params }) {
    const word = ticket.site === 'jira' ? 'labels' : 'tags';
    if (ticket.tags.length === 0) {
      return [
        finding(
          this,
          `The ticket has no ${word}.`,
          { field: 'tags' },
          `Add the ${word} your team reports on (product area, cause).`,
        ),
      ];
    }
    if (params.taxonomy.length === 0) return [];
    const allowed = new Set(params.taxonomy.map((t) => t.toLowerCase()));
    const unknown = ticket.tags.filter(
      (t) =>
        !allowed.has(t.toLowerCase()) &&
        !params.ignorePrefixes.some((p) => t.toLowerCase().startsWith(p.toLowerCase())),
    );
    if (unknown.length === 0) return [];
    return [
      finding(
        this,
        `${unknown.length === 1 ? `One of the ${word} is` : `${unknown.length} ${word} are`} outside the ` +
          `taxonomy: ${unknown.slice(0, 5).join(', ')}.`,
        { field: 'tags', quote: unknown.join(', ') },
        `Replace them with ${word} from the team's list, or add them to the taxonomy setting.`,
      ),
    ];
  },
});
