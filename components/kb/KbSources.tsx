import { useCallback, useEffect, useState } from 'react';
import { call } from '@/components/rpc';
import type { KbSource } from '@/lib/schema/kb';
import { kbRemoveSource, kbSources, kbSyncStart, type KbSourcesView } from '@/lib/schema/kb-rpc';
import { SyncProgress } from './SyncProgress';

const SOURCES: { id: KbSource; name: string }[] = [
  { id: 'zendesk-hc', name: 'Zendesk Help Center' },
  { id: 'jsm-kb', name: 'JSM knowledge base (cached from searches)' },
  { id: 'confluence', name: 'Confluence (cached from searches)' },
  { id: 'file', name: 'Imported files' },
  { id: 'starter', name: 'Bundled starter KB' },
];

/** Article counts per source, removing a source, and the Help Center sync with its progress. */
export function KbSources({ version }: { version: number }) {
  const [view, setView] = useState<KbSourcesView | null>(null);
  const [locale, setLocale] = useState('');
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => call(kbSources, {}).then(setView, (e: unknown) => setError(String(e))), []);
  useEffect(() => void refresh(), [refresh, version]);
  const phase = view?.sync?.phase;
  useEffect(() => {
    if (phase !== 'running' && phase !== 'waiting') return;
    // Progress is polled while a sync runs: it lives in the background, not in this page.
    const id = setInterval(() => void refresh(), 500);
    return () => clearInterval(id);
  }, [phase, refresh]);
  const act = (what: () => Promise<unknown>) => {
    setError(null);
    what().then(() => refresh(), (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <div data-testid="kb-sources">
      <h3>Sources</h3>
      <ul>
        {SOURCES.map(({ id, name }) => {
          const count = view?.counts[id] ?? 0;
          const starterOn = id === 'starter' && view?.starter;
          return (
            <li key={id} data-testid={`kb-count-${id}`}>
              {name}: <span className="count">{id === 'starter' && !view?.starter ? 'removed' : `${count} articles`}</span>{' '}
              {(count > 0 || starterOn) && <button type="button" onClick={() => act(() => call(kbRemoveSource, { source: id }))}>Remove</button>}
              {id === 'starter' && view && !view.starter && <button type="button" onClick={() => act(() => call(kbRemoveSource, { source: id, restore: true }))}>Restore</button>}
            </li>
          );
        })}
      </ul>
      <label htmlFor="kb-locale">Help Center locale (empty: the Help Center's default)</label>
      <div className="row">
        <input id="kb-locale" value={locale} placeholder="en-us" onChange={(e) => setLocale(e.target.value)} />
        <button type="button" data-testid="kb-sync" onClick={() => act(() => call(kbSyncStart, { locale: locale.trim() || null }))}>Sync Help Center now</button>
      </div>
      {view?.sync && <SyncProgress state={view.sync} />}
      {error && <p className="error" role="alert" data-testid="kb-sources-error">{error}</p>}
    </div>
  );
}
