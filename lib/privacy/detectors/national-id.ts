import { dniValid, nhsValid, ssnValid } from '../checksums';
import { glued, groupSpan, scan, wholeSpan, type Detector, type Span } from '../kinds';

// US SSN written 123-45-6789 or 123 45 6789 (the same separator twice).
const SSN = /(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w]|-\d)/g;
// Bare nine digits only when labelled: otherwise they are order numbers and IDs.
const SSN_LABELLED = /\b(?:ssn|social security(?: number| no\.?| #)?)\s*(?:is|:|#)?\s*(\d{3})-?(\d{2})-?(\d{4})(?!\d)/dgi;
// Spanish DNI (12345678Z) and NIE (X1234567L): the control letter is a checksum.
const DNI = /([XYZ]?\d{7,8})-?([A-Z])(?![\w])/g;
// UK NHS number: ten digits, mod-11 checked, only next to the word NHS (the format is a phone's).
const NHS = /\bNHS(?: number| no\.?| #)?\s*(?:is|:)?\s*(\d{3}[ -]?\d{3}[ -]?\d{4})(?!\d)/dgi;

function find(text: string): Span[] {
  return [
    ...scan(SSN, text, (m) => (ssnValid(m[1] ?? '', m[3] ?? '', m[4] ?? '') ? wholeSpan(m) : null)),
    ...scan(SSN_LABELLED, text, (m) => {
      if (!ssnValid(m[1] ?? '', m[2] ?? '', m[3] ?? '')) return null;
      const a = groupSpan(m, 1);
      const c = groupSpan(m, 3);
      return a && c ? { start: a.start, end: c.end } : null;
    }),
    ...scan(DNI, text, (m) => (!glued(text, m.index, /[\w-]/) && dniValid((m[1] ?? '') + (m[2] ?? '')) ? wholeSpan(m) : null)),
    ...scan(NHS, text, (m) => (nhsValid((m[1] ?? '').replace(/\D/g, '')) ? groupSpan(m, 1) : null)),
  ];
}

/** National IDs: US SSN (issued ranges only), Spanish DNI/NIE and UK NHS numbers (checksummed). */
export const nationalId: Detector = { kind: 'national-id', find };
