// Word-set similarity of two tickets' subjects and descriptions, for possible-duplicate.
import type { TicketSnapshot } from '../schema/ticket';

const STOP = new Set(
  ('the and for with that this from have has are was were not but you your our can cannot could ' +
    'would should will when what why how all any get got does did its it\'s into out about there ' +
    'their them they then than just also been being after before again still please hello thanks ' +
    'thank team hi dear regards issue problem help need support ticket').split(' '),
);

export interface TicketWords {
  subject: ReadonlySet<string>;
  body: ReadonlySet<string>;
}

/** Lower-case word stems of 3+ letters (or any number), stop words dropped. */
export function words(text: string, limit = 400): Set<string> {
  const out = new Set<string>();
  // "log in", "sign-in" and "login" are the same complaint.
  const plain = text.toLowerCase().slice(0, 4000).replace(/\b(?:log|sign)[\s-]?(?:in|on)\b/g, 'login');
  for (const w of plain.split(/[^\p{L}\p{N}]+/u)) {
    if (out.size >= limit) break;
    if (!w || STOP.has(w) || (w.length < 3 && !/^\d+$/.test(w))) continue;
    out.add(stem(w));
  }
  return out;
}

/** A crude stem: "failing", "failed", "fails" all become "fail". */
function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

// Snapshots are immutable once built, so their words are computed once (1,000 tickets compare 1M pairs).
const cache = new WeakMap<TicketSnapshot, TicketWords>();

/** The words of a ticket's subject and description (or first comment). */
export function ticketWords(t: TicketSnapshot): TicketWords {
  let w = cache.get(t);
  if (!w) {
    w = { subject: words(t.subject ?? ''), body: words(t.description ?? t.comments[0]?.text ?? '') };
    cache.set(t, w);
  }
  return w;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let both = 0;
  for (const x of small) if (large.has(x)) both++;
  return both / (a.size + b.size - both);
}

/** 0..1: the subject weighs most; the description adds when both tickets have one. */
export function similarity(a: TicketWords, b: TicketWords): number {
  const s = jaccard(a.subject, b.subject);
  if (a.body.size === 0 || b.body.size === 0) return s;
  return 0.6 * s + 0.4 * jaccard(a.body, b.body);
}

interface Index {
  entries: { t: TicketSnapshot; words: TicketWords }[];
  subject: Map<string, number[]>;
  body: Map<string, number[]>;
  /** Shared-word counters per entry, reused between queries (reset after each). */
  sharedSubject: Int32Array;
  sharedBody: Int32Array;
}

// One index per list of other tickets: the audit passes the same list for every ticket, so
// 1,000 tickets build it once, and each query only counts shared words along the postings.
const indexes = new WeakMap<readonly TicketSnapshot[], Index>();

function post(map: Map<string, number[]>, words: ReadonlySet<string>, i: number): void {
  for (const w of words) {
    const list = map.get(w);
    if (list) list.push(i);
    else map.set(w, [i]);
  }
}

function indexOf(others: readonly TicketSnapshot[]): Index {
  let ix = indexes.get(others);
  if (!ix) {
    const entries = others.map((t) => ({ t, words: ticketWords(t) }));
    const subject = new Map<string, number[]>();
    const body = new Map<string, number[]>();
    entries.forEach((e, i) => {
      post(subject, e.words.subject, i);
      post(body, e.words.body, i);
    });
    const n = entries.length;
    ix = { entries, subject, body, sharedSubject: new Int32Array(n), sharedBody: new Int32Array(n) };
    indexes.set(others, ix);
  }
  return ix;
}

const jaccardOf = (shared: number, a: number, b: number): number =>
  a === 0 || b === 0 ? 0 : shared / (a + b - shared);

/**
 * Other tickets at least `threshold` similar to `mine` (see `similarity`) that `keep` accepts,
 * most similar first. Only tickets sharing a word are looked at.
 */
export function similarTickets(
  mine: TicketWords,
  others: readonly TicketSnapshot[],
  keep: (t: TicketSnapshot) => boolean,
  threshold: number,
): { t: TicketSnapshot; score: number }[] {
  const ix = indexOf(others);
  const touched: number[] = [];
  const count = (words: ReadonlySet<string>, postings: Map<string, number[]>, into: Int32Array) => {
    for (const w of words) {
      for (const i of postings.get(w) ?? []) {
        if (ix.sharedSubject[i] === 0 && ix.sharedBody[i] === 0) touched.push(i);
        into[i] = (into[i] ?? 0) + 1;
      }
    }
  };
  count(mine.subject, ix.subject, ix.sharedSubject);
  count(mine.body, ix.body, ix.sharedBody);
  const out: { t: TicketSnapshot; score: number }[] = [];
  for (const i of touched) {
    const e = ix.entries[i];
    const ss = ix.sharedSubject[i] ?? 0;
    const sb = ix.sharedBody[i] ?? 0;
    ix.sharedSubject[i] = 0;
    ix.sharedBody[i] = 0;
    if (!e) continue;
    const s = jaccardOf(ss, mine.subject.size, e.words.subject.size);
    const score =
      mine.body.size === 0 || e.words.body.size === 0 ? s : 0.6 * s + 0.4 * jaccardOf(sb, mine.body.size, e.words.body.size);
    if (score >= threshold && keep(e.t)) out.push({ t: e.t, score });
  }
  return out.sort((a, b) => b.score - a.score);
}
