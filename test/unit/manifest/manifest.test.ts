import { beforeAll, describe, expect, it, vi } from 'vitest';
import { JUSTIFIED_PERMISSIONS } from '@/lib/manifest/permissions';
import { manifestProblems } from '@/lib/manifest/policy';

type Manifest = Record<string, unknown>;
let chrome: Manifest;
let firefox: Manifest;

beforeAll(async () => {
  // The production build: no test-only grant.
  vi.stubEnv('DESKSIDE_E2E_GRANTED_HOST', '');
  const { default: config } = await import('@/wxt.config');
  const manifest = config.manifest as (env: object) => Manifest;
  chrome = manifest({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' });
  firefox = manifest({ browser: 'firefox', manifestVersion: 2, mode: 'production', command: 'build' });
  vi.unstubAllEnvs();
});

describe("the manifests' permissions", () => {
  it('ask only for justified permissions, helpdesk hosts and the run-time custom-domain grant', () => {
    expect(manifestProblems(chrome)).toEqual([]);
    expect(manifestProblems(firefox)).toEqual([]);
    expect(chrome.host_permissions).toEqual(['https://*.zendesk.com/*', 'https://*.atlassian.net/*']);
    expect(chrome.optional_host_permissions).toEqual(['https://*/*']);
    expect(firefox.optional_permissions).toEqual(['https://*/*']);
  });

  it('frame the sidebar only on the built-in helpdesks, by a per-session URL, and take no outside messages', () => {
    expect(chrome.web_accessible_resources).toEqual([
      { resources: ['sidebar.html'], matches: ['https://*.zendesk.com/*', 'https://*.atlassian.net/*'], use_dynamic_url: true },
    ]);
    expect(chrome).not.toHaveProperty('externally_connectable');
    expect(firefox).not.toHaveProperty('externally_connectable');
  });

  it('justify nothing they do not use: every justified permission is asked for by a build', () => {
    const used = new Set([...(chrome.permissions as string[]), ...(firefox.permissions as string[])]);
    expect(Object.keys(JUSTIFIED_PERMISSIONS).filter((p) => !used.has(p))).toEqual([]);
    expect(chrome.permissions).toContain('sidePanel');
    expect(firefox.permissions).not.toContain('sidePanel');
    expect(chrome.side_panel).toEqual({ default_path: 'sidebar.html' });
  });

  it('would catch a new permission, a wider frame or a door for web pages', () => {
    const mv3 = { manifest_version: 3, permissions: ['storage'] };
    expect(manifestProblems({ ...mv3, permissions: ['storage', 'tabs', 'webRequest'] })).toEqual([
      'permission "tabs" is not justified in lib/manifest/permissions.ts',
      'permission "webRequest" is not justified in lib/manifest/permissions.ts',
    ]);
    expect(manifestProblems({ ...mv3, host_permissions: ['<all_urls>'] })).toEqual(['host permission "<all_urls>" is not a built-in helpdesk']);
    expect(manifestProblems({ manifest_version: 2, permissions: ['storage', 'https://*/*'] })).toEqual([
      'host permission "https://*/*" is not a built-in helpdesk',
    ]);
    expect(manifestProblems({ ...mv3, optional_host_permissions: ['<all_urls>'] })).toEqual([
      'optional permission "<all_urls>" is not the custom-domain grant',
    ]);
    expect(manifestProblems({ ...mv3, web_accessible_resources: [{ resources: ['sidebar.html'], matches: ['https://*/*'], use_dynamic_url: true }] })).toEqual([
      'sidebar.html may be framed on "https://*/*"',
    ]);
    expect(manifestProblems({ ...mv3, web_accessible_resources: [{ resources: ['sidebar.html'], matches: ['https://*.zendesk.com/*'] }] })).toEqual([
      'web_accessible_resources without use_dynamic_url',
    ]);
    expect(manifestProblems({ ...mv3, web_accessible_resources: ['sidebar.html'] })).toEqual(['web_accessible_resources "sidebar.html" has no matches']);
    expect(manifestProblems({ ...mv3, externally_connectable: { matches: ['https://*.zendesk.com/*'] } })).toEqual([
      'externally_connectable lets web pages or other extensions message Deskside',
    ]);
  });
});
