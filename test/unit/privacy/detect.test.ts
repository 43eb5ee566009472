import { describe, expect, it } from 'vitest';
import { cardValid, detect, ibanValid, luhnValid, redact } from '@/lib/privacy';

const kinds = (text: string) => detect(text).map((f) => [f.kind, f.match]);

describe('detect', () => {
  it('returns non-overlapping findings sorted by start, each the exact slice of the text', () => {
    const text = 'Mail jo@acme.io, card 5555 5555 5555 4444, call +44 20 7946 0958, key AKIAIOSFODNN7EXAMPL3';
    const found = detect(text);
    expect(found.map((f) => f.kind)).toEqual(['email', 'card', 'phone', 'cloud-key']);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.match);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
  it('filters by kind', () => {
    expect(detect('jo@acme.io 4111111111111111', { kinds: ['card'] }).map((f) => f.kind)).toEqual(['card']);
  });
  it('lets the stronger kind win an overlap', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVlLTEyMzQ';
    expect(kinds(`Authorization: Bearer ${jwt}`)).toEqual([['auth-header', `Bearer ${jwt}`]]);
    expect(kinds(`token ${jwt}`)).toEqual([['jwt', jwt]]);
    expect(kinds('https://bob:Sekr3t@db.acme.io/x')).toEqual([['url-password', 'Sekr3t']]);
  });
  it('needs the checksum: Luhn for cards, mod-97 for IBANs, the range rules for SSNs', () => {
    expect(kinds('card 4111 1111 1111 1112')).toEqual([]);
    expect(kinds('IBAN GB82 WEST 1234 5698 7654 32')).toEqual([['iban', 'GB82 WEST 1234 5698 7654 32']]);
    expect(kinds('IBAN GB83 WEST 1234 5698 7654 32')).toEqual([]);
    expect(kinds('SSN 536-90-4399')).toEqual([['national-id', '536-90-4399']]);
    expect(kinds('SSN 666-90-4399 / 900-12-3456 / 536-00-4399')).toEqual([]);
    expect(kinds('DNI 12345678Z, wrong 12345678A')).toEqual([['national-id', '12345678Z']]);
  });
  it('needs a JWT header that names an algorithm', () => {
    const fake = `${Buffer.from('{"typ":"x"}').toString('base64url')}.eyJzdWIiOiIxMjM0In0.abcdefgh`;
    expect(kinds(`eyJ${fake.slice(3)}`)).toEqual([]);
  });
  it('redacts only the value of a labelled password or token and keeps masks alone', () => {
    expect(kinds('password: ******** and api_key=YOUR_API_KEY')).toEqual([]);
    expect(kinds('DB_PASSWORD=hunter2x')).toEqual([['password', 'hunter2x']]);
    expect(kinds('phone 1.2.3.4 v10.4.1 at 2026-11-20 10:22:01')).toEqual([]);
  });
  it('reads a PEM key to its END line, or to a blank line when truncated', () => {
    const key = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----';
    expect(kinds(`key:\n${key}\nthanks`)).toEqual([['private-key', key]]);
    expect(kinds('-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n\nRegards')[0]?.[1]).toBe('-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA');
  });
});

describe('redact', () => {
  it('replaces each finding with its kind and counts them', () => {
    const r = redact('Card 4111-1111-1111-1111, cookie: sessionid=abcdef123456; mail a@b.co and c@d.co');
    expect(r.text).toBe('Card [REDACTED:card], cookie: [REDACTED:cookie]');
    expect(r.counts).toEqual({ card: 1, cookie: 1 });
    const m = redact('mail a@b.co and c@d.co');
    expect(m).toEqual({ text: 'mail [REDACTED:email] and [REDACTED:email]', counts: { email: 2 } });
  });
  it('leaves clean text unchanged', () => {
    expect(redact('Order 100234567 shipped, trace 4bf92f3577b34da6a3ce929d0e0e4736')).toEqual({
      text: 'Order 100234567 shipped, trace 4bf92f3577b34da6a3ce929d0e0e4736',
      counts: {},
    });
  });
});

describe('checksums', () => {
  it('validate the published test numbers', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    expect(cardValid('378282246310005')).toBe(true);
    expect(cardValid('1234567812345670')).toBe(false); // Luhn-valid, no network
    expect(ibanValid('DE89370400440532013000')).toBe(true);
    expect(ibanValid('DE89370400440532013001')).toBe(false);
  });
});
