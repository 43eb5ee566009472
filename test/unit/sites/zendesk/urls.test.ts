import { describe, expect, it } from 'vitest';
import { isZendeskHost, zendeskTicketIdFromUrl } from '../../../../lib/sites/zendesk/urls';

describe('zendeskTicketIdFromUrl', () => {
  it.each([
    ['https://acme-support.zendesk.com/agent/tickets/4102', '4102'],
    ['https://acme-support.zendesk.com/agent/tickets/4102/', '4102'],
    ['https://acme-support.zendesk.com/agent/tickets/4102/events', '4102'],
    ['https://acme-support.zendesk.com/agent/tickets/4102?foo=1#comment-9', '4102'],
    ['https://acme-support.zendesk.com/agent/tickets/4102#x', '4102'],
    ['https://ACME.Zendesk.com/agent/tickets/7', '7'],
    ['https://eu.acme.zendesk.com/agent/tickets/123456789', '123456789'],
  ])('finds the ticket in %s', (url, id) => {
    expect(zendeskTicketIdFromUrl(url)).toBe(id);
    expect(zendeskTicketIdFromUrl(new URL(url))).toBe(id);
  });

  it.each([
    ['http (not https)', 'http://acme.zendesk.com/agent/tickets/1'],
    ['another port', 'https://acme.zendesk.com:8443/agent/tickets/1'],
    ['a look-alike host', 'https://acme.zendesk.com.evil.example/agent/tickets/1'],
    ['a host merely ending in zendesk.com', 'https://evilzendesk.com/agent/tickets/1'],
    ['the bare zendesk.com', 'https://zendesk.com/agent/tickets/1'],
    ['a non-ticket page', 'https://acme.zendesk.com/agent/dashboard'],
    ['a new-ticket page', 'https://acme.zendesk.com/agent/tickets/new/1'],
    ['a longer id-like segment', 'https://acme.zendesk.com/agent/tickets/12abc'],
    ['a leading zero', 'https://acme.zendesk.com/agent/tickets/0123'],
    ['the id only in the query', 'https://acme.zendesk.com/agent/search?q=/agent/tickets/5'],
    ['a path prefix', 'https://acme.zendesk.com/x/agent/tickets/5'],
    ['not a URL', 'agent/tickets/5'],
    ['an empty string', ''],
  ])('returns null for %s', (_why, url) => {
    expect(zendeskTicketIdFromUrl(url)).toBeNull();
  });
});

describe('isZendeskHost', () => {
  it('accepts helpdesk subdomains, case-insensitively', () => {
    expect(isZendeskHost('acme-support.zendesk.com')).toBe(true);
    expect(isZendeskHost('Acme.ZENDESK.com')).toBe(true);
    expect(isZendeskHost('a.b.zendesk.com')).toBe(true);
  });

  it('rejects everything else', () => {
    for (const host of ['zendesk.com', 'evilzendesk.com', 'acme.zendesk.com.example', 'acme.zendesk.co', '', '.zendesk.com', '-x.zendesk.com', 'acme.zendesk.com:443']) {
      expect(isZendeskHost(host), host).toBe(false);
    }
  });
});
