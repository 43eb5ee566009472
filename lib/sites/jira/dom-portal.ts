// The JSM customer portal's request view: read-only, and only public comments are ever shown there.
import { emptySnapshot, type TrackedField } from '../../schema/snapshot-base';
import type { Comment, TicketSnapshot } from '../../schema/ticket';
import { blank, line, one, textOf } from './dom-text';
import * as sel from './selectors';

const p = sel.portal;

/** dt/dd pairs of a definition list, by lower-cased label. */
function pairs(root: Element | null): Map<string, Element> {
  const out = new Map<string, Element>();
  if (!root) return out;
  for (const dt of root.querySelectorAll('dt')) {
    const dd = dt.nextElementSibling;
    if (dd?.localName === 'dd') out.set(line(dt).toLowerCase(), dd);
  }
  return out;
}

function readComment(item: Element, index: number): Comment {
  const worker = item.classList.contains('worker-comment');
  const body = item.querySelector(p.body);
  return {
    // COMPOSED: an id attribute if the portal renders one.
    id: item.getAttribute('data-comment-id') || `portal-${index}`,
    authorRole: worker ? 'agent' : 'end-user',
    authorName: blank(line(item.querySelector(p.author))),
    public: true,
    createdAt: null,
    text: body ? textOf(body) : '',
  };
}

/** Reads a portal request page into a snapshot; `undefined` when the page is not a portal request. */
export function readPortal(
  doc: Document,
  ref: { host: string; ticketId: string; url: string },
  capturedAt: string,
): TicketSnapshot | undefined {
  const title = one(doc, p.title);
  const details = doc.querySelector(p.details);
  if (!title && !details) return undefined;
  const snap = emptySnapshot({ site: 'jira', host: ref.host, ticketId: ref.ticketId, url: ref.url, capturedAt });
  const mark = (field: TrackedField): void => {
    snap.fieldSources[field] = 'dom';
  };
  if (title) {
    snap.subject = blank(line(title));
    mark('subject');
  }
  const status = doc.querySelector(p.status);
  if (status) {
    snap.status = blank(line(status));
    mark('status');
  }
  const info = pairs(details);
  const type = info.get('request type');
  if (type) {
    snap.requestType = blank(line(type));
    mark('requestType');
  }
  const by = info.get('raised by') ?? info.get('reporter');
  if (by) {
    const name = blank(line(by));
    snap.requester = name ? { id: null, name, organization: null } : null;
    mark('requester');
  }
  const fields = pairs(doc.querySelector(p.fields));
  // Request forms name fields freely ("Tell us more"): the description is the longest one that is not the title.
  const shownTitle = title ? line(title) : '';
  const description =
    fields.get('description') ??
    [...fields.values()].filter((dd) => line(dd) !== shownTitle).sort((a, b) => line(b).length - line(a).length)[0];
  if (description) {
    snap.description = blank(textOf(description));
    mark('description');
  }
  if (doc.querySelector(p.list)) {
    snap.comments = [...doc.querySelectorAll(p.comment)].map(readComment);
    mark('comments');
  } else snap.notices.push({ source: 'dom', part: 'comments', message: "Couldn't read the comments on this page" });
  // commentCount stays unknown: the portal hides internal notes, so its count is not the issue's.
  if (!title) snap.notices.push({ source: 'dom', part: 'subject', message: "Couldn't read the subject on this page" });
  if (!status) snap.notices.push({ source: 'dom', part: 'status', message: "Couldn't read the status on this page" });
  if (Object.keys(snap.fieldSources).length > 0) snap.sources = ['dom'];
  return snap;
}
