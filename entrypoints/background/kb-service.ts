// The in-memory KB index of the background. Built over the bundled starter KB and every stored
// article, persisted with the articles it covers (one IndexedDB read on a cold start instead of
// one per article), reused while the article revision is unchanged, rebuilt when it changes.
import { z } from 'zod';
import type { DesksideDb } from '@/lib/db/database';
import { KB_INDEX_ID as INDEX_KEY, articlesRevision, listArticles, loadMeta, saveMeta, starterEnabled } from '@/lib/db/kb';
import { buildIndex } from '@/lib/kb/build';
import type { KbIndex } from '@/lib/kb/model';
import { loadIndex, serializeIndex } from '@/lib/kb/persist';
import { STARTER_ARTICLES } from '@/lib/kb/starter.generated';
import type { KbArticle } from '@/lib/schema/kb';

// The articles are ours (validated when written); only the envelope is checked here, and
// loadIndex checks the index against them.
const StoredIndex = z.object({
  revision: z.number(),
  articles: z.array(z.custom<KbArticle>((v) => typeof v === 'object' && v !== null)),
  index: z.unknown(),
});

/** Lazily loads, caches and rebuilds the search index. */
export class KbService {
  private current: { revision: number; index: KbIndex } | null = null;
  private pending: { revision: number; promise: Promise<KbIndex> } | null = null;
  /** How the last index was obtained: for tests and the benchmark. */
  lastLoad: 'memory' | 'stored' | 'built' | null = null;

  constructor(private readonly db: DesksideDb) {}

  /** The index over the current articles. */
  async index(): Promise<KbIndex> {
    const revision = await articlesRevision(this.db);
    if (this.current?.revision === revision) {
      this.lastLoad = 'memory';
      return this.current.index;
    }
    if (this.pending?.revision !== revision) {
      const promise = this.load(revision).finally(() => {
        if (this.pending?.promise === promise) this.pending = null;
      });
      this.pending = { revision, promise };
    }
    return this.pending.promise;
  }

  private async load(revision: number): Promise<KbIndex> {
    const stored = await loadMeta(this.db, INDEX_KEY, StoredIndex);
    let index: KbIndex | null = null;
    if (stored?.revision === revision) {
      try {
        index = loadIndex(stored.index, stored.articles);
        this.lastLoad = 'stored';
      } catch (e) {
        // Another index version or a damaged row: rebuilt below, and said so in the log.
        console.warn(`Deskside: ${e instanceof Error ? e.message : String(e)}; rebuilding`);
      }
    }
    if (!index) {
      const articles = [...((await starterEnabled(this.db)) ? STARTER_ARTICLES : []), ...(await listArticles(this.db))];
      index = buildIndex(articles);
      this.lastLoad = 'built';
      // Stored only if nothing changed meanwhile, so the row always matches its revision.
      if ((await articlesRevision(this.db)) === revision) {
        await saveMeta(this.db, INDEX_KEY, { revision, articles: index.articles, index: serializeIndex(index) });
      }
    }
    this.current = { revision, index };
    return index;
  }
}
