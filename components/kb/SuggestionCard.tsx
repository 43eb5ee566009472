import { useState } from 'react';
import { call } from '@/components/rpc';
import type { KbSuggestion } from '@/lib/schema/kb';
import { safeHttpUrl } from '@/lib/format/url';
import { kbFeedback, kbInsertLink } from '@/lib/schema/kb-rpc';
import { copyText } from './copy';
import { Highlighted } from './Highlighted';

const SOURCE_NAMES: Record<KbSuggestion['article']['source'], string> = {
  'zendesk-hc': 'Help Center',
  'jsm-kb': 'JSM knowledge base',
  confluence: 'Confluence',
  file: 'Imported file',
  starter: 'Starter KB',
};

type Verdict = 'helpful' | 'not-helpful' | 'used';

/** One suggested article: why it matched, and what the agent can do with it. */
export function SuggestionCard(props: { s: KbSuggestion; ticketKey: string; verdict: Verdict | undefined; onVerdicts: (v: Record<string, Verdict>) => void }) {
  const { s, ticketKey, verdict } = props;
  const { article } = s;
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const run = (what: () => Promise<string>) =>
    what().then(
      (text) => setStatus({ error: false, text }),
      (e: unknown) => setStatus({ error: true, text: e instanceof Error ? e.message : String(e) }),
    );
  // Only a web address becomes a link, is copied or goes into a reply; anything else stays text.
  const url = safeHttpUrl(article.url);
  const insert = () => run(async () => {
    if (!url) throw new Error('This article has no link');
    const r = await call(kbInsertLink, { ticketKey, articleId: article.id, title: article.title, url });
    if (!r.ok) throw new Error(`Couldn't insert the link: ${r.error ?? 'unknown error'}`);
    props.onVerdicts({ [article.id]: 'used' });
    return 'Link inserted into the reply.';
  });
  const judge = (kind: 'helpful' | 'not-helpful') => run(async () => {
    props.onVerdicts(await call(kbFeedback, { ticketKey, articleId: article.id, kind }));
    return kind === 'helpful' ? 'Thanks: it will rank higher on similar tickets.' : 'Noted: it will rank lower on similar tickets.';
  });
  return (
    <li className="kb-item" data-testid="kb-suggestion" data-article-id={article.id}>
      <h3>
        {url ? <a href={url} target="_blank" rel="noopener noreferrer" data-testid="kb-title">{article.title || '(untitled)'}</a> : <span data-testid="kb-title">{article.title || '(untitled)'}</span>}
      </h3>
      <div className="kb-meta">
        <span data-testid="kb-source">{SOURCE_NAMES[article.source]}</span>
        <span data-testid="kb-score" title="How much of the ticket's main terms the article covers">score {Math.round(s.score * 100)}%</span>
        {article.draft && <span>draft</span>}
        {article.outdated && <span>outdated translation</span>}
        {verdict && <span data-testid="kb-verdict">{verdict === 'used' ? 'used in a reply' : verdict === 'helpful' ? 'marked helpful' : 'marked not helpful'}</span>}
      </div>
      {s.matchedTerms.length > 0 && <p className="kb-terms" data-testid="kb-terms">Matched: {s.matchedTerms.join(', ')}</p>}
      <Highlighted snippet={s.snippet} />
      <div className="kb-actions">
        {url && <a className="link" href={url} target="_blank" rel="noopener noreferrer">Open</a>}
        {url && <button type="button" className="link" data-testid="kb-copy" onClick={() => void run(async () => (await copyText(url), 'Link copied.'))}>Copy link</button>}
        {url && <button type="button" className="link" data-testid="kb-insert" onClick={() => void insert()}>Insert link into reply</button>}
        <button type="button" className="link" data-testid="kb-helpful" aria-pressed={verdict === 'helpful'} onClick={() => void judge('helpful')}>Helpful</button>
        <button type="button" className="link" data-testid="kb-not-helpful" aria-pressed={verdict === 'not-helpful'} onClick={() => void judge('not-helpful')}>Not helpful</button>
      </div>
      {status && <p className={status.error ? 'error' : 'muted'} role={status.error ? 'alert' : 'status'} data-testid="kb-status">{status.text}</p>}
    </li>
  );
}
