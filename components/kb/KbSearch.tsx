import { useEffect, useState } from 'react';
import { call } from '@/components/rpc';
import type { KbSuggestion } from '@/lib/schema/kb';
import { kbSearch } from '@/lib/schema/kb-rpc';
import { SuggestionCard } from './SuggestionCard';

type Verdicts = Record<string, 'helpful' | 'not-helpful' | 'used'>;

/** The manual search box: the same index and actions as the suggestions, searched as the agent types. */
export function KbSearch(props: { ticketKey: string; verdicts: Verdicts; onVerdicts: (v: Verdicts) => void }) {
  const [text, setText] = useState('');
  const [results, setResults] = useState<{ text: string; list: KbSuggestion[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!text.trim()) return;
    let live = true;
    call(kbSearch, { text, top: 10 }).then(
      (list) => live && (setResults({ text, list }), setError(null)),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [text]);
  // An emptied box shows nothing, whatever the last search returned.
  const shown = text.trim() ? results : null;
  return (
    <div data-testid="kb-search">
      <form className="kb-search" role="search" onSubmit={(e) => e.preventDefault()}>
        <input type="search" aria-label="Search the knowledge base" placeholder="Search the knowledge base" value={text} onChange={(e) => setText(e.target.value)} data-testid="kb-search-input" />
      </form>
      {error && <p className="error" role="alert">Search failed: {error}</p>}
      {shown && shown.list.length === 0 && <p className="muted" data-testid="kb-search-empty">No article matches "<bdi>{shown.text}</bdi>".</p>}
      {shown && shown.list.length > 0 && (
        <ul className="kb-list" data-testid="kb-search-results">
          {shown.list.map((s) => (
            <SuggestionCard key={`${s.article.source}:${s.article.id}`} s={s} ticketKey={props.ticketKey} verdict={props.verdicts[s.article.id]} onVerdicts={props.onVerdicts} />
          ))}
        </ul>
      )}
    </div>
  );
}
