// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { scriptStartedEvent } from '@/entrypoints/helpdesk.content/script-started';

const forge = () =>
  document.dispatchEvent(new CustomEvent(scriptStartedEvent(), { detail: { contentScriptName: 'helpdesk', messageId: 'forged' } }));

describe("WXT's 'newer copy started' event, which a page can forge", () => {
  it('is the event that stops a running content script (so it is the one Deskside must block)', () => {
    expect(scriptStartedEvent()).toMatch(new RegExp(`^${fakeBrowser.runtime.id}:.*wxt:content-script-started$`));
    const ctx = new ContentScriptContext('helpdesk');
    forge();
    expect(ctx.isValid).toBe(false);
  });

  it('stops nothing once a capturing listener on window stops it, as the content script does', () => {
    const block = (event: Event) => event.stopImmediatePropagation();
    window.addEventListener(scriptStartedEvent(), block, { capture: true });
    const ctx = new ContentScriptContext('helpdesk');
    forge();
    expect(ctx.isValid).toBe(true);
    window.removeEventListener(scriptStartedEvent(), block, { capture: true });
  });
});
