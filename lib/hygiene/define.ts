import type { z } from 'zod';
import type { Evidence, Finding, Rule } from './types';

/** Declares a rule; the identity function gives each rule its own typed params. */
export function defineRule<S extends z.ZodType>(rule: Rule<S>): Rule<S> {
  return rule;
}

/** A finding of `rule` at its default severity (the engine applies the user's override). */
export function finding(
  rule: Pick<Rule, 'id' | 'defaultSeverity'>,
  message: string,
  evidence: Evidence,
  fix: string,
): Finding {
  return { rule: rule.id, severity: rule.defaultSeverity, message, evidence, fix };
}
