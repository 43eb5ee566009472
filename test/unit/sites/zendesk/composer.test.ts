// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readZendeskDraft } from '@/lib/sites/zendesk/composer';
import { loadWorkspace } from './workspace';

function type(doc: Document, text: string): void {
  const pane = doc.querySelector('.ticket-panes-grid-layout[data-is-active="true"]')!;
  pane.querySelector('[data-test-id="omnicomposer-rich-text-ckeditor"]')!.innerHTML = text;
}

describe('readZendeskDraft', () => {
  it('reads what the agent types in the active ticket, as a public reply by default', () => {
    const doc = loadWorkspace('4102');
    expect(readZendeskDraft(doc)).toBeNull();
    type(doc, '<p>Hi Priya,</p><p>card 4111 1111 1111 1111</p>');
    expect(readZendeskDraft(doc)).toEqual({ text: 'Hi Priya,\n\ncard 4111 1111 1111 1111', public: true });
  });

  it('knows an internal note from the channel switcher', () => {
    const doc = loadWorkspace('4101');
    type(doc, 'Tried clearing the IdP cache');
    const pane = doc.querySelector('.ticket-panes-grid-layout[data-is-active="true"]')!;
    pane.querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!.textContent = 'Internal note';
    expect(readZendeskDraft(doc)?.public).toBe(false);
  });

  it("ignores another mounted ticket's draft", () => {
    const doc = loadWorkspace('4102');
    const other = doc.querySelector('.ticket-panes-grid-layout[data-is-active="false"] [data-test-id="omnicomposer-rich-text-ckeditor"]')!;
    other.textContent = 'draft for another ticket';
    expect(readZendeskDraft(doc)).toBeNull();
  });
});
