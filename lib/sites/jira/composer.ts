// The comment composer of the open Jira issue: what the agent is typing, and whether it is for the
// customer. Reads the draft; writes only when asked to insert text at the caret, as typing would.
import type { Draft } from '../adapter';
import { insertAtCaret } from '../insert';
import { findScope } from './dom-scope';
import { line, textOf } from './dom-text';
import * as sel from './selectors';
import { jiraIssueKeyFromUrl } from './urls';

/** The selectors whose changes may mean a new draft (editor or visibility). */
export const composerSelectors: readonly string[] = [...sel.composerEditor, ...sel.composerVisibility];

/** The open issue's container (the URL's issue), else the whole page. */
function issueScope(doc: Document): ParentNode {
  const key = jiraIssueKeyFromUrl(doc.location?.href ?? '');
  return (key ? findScope(doc, key) : null) ?? doc;
}

function editorIn(scope: ParentNode): Element | null {
  for (const s of sel.composerEditor) {
    for (const el of scope.querySelectorAll(s)) {
      // Editing the description is not a reply.
      if (!el.closest(sel.descriptionField)) return el;
    }
  }
  return null;
}

/** The draft comment on the open issue, or null when there is none (or it is empty). */
export function readJiraDraft(doc: Document): Draft | null {
  const scope = issueScope(doc);
  const editor = editorIn(scope);
  const text = editor ? textOf(editor) : '';
  if (!editor || !text) return null;
  // Restricted or internal when a visibility control says so; unknown counts as public (the safe side).
  const internal = sel.composerVisibility.some((s) =>
    [...scope.querySelectorAll(s)].some((el) => /restricted|internal/i.test(line(el))),
  );
  return { text, public: !internal };
}

/** Inserts text at the caret of the open issue's comment editor (at its end otherwise); false if none. */
export function insertJiraText(doc: Document, text: string): boolean {
  const editor = editorIn(issueScope(doc));
  return editor instanceof HTMLElement ? insertAtCaret(doc, editor, text) : false;
}
