// The reply composer of the active Zendesk ticket: what the agent is typing, and whether it goes
// out as a public reply or an internal note. Read only; Deskside never writes, sends or blocks.
import type { Draft } from '../adapter';
import { insertAtCaret } from '../insert';
import { one, textOf } from './dom-text';
import * as sel from './selectors';

/** The composer's editable area (CKEditor in Agent Workspace), newest UI first. */
export const composerEditor = [
  // LR internal.ts / reply.ts (2025-08): Agent Workspace's rich-text composer.
  '[data-test-id="omnicomposer-rich-text-ckeditor"]',
] as const;

/** The public/internal channel switcher; its label names the current channel. */
export const channelSwitcher = [
  // LR internal.ts (2025-08): "Public reply" / "Internal note".
  '[data-test-id="omnichannel-channel-switcher-button"]',
] as const;

/** The draft in the active ticket's composer, or null when there is none (or it is empty). */
export function readZendeskDraft(doc: Document): Draft | null {
  const pane = one(doc, sel.activeTicketPane) ?? doc;
  const editor = one(pane, composerEditor);
  // textContent-based (no layout), with paragraph breaks kept as the agent sees them.
  const text = editor ? textOf(editor) : '';
  if (!editor || !text) return null;
  const channel = one(pane, channelSwitcher)?.textContent ?? '';
  // Unknown channel counts as public: the safe side for a privacy check.
  return { text, public: !/internal/i.test(channel) };
}

/**
 * Inserts text where the agent's caret is in the active ticket's composer (at the end when the
 * caret is elsewhere), through the editor's own input handling, as if typed.
 */
export function insertZendeskText(doc: Document, text: string): boolean {
  const pane = one(doc, sel.activeTicketPane) ?? doc;
  const editor = one(pane, composerEditor);
  return editor instanceof HTMLElement ? insertAtCaret(doc, editor, text) : false;
}
