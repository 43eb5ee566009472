import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { call } from '@/components/rpc';
import { useLoad } from '@/components/useRpc';
import { ticketKey as keyOf, type TicketSnapshot } from '@/lib/schema';
import { kbRefreshLive, kbSuggest } from '@/lib/schema/kb-rpc';
import { KbSearch } from './KbSearch';
import { SuggestionCard } from './SuggestionCard';
import './kb.css';

function openKbOptions(e: React.MouseEvent) {
  e.preventDefault();
  void browser.runtime.openOptionsPage();
}

/** KB articles for the tab's ticket, each explained, with a search box over the same index. */
export function SuggestionsPanel({ snapshot }: { snapshot: TicketSnapshot }) {
  const key = keyOf(snapshot);
  const [reload, setReload] = useState(0);
  const [view, setView] = useLoad(() => call(kbSuggest, { ticketKey: key }), [key, snapshot.capturedAt, reload]);
  const [liveNote, setLiveNote] = useState<string | null>(null);
  useEffect(() => {
    if (snapshot.site !== 'jira') return;
    let live = true;
    // JSM and Confluence are asked live; suggestions are shown first and re-ranked if they add any.
    call(kbRefreshLive, { ticketKey: key }).then(
      (r) => {
        if (!live) return;
        setLiveNote(r.error);
        if (r.changed > 0) setReload((n) => n + 1);
      },
      (e: unknown) => live && setLiveNote(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [key, snapshot.site]);

  if (view.kind === 'loading') return <p className="muted">Finding articles...</p>;
  if (view.kind === 'error') return <p className="error" role="alert">Couldn't suggest articles: {view.error}</p>;
  const v = view.value;
  if (!v) return <p className="muted">This ticket is not cached yet.</p>;
  const onVerdicts = (next: typeof v.verdicts) => setView({ ...v, verdicts: { ...v.verdicts, ...next } });
  return (
    <section aria-label="Knowledge-base suggestions" data-testid="kb-suggestions">
      {v.suggestions.length > 0 ? (
        <ul className="kb-list">
          {v.suggestions.map((s) => (
            <SuggestionCard key={`${s.article.source}:${s.article.id}`} s={s} ticketKey={key} verdict={v.verdicts[s.article.id]} onVerdicts={onVerdicts} />
          ))}
        </ul>
      ) : (
        <p className="muted" data-testid="kb-none">
          No suggestion above your threshold ({Math.round(v.threshold * 100)}%)
          {v.belowThreshold > 0 ? `: ${v.belowThreshold} more scored lower. ` : ` among ${v.articleCount} articles. `}
          <a href={browser.runtime.getURL('/options.html')} onClick={openKbOptions} data-testid="kb-lower-threshold">Lower the threshold</a>
        </p>
      )}
      {liveNote && <p className="muted">JSM/Confluence not searched: {liveNote}</p>}
      <KbSearch ticketKey={key} verdicts={v.verdicts} onVerdicts={onVerdicts} />
    </section>
  );
}
