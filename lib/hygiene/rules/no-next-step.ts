import { z } from 'zod';
import { defineRule, finding } from '../define';
import { isPublicAgent, lastComment, quote, wordsRegex } from '../facts';

const Params = z.strictObject({
  /**
   * More phrases that state a next step, besides the built-in ones ("I will", "by Monday", "could you").
   * @default []
   */
  extraPhrases: z.array(z.string().min(1)).default([]),
});

const DAY = String.raw`(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|eod|cob|end of (?:the )?(?:day|week)|this (?:afternoon|evening|week)|next week)`;

// A reply states a next step when it commits to an action or a time, or asks the customer for one.
const NEXT_STEP = new RegExp(
  [
    String.raw`\b(?:i|we)(?:'ll| will| shall| am going to|'m going to| are going to|'re going to| plan to| aim to)\b`,
    String.raw`\bnext (?:step|steps|update)\b`,
    String.raw`\b(?:update|get back to|follow up with|reach out to|contact|call|notify|let) you\b`,
    String.raw`\bfollow[- ]?up\b`,
    String.raw`\b(?:by|before|until|on|after) ${DAY}\b`,
    String.raw`\b(?:later )?${DAY}\b`,
    String.raw`\b(?:by|before|at|around) \d{1,2}(?::\d{2})?\s*(?:am|pm|utc|gmt|cet|est|pst)?\b`,
    String.raw`\bwithin (?:the next )?(?:\d+|an?|one|two|a few|24|48) (?:minutes?|hours?|days?|business days?)\b`,
    String.raw`\bin (?:the next )?(?:\d+|an?|one|two|a few) (?:minutes?|hours?|days?)\b`,
    String.raw`\bplease (?:send|provide|try|confirm|reply|check|share|attach|run|update|restart|clear|let (?:us|me) know|test|verify)\b`,
    String.raw`\b(?:could|can|would) you\b`,
    String.raw`\blet (?:us|me) know\b`,
    String.raw`\bonce (?:we|you|i|the|it)\b`,
    String.raw`\bas soon as\b`,
    String.raw`\beta\b`,
    String.raw`\bin the meantime\b`,
    String.raw`\b(?:waiting|wait) (?:for|on)\b`,
    String.raw`\bescalat(?:ed|ing)\b`,
    String.raw`\?`,
  ].join('|'),
  'i',
);

/** no-next-step: the latest public agent reply on an open/pending ticket states no next step. */
export const noNextStep = defineRule({
  id: 'no-next-step',
  title: 'The last reply states the next step',
  defaultSeverity: 'info',
  appliesTo: { statuses: ['open', 'pending'] },
  params: Params,
  check({ ticket, params }) {
    const last = lastComment(ticket, isPublicAgent);
    if (!last || NEXT_STEP.test(last.text)) return [];
    const extra = wordsRegex(params.extraPhrases);
    if (extra) {
      extra.lastIndex = 0;
      if (extra.test(last.text)) return [];
    }
    return [
      finding(
        this,
        'The last public reply does not say what happens next or when the customer will hear back.',
        { field: 'comments', commentId: last.id, quote: quote(last.text, 0, 0, 80) },
        'End replies with the next step and a time ("I will update you by 15:00 UTC") or a clear ask.',
      ),
    ];
  },
});
