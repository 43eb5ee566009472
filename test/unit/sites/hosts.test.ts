import { describe, expect, it } from 'vitest';
import { isBuiltInHelpdeskHost } from '@/lib/sites/hosts';

describe('built-in helpdesk hosts (where the sidebar may be framed)', () => {
  it('covers Zendesk and Atlassian Cloud subdomains, any case, any port', () => {
    for (const host of ['acme.zendesk.com', 'ACME.Zendesk.com', 'acme.atlassian.net', 'a.b.atlassian.net:443', 'zendesk.com']) {
      expect(isBuiltInHelpdeskHost(host), host).toBe(true);
    }
  });

  it('does not cover custom domains or look-alikes', () => {
    for (const host of ['support.acme-corp.test', 'evilzendesk.com', 'zendesk.com.evil.example', 'atlassian.net.example', 'jira.acme.com']) {
      expect(isBuiltInHelpdeskHost(host), host).toBe(false);
    }
  });
});
