import { z } from 'zod';
import { PRIVACY_KINDS } from '../../privacy/kinds';
import { defineRule, finding } from '../define';
import { commentName, commentsKnown } from '../facts';
import { piiFix, PUBLIC_PII_KINDS, scanPii } from '../scan/pii';
import type { Finding } from '../types';
import { draftPiiFinding } from '../draft-checks';

const Params = z.strictObject({
  /**
   * Kinds of personal data and secrets that must not appear in public.
   * @default ["card", "national-id", "iban", "password", "api-key", "cloud-key", "jwt", "private-key", "auth-header", "cookie", "url-password"]
   */
  kinds: z.array(z.enum(PRIVACY_KINDS)).default([...PUBLIC_PII_KINDS]),
});

/** pii-in-public: a public comment or the public draft holds card, ID, IBAN, password or secret data. */
export const piiInPublic = defineRule({
  id: 'pii-in-public',
  title: 'No personal data or secrets in public',
  defaultSeverity: 'error',
  appliesTo: {},
  params: Params,
  check({ ticket, draft, params }) {
    const out: Finding[] = [];
    const known = commentsKnown(ticket);
    const inSubject = ticket.subject ? scanPii(ticket.subject, params.kinds) : null;
    if (inSubject) {
      const evidence = { field: 'subject', quote: inSubject.quote };
      out.push(finding(this, `The subject contains ${inSubject.what}.`, evidence, piiFix(inSubject.kinds, 'comment')));
    }
    // Zendesk's description is the first public comment: read it only without the conversation.
    // A Jira description is its own field and always visible to the customer.
    if (ticket.description && (!known || ticket.site === 'jira')) {
      const hit = scanPii(ticket.description, params.kinds);
      if (hit) {
        const evidence = { field: 'description', quote: hit.quote };
        out.push(finding(this, `The description contains ${hit.what}.`, evidence, piiFix(hit.kinds, 'comment')));
      }
    }
    for (const c of ticket.comments) {
      if (!c.public) continue;
      const hit = scanPii(c.text, params.kinds);
      if (!hit) continue;
      const name = commentName(c);
      out.push(
        finding(
          this,
          `${name[0]?.toUpperCase()}${name.slice(1)} contains ${hit.what}.`,
          { field: 'comments', commentId: c.id, quote: hit.quote },
          piiFix(hit.kinds, 'comment'),
        ),
      );
    }
    const d = draft?.public ? draftPiiFinding(draft.text, params.kinds) : null;
    if (d) out.push(d);
    return out;
  },
});
