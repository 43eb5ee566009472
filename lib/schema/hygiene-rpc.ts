import { z } from 'zod';
import { HygieneReport, RuleIdSchema } from './hygiene';
import { defineMethod } from './rpc';

/** The hygiene checklist of one cached ticket, with the rules the agent ignores on it. */
export const hygieneReport = defineMethod(
  'hygiene.report',
  z.object({ ticketKey: z.string().min(1) }),
  HygieneReport.extend({ ignored: z.array(RuleIdSchema) }).nullable(),
);

/** Ignores (or stops ignoring) one rule on one ticket; remembered in the settings. */
export const ignoreRule = defineMethod(
  'hygiene.ignore',
  z.object({ ticketKey: z.string().min(1), rule: RuleIdSchema, ignore: z.boolean() }),
  z.array(RuleIdSchema),
);
