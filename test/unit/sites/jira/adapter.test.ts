// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { jiraAdapter } from '../../../../lib/sites/jira/adapter';
import { page, URLS } from './pages';

const blank = () => new DOMParser().parseFromString('<html><head></head><body></body></html>', 'text/html');

describe('jiraAdapter', () => {
  it('matches Jira Cloud pages by host, but not Confluence on the same host', () => {
    expect(jiraAdapter.matchesPage(blank(), URLS.issue)).toBe(true);
    expect(jiraAdapter.matchesPage(blank(), 'https://acme.atlassian.net/jira/your-work')).toBe(true);
    expect(jiraAdapter.matchesPage(blank(), 'https://acme.atlassian.net/wiki/spaces/OPS')).toBe(false);
  });

  it('matches a granted custom domain only when the page says it is Jira', () => {
    expect(jiraAdapter.matchesPage(page('issue-view.html'), 'https://jira.corp.example/browse/SUP-101')).toBe(true);
    expect(jiraAdapter.matchesPage(blank(), 'https://jira.corp.example/browse/SUP-101')).toBe(false);
    expect(jiraAdapter.matchesPage(blank(), 'not a url')).toBe(false);
  });

  it('names the issue of every view kind, on any host', () => {
    expect(jiraAdapter.ticketIdFromUrl(URLS.board('SUP-102'))).toBe('SUP-102');
    expect(jiraAdapter.ticketIdFromUrl(URLS.queue)).toBe('HELP-7');
    expect(jiraAdapter.ticketIdFromUrl('https://jira.corp.example/browse/OPS-12')).toBe('OPS-12');
    expect(jiraAdapter.ticketIdFromUrl('https://acme.atlassian.net/jira/software/projects/SUP/boards/1')).toBeNull();
  });

  it('reads the page through readDom', () => {
    const s = jiraAdapter.readDom(page('issue-view.html'), { host: 'acme.atlassian.net', ticketId: 'SUP-101', url: URLS.issue }, '2026-11-27T12:00:00Z');
    expect(s).toMatchObject({ site: 'jira', subject: expect.stringMatching(/^Checkout fails/) });
  });
});

describe('jiraAdapter.readDraft', () => {
  function withEditor(text: string, extra = ''): Document {
    const doc = page('issue-view.html');
    const list = doc.querySelector('[data-testid="issue.activity.comments-list"]')!;
    list.insertAdjacentHTML('beforebegin', `<div class="comment-editor">${extra}<div class="ak-editor-content-area"><div class="ProseMirror" contenteditable="true">${text}</div></div></div>`);
    return doc;
  }

  it('reads what the agent types, public by default; nothing typed is no draft', () => {
    expect(jiraAdapter.readDraft(withEditor(''))).toBeNull();
    expect(jiraAdapter.readDraft(withEditor('<p>Hi Lena,</p><p>token abc123</p>'))).toEqual({ text: 'Hi Lena,\n\ntoken abc123', public: true });
    expect(jiraAdapter.composerSelectors.length).toBeGreaterThan(0);
  });

  it('knows a restricted comment or a JSM internal note', () => {
    const restricted = '<div data-testid="issue-comment-base.ui.comment.comment-visibility.comment-visibility-wrapper">Restricted to Developers</div>';
    expect(jiraAdapter.readDraft(withEditor('<p>x</p>', restricted))?.public).toBe(false);
    const internal = '<button aria-pressed="true">Add internal note</button><button aria-pressed="false">Reply to customer</button>';
    expect(jiraAdapter.readDraft(withEditor('<p>x</p>', internal))?.public).toBe(false);
    const reply = '<button aria-pressed="false">Add internal note</button><button aria-pressed="true">Reply to customer</button>';
    expect(jiraAdapter.readDraft(withEditor('<p>x</p>', reply))?.public).toBe(true);
  });

  it('does not take an open description editor for a reply', () => {
    const doc = page('issue-view.html');
    doc.querySelector('[data-testid="issue.views.field.rich-text.description"]')!.insertAdjacentHTML('beforeend', '<div class="ProseMirror" contenteditable="true">editing the description</div>');
    expect(jiraAdapter.readDraft(doc)).toBeNull();
  });
});

describe('jiraAdapter.insertText', () => {
  it('types into the open issue comment editor, and reports when there is none', () => {
    const doc = page('issue-view.html');
    expect(jiraAdapter.insertText(doc, 'hello')).toBe(false);
    doc.querySelector('[data-testid="issue.activity.comments-list"]')!.insertAdjacentHTML('beforebegin', '<div class="ak-editor-content-area"><div class="ProseMirror" contenteditable="true"></div></div>');
    const editor = doc.querySelector<HTMLElement>('.ProseMirror')!;
    const exec = vi.fn(() => true);
    Object.defineProperty(doc, 'execCommand', { value: exec, configurable: true });
    expect(jiraAdapter.insertText(doc, 'KB: reset SSO certificate')).toBe(true);
    expect(exec).toHaveBeenCalledWith('insertText', false, 'KB: reset SSO certificate');
    expect(doc.activeElement === editor || editor.contains(doc.getSelection()?.anchorNode ?? null)).toBe(true);
  });
});
