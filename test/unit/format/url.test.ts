import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '@/lib/format/url';
import { URL_LIKE } from '../../fixtures/hostile/payloads';

describe('safeHttpUrl', () => {
  it('keeps http and https addresses, normalised', () => {
    expect(safeHttpUrl('https://acme.zendesk.com/hc/en-us/articles/360001')).toBe('https://acme.zendesk.com/hc/en-us/articles/360001');
    expect(safeHttpUrl('HTTP://Acme.Example')).toBe('http://acme.example/');
    expect(safeHttpUrl('https://acme.example/a b')).toBe('https://acme.example/a%20b');
  });

  it('refuses every script, data and other non-web scheme of the hostile corpus', () => {
    expect(URL_LIKE.length).toBeGreaterThanOrEqual(8);
    for (const p of URL_LIKE) expect(safeHttpUrl(p.text), p.id).toBeNull();
  });

  it('refuses schemes hidden by case, whitespace, control characters or entities', () => {
    for (const raw of ['JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', '\u0000javascript:alert(1)', 'javascript&colon;alert(1)']) {
      expect(safeHttpUrl(raw), JSON.stringify(raw)).toBeNull();
    }
  });

  it('refuses other extension-reachable schemes, relative paths and credentials', () => {
    for (const raw of ['file:///etc/passwd', 'chrome-extension://abc/options.html', 'blob:https://acme.example/1', 'ftp://acme.example/x', '/agent/tickets/1', '//evil.example/x', 'https://acme.zendesk.com@evil.example/', 'https://user:pw@acme.example/', '', null, undefined]) {
      expect(safeHttpUrl(raw), String(raw)).toBeNull();
    }
  });
});
