import { cardValid, IBAN_LENGTHS, ibanValid } from '../checksums';
import { scan, wholeSpan, type Detector } from '../kinds';
import { cardLabelled, idLabelled } from './context';

// 13-19 digits, optionally grouped by single spaces or dashes; not part of a longer number or id.
const CARD = /\d(?<![\w.,/-]\d)(?:[ -]?\d){12,18}(?![\w]|[.,/-]\d)/g;

/** Payment card numbers: network prefix, length and Luhn checked. */
export const card: Detector = {
  kind: 'card',
  find: (text) =>
    scan(CARD, text, (m) => {
      const digits = m[0].replace(/[ -]/g, '');
      if (!cardValid(digits)) return null;
      // An ungrouped number labelled as an order or transaction is that, even if Luhn-valid.
      const bare = digits.length === m[0].length;
      if (bare && idLabelled(text, m.index) && !cardLabelled(text, m.index)) return null;
      return wholeSpan(m);
    }),
};

// A country code, check digits, then groups; the length table decides where the IBAN ends.
const IBAN = /(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}/gi;

/** IBANs: country length and ISO 13616 mod-97 checked. */
export const iban: Detector = {
  kind: 'iban',
  find: (text) =>
    scan(IBAN, text, (m) => {
      const want = IBAN_LENGTHS[m[0].slice(0, 2).toUpperCase()];
      if (want === undefined) return null;
      // Walk the characters until `want` alphanumerics are taken, so a following word is not eaten.
      let taken = 0;
      let end = 0;
      while (end < m[0].length && taken < want) {
        if (m[0][end] !== ' ') taken++;
        end++;
      }
      if (taken < want) return null;
      const after = text[m.index + end];
      if (after !== undefined && /[A-Za-z0-9]/.test(after)) return null;
      const compact = m[0].slice(0, end).replace(/ /g, '').toUpperCase();
      return ibanValid(compact) ? { start: m.index, end: m.index + end } : null;
    }),
};
