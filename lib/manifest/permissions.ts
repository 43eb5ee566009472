// Every permission Deskside's manifests may ask for, and why. The unit test of the manifest fails
// on any permission not listed here, so a new one cannot slip in without its reason.

/** API permissions, with the feature that needs each and what breaks without it. */
export const JUSTIFIED_PERMISSIONS = {
  storage:
    'Settings, the collapsed state and the tab-to-ticket registry (storage.local / storage.session). Without it nothing is remembered and a restarted background forgets which tab shows which ticket.',
  alarms:
    'Daily retention clean-up, knowledge-base sync back-off and the capture badge timeout survive the background being stopped. Without it old data is never pruned and a paused sync never resumes.',
  scripting:
    'Registers the content script on custom domains the user granted, and reads the selection for "Capture to Deskside". Without it custom domains get no sidebar and captures fall back to the plain selection text.',
  contextMenus: 'The "Capture to Deskside" item on selected text. Without it evidence can only be pasted by hand.',
  activeTab:
    'Lets a capture read the page it was used on (any site, only at that click) without a host permission for it. Without it capture works only on helpdesk pages.',
  sidePanel:
    'Chrome only: on a custom helpdesk domain the sidebar opens in the side panel, since sidebar.html may be framed only on the built-in helpdesks. Without it custom domains have no sidebar in Chrome.',
} as const;

export type JustifiedPermission = keyof typeof JUSTIFIED_PERMISSIONS;

/** Origins the extension may always read: where the content script runs and tab URLs it needs. */
export const HOST_PERMISSION_REASON =
  'Runs the content script on Zendesk and Atlassian Cloud, and finds their open tabs (tab URLs) for the knowledge-base sync. Without it no helpdesk page gets a sidebar.';

/** Asked for one domain at a time, at run time, from the options page. */
export const OPTIONAL_HOSTS = ['https://*/*'];
export const OPTIONAL_HOST_REASON =
  'Self-hosted Jira and host-mapped Zendesk: the user grants one custom domain at a time from the options page. Nothing is granted at install.';
