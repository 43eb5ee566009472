// Words right before a number say what it is: "order 4111…" is an order, "call me on 020…" a phone.

/** The text just before `start`, lower-cased, for context checks. */
export function before(text: string, start: number, width = 28): string {
  return text.slice(Math.max(0, start - width), start).toLowerCase();
}

/** Labels that mark a number as an identifier of a record, not a person's data. */
const ID_LABEL =
  /(?:\b(?:order|invoice|ticket|case|ref|reference|id|po|tracking|shipment|build|version|ver|v|serial|sku|batch|job|run|account|acct|transaction|txn|trace|request|incident|pid|port|epoch|timestamp|ts|seq|sequence|offset|code|error|err|status|problem|record|customer|quote)(?:\s*(?:number|no\.?|#|id))?|#)\s*[:#=]?\s*["'(]?$/;

/** Labels that say a phone number follows. */
const PHONE_LABEL =
  /(?:phone|tel|telephone|mobile|cell|cellphone|call(?: me| us)?(?: at| on)?|text(?: me)?(?: at| on)?|whatsapp|sms|fax|reach (?:me|us) (?:at|on)|contact (?:number|no\.?)|ph\.?|mob\.?)\s*(?:number|no\.?|#)?\s*(?:is|:|-|at|on)?\s*$/;

/** True when the words before `start` label what follows as a record identifier. */
export function idLabelled(text: string, start: number): boolean {
  return ID_LABEL.test(before(text, start)) && !PHONE_LABEL.test(before(text, start));
}

/** True when the words before `start` say a phone number follows. */
export function phoneLabelled(text: string, start: number): boolean {
  return PHONE_LABEL.test(before(text, start));
}

/** True when the words before `start` say a payment card follows. */
export function cardLabelled(text: string, start: number): boolean {
  return /\b(?:card|visa|mastercard|amex|pan|cc|credit|debit)\b/.test(before(text, start, 40));
}

/** Counts the ASCII digits of a string. */
export function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

// Values people write in place of a secret: masks, placeholders, template variables.
const PLACEHOLDER =
  /^(?:\*+|x{3,}|•+|\.{3,}|-+|<[^>]*>|\[[^\]]*\]|\{\{?[^}]*\}?\}|\$\{?[\w.]*\}?|%[\w]*%?|%s|\?+|null|nil|none|undefined|true|false|yes|no|n\/a|na|empty|required|optional|redacted|hidden|masked|removed|changeme|your[_-]?\w*|example|xxx\w*)$/i;

/** True for a mask or placeholder written where a secret would go. */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value) || value.toUpperCase().startsWith('[REDACTED');
}
