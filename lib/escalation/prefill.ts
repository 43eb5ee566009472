import type { TicketSnapshot } from '../schema/ticket';
import { customerTexts, labelled, pickSentences, sentences } from './text';

const EXPECTED_LABEL = /expected(?: result| behaviou?r)?/;
const ACTUAL_LABEL = /actual(?: result| behaviou?r)?|what happens|observed(?: behaviou?r)?/;
const STEPS_LABEL = /steps to reproduce|steps|repro(?:duction)?(?: steps)?|how to reproduce/;
const EXPECTED = /\b(?:expected|expect(?:ing)?|should(?:n't| not)?|supposed to|used to|normally|as usual|until (?:last|yesterday|recently))\b/i;
const ACTUAL = /\b(?:instead|but now|however|error|errors|fail(?:s|ed|ing|ure)?|stopped|not (?:working|receiving|received|loading|sent|showing)|cannot|can't|unable|doesn't|does not|isn't|is not|won't|broken|no longer|nothing|never|missing|blank|crash(?:es|ed)?|timed? ?out|\d{3} (?:error|bad gateway))\b/i;
const STEP_LINE = /^\s*(?:\d{1,2}[.)]|[-*•]|step \d+:?)\s+(.+)$/i;
const IMPERATIVE = /^(?:go to|open|click|navigate|select|enter|type|submit|log ?in|sign in|create|add|upload|press|choose|set|call|send|run)\b/i;

/** What should have happened: a labelled section, else the customer's sentences that say "should", "expected", "used to". */
export function guessExpected(s: TicketSnapshot): string {
  const texts = customerTexts(s);
  return labelled(texts, EXPECTED_LABEL) ?? pickSentences(texts, EXPECTED, 2).join(' ');
}

/** What happens instead: a labelled section, else sentences naming a failure. */
export function guessActual(s: TicketSnapshot): string {
  const texts = customerTexts(s);
  const label = labelled(texts, ACTUAL_LABEL);
  if (label) return label;
  const expected = new Set(pickSentences(texts, EXPECTED, 2));
  return pickSentences(texts, ACTUAL, 4).filter((x) => !expected.has(x)).slice(0, 2).join(' ');
}

/** Steps to reproduce: a labelled list, else any numbered or bulleted list, else imperative sentences. */
export function guessSteps(s: TicketSnapshot): string[] {
  const texts = customerTexts(s);
  const label = labelled(texts, STEPS_LABEL);
  const listFrom = (block: string) =>
    block.split('\n').map((l) => STEP_LINE.exec(l)?.[1]?.trim()).filter((l): l is string => !!l);
  if (label) {
    const items = listFrom(label);
    return items.length ? items : sentences(label);
  }
  for (const t of texts) {
    const items = listFrom(t);
    if (items.length >= 2) return items.slice(0, 15);
  }
  return texts.flatMap((t) => sentences(t)).filter((x) => IMPERATIVE.test(x)).slice(0, 10);
}
