import { z } from 'zod';
import { defineRule, finding } from '../define';
import { quote, wordsRegex } from '../facts';

const Params = z.strictObject({
  /**
   * Words and phrases that signal wide or severe impact.
   * @default ["outage", "production down", "data loss", "security incident", "payment failures", …]
   */
  words: z
    .array(z.string().min(1))
    .default([
      'outage', 'down for everyone', 'affects everyone', 'everyone is affected', 'for everyone',
      'all users', 'all our users', 'all customers', 'all of our customers', 'nobody can',
      'no one can', 'production down', 'production is down', 'prod down', 'prod is down',
      'site is down', 'site down', 'service down', 'system down', 'data loss', 'lost data',
      'data was deleted', 'data breach', 'security incident', 'security breach', 'hacked',
      'compromised', 'payment failures', 'payments failing', 'payments are failing',
      'payment failing', 'cannot take payments', "can't take payments", 'cannot process payments',
      "can't process payments", 'checkout is down', 'is down', 'are down', 'went down', 'completely down',
      'down for all', 'whole company', 'entire company', 'entire team', 'ransomware', 'leaked',
    ]),
  /**
   * Priorities too low for such impact (compared case-insensitively).
   * @default ["low", "normal", "medium", "lowest", "minor", "trivial", "p3", "p4", "p5"]
   */
  lowPriorities: z
    .array(z.string())
    .default(['low', 'normal', 'medium', 'lowest', 'minor', 'trivial', 'p3', 'p4', 'p5']),
  /**
   * Priority to suggest on Zendesk.
   * @default "urgent"
   */
  suggestZendesk: z.string().min(1).default('urgent'),
  /**
   * Priority to suggest on Jira.
   * @default "Highest"
   */
  suggestJira: z.string().min(1).default('Highest'),
});

// "not an outage", "no data loss": the word is there, the impact is not.
const NEGATED = /\b(?:no|not|isn't|wasn't|aren't|without|never|nor)\b[\w\s'-]{0,12}$/i;

/** priority-vs-impact: the text describes severe impact while priority is normal or low. */
export const priorityVsImpact = defineRule({
  id: 'priority-vs-impact',
  title: 'Priority matches the impact described',
  defaultSeverity: 'warning',
  appliesTo: { statuses: ['open', 'pending'] },
  params: Params,
  check({ ticket, params }) {
    const p = ticket.priority?.trim().toLowerCase();
    if (!p || !params.lowPriorities.some((l) => l.toLowerCase() === p)) return [];
    const re = wordsRegex(params.words);
    if (!re) return [];
    const sources = [
      { field: 'subject', text: ticket.subject ?? '' },
      { field: 'description', text: ticket.description ?? '' },
      ...ticket.comments
        .filter((c) => c.authorRole !== 'system')
        .map((c) => ({ field: 'comments', text: c.text, commentId: c.id })),
    ];
    for (const s of sources) {
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        if (NEGATED.test(s.text.slice(Math.max(0, m.index - 30), m.index))) continue;
        const suggest = ticket.site === 'zendesk' ? params.suggestZendesk : params.suggestJira;
        const where = s.field === 'comments' ? 'a comment' : `the ${s.field}`;
        return [
          finding(
            this,
            `Priority is ${ticket.priority} but ${where} says "${m[0]}".`,
            {
              field: s.field,
              quote: quote(s.text, m.index, m.index + m[0].length),
              ...('commentId' in s ? { commentId: s.commentId } : {}),
            },
            `Raise the priority to ${suggest} if the impact is confirmed, or note why it is lower.`,
          ),
        ];
      }
    }
    return [];
  },
});
