/**
 * Inserts text into a rich-text editor (CKEditor, ProseMirror) at the caret, or at the end when
 * the caret is outside it. execCommand('insertText') goes through the editor's own beforeinput
 * handling, so its model stays in step; a plain DOM edit would be undone by the editor.
 */
export function insertAtCaret(doc: Document, editor: HTMLElement, text: string): boolean {
  editor.focus();
  const selection = doc.getSelection();
  if (selection && !(selection.anchorNode && editor.contains(selection.anchorNode))) {
    const range = doc.createRange();
    range.selectNodeContents(editor);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  // Deprecated but still the one way to type into another script's editor as the user would.
  return doc.execCommand('insertText', false, text);
}
