// Types only (erased at build time): importing them costs the content script nothing.
import type { z } from 'zod';
import type { Site, TicketSnapshot } from '../schema/ticket';
import type { RuleId, Severity } from './ids';
import type { StatusCategory } from './status';

export type { RuleId, Severity } from './ids';

/** Where a finding was seen: a snapshot field (or "draft"), a short quote, the comment if any. */
export interface Evidence {
  field: string;
  quote?: string;
  commentId?: string;
  /** The other ticket's key (`ticketKey`), for findings about another ticket (possible-duplicate). */
  relatedTicket?: string;
}

/** One problem a rule found, with the evidence and how to fix it. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  evidence: Evidence;
  fix: string;
}

/** The reply being written, as the composer shows it. */
export interface TicketDraft {
  text: string;
  public: boolean;
}

/** What a rule's check sees. `others` are other cached tickets (for possible-duplicate). */
export interface RuleContext<P> {
  ticket: TicketSnapshot;
  draft?: TicketDraft;
  others?: readonly TicketSnapshot[];
  now: Date;
  params: P;
}

/** One hygiene rule. `params` holds its settings schema; every param has a default. */
export interface Rule<S extends z.ZodType = z.ZodType> {
  id: RuleId;
  title: string;
  defaultSeverity: Severity;
  /** Sites and status categories the rule runs on; absent means all. */
  appliesTo: { sites?: readonly Site[]; statuses?: readonly StatusCategory[] };
  params: S;
  /** Called as `rule.check(ctx)`: a rule names itself in its findings through `this`. */
  check(this: Pick<Rule, 'id' | 'defaultSeverity'>, ctx: RuleContext<z.output<S>>): Finding[];
}
