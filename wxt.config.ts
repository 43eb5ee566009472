import { defineConfig } from 'wxt';

import { HELPDESK_MATCHES } from './lib/sites/hosts';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Deskside',
    description: 'Ticket context, cached on your device, beside Zendesk and Jira.',
    permissions: ['storage', 'alarms'],
    host_permissions: HELPDESK_MATCHES,
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: HELPDESK_MATCHES }],
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
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    // Chrome refuses a content script holding raw non-ASCII bytes ("isn't UTF-8 encoded").
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
