// Personal data and secret detection, shared by hygiene (pii-in-public), escalation packages and
// evidence capture. Pure regex and checksums: no zod, no DOM, safe in the content script.
export { detect } from './detect';
export { redact } from './redact';
export { PRIVACY_KINDS, type PrivacyFinding, type PrivacyKind, type PrivacyOptions } from './kinds';
export { cardValid, ibanValid, luhnValid } from './checksums';
