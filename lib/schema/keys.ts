/** Storage key of the sidebar's collapsed state (shared by content script, sidebar and shortcut). */
export const COLLAPSED_KEY = 'sidebarCollapsed';

/** The long-lived port the sidebar, popup and options open to the background. */
export const SIDEBAR_PORT = 'deskside-sidebar';
