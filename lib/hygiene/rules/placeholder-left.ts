import { z } from 'zod';
import { defineRule, finding } from '../define';
import { commentName } from '../facts';
import { DEFAULT_PLACEHOLDERS, scanPlaceholders } from '../scan/placeholder';
import type { Finding } from '../types';
import { draftPlaceholderFinding } from '../draft-checks';

const Pattern = z.string().min(1).refine(
  (s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

const Params = z.strictObject({
  /**
   * Regular expressions (case-insensitive) of unfilled placeholders: {{…}}, [insert …], <name>.
   * @default the four patterns in lib/hygiene/scan/placeholder.ts
   */
  patterns: z.array(Pattern).default([...DEFAULT_PLACEHOLDERS]),
});

/** placeholder-left: an unfilled macro placeholder in a public agent comment or the draft. */
export const placeholderLeft = defineRule({
  id: 'placeholder-left',
  title: 'No unfilled placeholders',
  defaultSeverity: 'error',
  appliesTo: {},
  params: Params,
  check({ ticket, draft, params }) {
    const out: Finding[] = [];
    for (const c of ticket.comments) {
      // Customers do not use macros; what they type in brackets is theirs.
      if (!c.public || c.authorRole !== 'agent') continue;
      const hit = scanPlaceholders(c.text, params.patterns);
      if (!hit) continue;
      out.push(
        finding(
          this,
          `${commentName(c).replace(/^the/, 'The')} was sent with the placeholder ${hit.match}.`,
          { field: 'comments', commentId: c.id, quote: hit.quote },
          'Send a short correction with the right value; check macros before sending.',
        ),
      );
    }
    const d = draft?.public ? draftPlaceholderFinding(draft.text, params.patterns) : null;
    if (d) out.push(d);
    return out;
  },
});
