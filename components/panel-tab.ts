/**
 * The tab a sidebar that is not framed in a page follows: Chrome's side panel on a custom helpdesk
 * domain opens sidebar.html?tab=ID. undefined in a framed sidebar (the background knows its tab),
 * in the popup and in options. The background honours it only from Deskside's own pages.
 */
export function panelTabId(): number | undefined {
  if (window.top !== window) return undefined;
  const raw = new URLSearchParams(location.search).get('tab');
  return raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : undefined;
}
