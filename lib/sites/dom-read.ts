// Shared by the site DOM readers: a host page can be odd in any way, and one part that cannot be
// read must cost only that part, said plainly, never the whole snapshot.
import type { TrackedField } from '../schema/snapshot-base';
import type { Notice, TicketSnapshot } from '../schema/ticket';

/** Runs one read; a throw (odd markup) is "not read", like a missing element. */
export function attempt<T>(read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The notice for a field a page reader expected and could not find. */
export const domNotice = (part: string): Notice => ({ source: 'dom', part, message: `Couldn't read the ${part} on this page` });

/**
 * A field setter for one snapshot: a value read is applied and marked as from the page; a field
 * in `expected` that could not be read becomes a notice.
 */
export function fieldFiller(snap: TicketSnapshot, expected: ReadonlySet<TrackedField>) {
  return <T>(field: TrackedField, read: () => T | undefined, apply: (v: T) => void): void => {
    const v = attempt(read);
    if (v === undefined) {
      if (expected.has(field)) snap.notices.push(domNotice(field));
      return;
    }
    apply(v);
    snap.fieldSources[field] = 'dom';
  };
}
