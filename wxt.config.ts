import { defineConfig } from 'wxt';

import { HELPDESK_MATCHES } from './lib/sites/hosts';
import { zodWithoutEval } from './scripts/zod-without-eval';

// Test-only build (npm run build:e2e): a host granted at install time stands in for a custom domain
// the user granted at run time, since no test can answer the browser's permission prompt.
const grantedForTest = process.env.DESKSIDE_E2E_GRANTED_HOST;

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  ...(grantedForTest ? { outDir: '.output-e2e' } : {}),
  imports: false,
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Deskside',
    description: 'Ticket context, cached on your device, beside Zendesk and Jira.',
    // Each permission is justified in lib/manifest/permissions.ts (test/unit/manifest.test.ts
    // fails on any other). sidePanel: Chrome shows the sidebar there on custom domains.
    permissions: ['storage', 'alarms', 'scripting', 'contextMenus', 'activeTab', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: 'Deskside' },
    host_permissions: grantedForTest ? [...HELPDESK_MATCHES, `https://${grantedForTest}/*`] : HELPDESK_MATCHES,
    // Self-hosted Jira and host-mapped Zendesk: asked for one domain at a time, at run time.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*'] }
      : { optional_host_permissions: ['https://*/*'] }),
    // The sidebar may be framed only on the built-in helpdesks; use_dynamic_url also makes its URL
    // a per-session secret only the content script knows, so no page can probe for it. WAR matches
    // cannot grow at run time: on custom domains Chrome shows the sidebar in its side panel instead.
    // (Firefox MV2 has no WAR matches: there any page that knew the per-install moz-extension
    // UUID could frame it.)
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: HELPDESK_MATCHES, use_dynamic_url: true }],
    // Disabled globally by the background; enabled per custom-domain tab showing a ticket.
    ...(browser === 'firefox' ? {} : { side_panel: { default_path: 'sidebar.html' } }),
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Show or hide the Deskside sidebar',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'deskside@deskside.dev',
              // 140 is the first Firefox (142 on Android) that reads data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    // No eval in the shipped code (extension CSP, addons-linter DANGEROUS_EVAL): see the plugin.
    plugins: [zodWithoutEval()],
    // Chrome refuses a content script holding raw non-ASCII bytes ("isn't UTF-8 encoded").
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
