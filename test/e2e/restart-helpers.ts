// Stops the extension's MV3 service worker on demand, the way Chromium does when it is idle or
// when the browser needs the memory. CDP's ServiceWorker.stopWorker ends the worker's thread at
// once (even inside a busy loop), its DevTools target goes away, and the next extension event
// (a message, a port, an alarm) starts a fresh worker with fresh globals. The ServiceWorker domain
// is driven from a plain about:blank page: it sees the profile's registrations, extensions included,
// and opening it wakes nothing.
import type { CDPSession, Page } from 'playwright-core';
import type { Launched } from '../../scripts/chromium';
import { tableRows } from './evidence-helpers';

type Status = 'stopped' | 'starting' | 'running' | 'stopping';
interface Version {
  versionId: string;
  scriptURL: string;
  runningStatus: Status;
}

/** Watches and stops the extension's service worker. */
export class WorkerControl {
  private status = new Map<string, Status>();
  private waiters: (() => void)[] = [];
  private stopNext = false;
  /** How many times the worker has come up since attach (the first one included if it was starting). */
  starts = 0;

  private constructor(
    private readonly launched: Launched,
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(launched: Launched): Promise<WorkerControl> {
    const page = await launched.context.newPage();
    const cdp = await launched.context.newCDPSession(page);
    const control = new WorkerControl(launched, page, cdp);
    const script = `chrome-extension://${launched.extensionId}/`;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: Version[] }) => {
      for (const v of versions) {
        if (!v.scriptURL.startsWith(script)) continue;
        if (v.runningStatus === 'running' && control.status.get(v.versionId) !== 'running') {
          control.starts++;
          if (control.stopNext) {
            control.stopNext = false;
            void cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId }).catch(() => undefined);
          }
        }
        control.status.set(v.versionId, v.runningStatus);
      }
      control.waiters.splice(0).forEach((w) => w());
    });
    await cdp.send('ServiceWorker.enable');
    await control.until(() => control.statuses().length > 0, 'the extension service worker was never reported');
    return control;
  }

  private statuses(): Status[] {
    return [...this.status.values()];
  }

  /** Whether the worker is running now. */
  running(): boolean {
    return this.statuses().includes('running');
  }

  private until(ok: () => boolean, what: string, timeout = 10_000): Promise<void> {
    if (ok()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), timeout);
      const check = () => {
        if (ok()) {
          clearTimeout(timer);
          resolve();
        } else this.waiters.push(check);
      };
      this.waiters.push(check);
    });
  }

  /** Stops the running worker and resolves once Chromium reports it stopped. */
  async stop(): Promise<void> {
    const running = [...this.status].filter(([, s]) => s === 'running' || s === 'starting').map(([id]) => id);
    if (!running.length) throw new Error('the service worker is not running: nothing to stop');
    for (const versionId of running) await this.cdp.send('ServiceWorker.stopWorker', { versionId });
    await this.until(() => this.statuses().every((s) => s === 'stopped'), 'the service worker did not stop');
  }

  /**
   * Stops the next worker the moment Chromium reports it running: before it has answered the event
   * that started it (a worker stopped twice in a row).
   */
  stopNextStart(): void {
    this.stopNext = true;
  }

  /** Resolves once a worker started after `before` starts is running. */
  async restarted(before: number, timeout = 15_000): Promise<void> {
    await this.until(() => this.starts > before && this.running(), 'no new service worker started', timeout);
  }

  /** A global in the running worker: set before a stop, it is gone in a fresh worker. */
  async mark(): Promise<void> {
    await this.launched.worker.evaluate(() => {
      (globalThis as { desksideTestMark?: boolean }).desksideTestMark = true;
    });
  }

  /** Whether the running worker still has the mark (false: fresh globals). */
  async marked(): Promise<boolean> {
    return this.launched.worker.evaluate(() => (globalThis as { desksideTestMark?: boolean }).desksideTestMark === true);
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
    await this.page.close().catch(() => undefined);
  }
}

/** The service-worker targets of the browser (DevTools' view): empty while the worker is stopped. */
export async function workerTargets(launched: Launched): Promise<string[]> {
  const cdp = await launched.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as unknown as { targetInfos: { type: string; url: string }[] };
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${launched.extensionId}/`)).map((t) => t.url);
  } finally {
    await cdp.detach();
  }
}

/**
 * An extension-origin page that opens nothing by itself (the manifest, shown as text): it reads the
 * background's IndexedDB and storage.session without waking the worker, and can hold a table.
 */
export async function extensionProbe(launched: Launched): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/manifest.json`);
  return page;
}

/**
 * Keeps a read-write transaction open on some of the background's tables, so a background save
 * touching them waits (deterministically in flight) until `release` is called.
 */
export async function holdTables(probe: Page, tables: string[]): Promise<() => Promise<void>> {
  await probe.evaluate(
    (names) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('deskside');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(names, 'readwrite');
          const store = tx.objectStore(names[0]!);
          const w = window as unknown as { desksideHold?: boolean };
          w.desksideHold = true;
          const spin = () => {
            if (!w.desksideHold) return;
            store.get('deskside-hold').onsuccess = spin;
          };
          spin();
          tx.oncomplete = () => db.close();
          resolve();
        };
      }),
    tables,
  );
  return () =>
    probe.evaluate(() => {
      (window as unknown as { desksideHold?: boolean }).desksideHold = false;
    });
}

/** Every row of one of the background's tables, read from the probe page. */
export async function rowsOf<T>(probe: Page, table: string): Promise<T[]> {
  return tableRows<T>(probe, table);
}

/**
 * Resolves once the background's capture journal (storage.session) holds a capture at `stage`:
 * 'clicked' (journaled, selection not read yet) or 'read' (selection read and stored).
 */
export function captureJournaled(probe: Page, stage: 'clicked' | 'read'): Promise<void> {
  return probe.evaluate(
    (want) =>
      new Promise<void>((resolve) => {
        type Change = { newValue?: unknown };
        type Chrome = {
          storage: {
            session: { get: (k: string) => Promise<Record<string, unknown>> };
            onChanged: { addListener: (l: (c: Record<string, Change>, area: string) => void) => void };
          };
        };
        const c = (globalThis as unknown as { chrome: Chrome }).chrome;
        const reached = (journal: unknown) =>
          Object.values((journal ?? {}) as Record<string, { selection: unknown }>).some((e) => want === 'clicked' || e.selection !== null);
        c.storage.onChanged.addListener((changes, area) => {
          if (area === 'session' && reached(changes.pendingCaptures?.newValue)) resolve();
        });
        void c.storage.session.get('pendingCaptures').then((s) => {
          if (reached(s.pendingCaptures)) resolve();
        });
      }),
    stage,
  );
}
