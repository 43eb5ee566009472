import type { HcSyncState } from '@/lib/kb/helpcenter-sync';

function when(ms: number): string {
  return new Date(ms).toLocaleTimeString();
}

/** Where the Help Center sync is: pages and articles so far, a wait, a pause, or the failure. */
export function SyncProgress({ state }: { state: HcSyncState }) {
  const done = `${state.fetched} articles from ${state.pages} pages`;
  const text =
    state.phase === 'running' ? `Syncing ${state.origin}: ${done} so far...`
    : state.phase === 'waiting' ? `${state.error ?? 'The Help Center asked to wait'}: ${done} so far; continues at ${state.waitUntil === null ? 'once possible' : when(state.waitUntil)}.`
    : state.phase === 'done' ? `Synced ${state.origin}: ${done} (${state.mode === 'incremental' ? 'changes since the last sync' : 'full'}).`
    : `Sync failed: ${state.error ?? 'unknown error'}`;
  return (
    <p className={state.phase === 'failed' ? 'error' : 'muted'} role="status" data-testid="kb-sync-status" data-phase={state.phase}>
      {text}
    </p>
  );
}
