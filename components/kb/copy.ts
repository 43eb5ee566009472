/**
 * Copies text to the clipboard. The sidebar is a frame inside the helpdesk page, whose
 * permissions policy may deny the async clipboard there; the older copy command still works
 * within the click that asked for it.
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Denied in this frame: fall back below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('The browser refused to copy: select the link and copy it by hand');
}
