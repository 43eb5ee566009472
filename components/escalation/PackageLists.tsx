import { safeHttpUrl } from '@/lib/format/url';
import type { EscalationPackage } from '@/lib/schema/escalation';

/** The evidence the package cites, each with its summary and highlights. */
export function EvidenceRefs({ pkg }: { pkg: EscalationPackage }) {
  if (!pkg.evidence.length) return <p className="muted">No evidence attached: capture logs or add them in the Evidence tab.</p>;
  return (
    <ul className="evidence-refs" data-testid="escalation-evidence">
      {pkg.evidence.map((e) => (
        <li key={e.id}>
          <strong>{e.source.title ?? e.source.url ?? 'capture'}</strong> <span className="muted">{e.summary}</span>
          {e.highlights.length > 0 && <span className="highlights">{e.highlights.join(' | ')}</span>}
        </li>
      ))}
    </ul>
  );
}

/** Ticket comments and evidence timestamps merged in one UTC timeline. */
export function Timeline({ pkg }: { pkg: EscalationPackage }) {
  if (!pkg.timeline.length) return <p className="muted">No times found.</p>;
  return (
    <ol className="timeline" data-testid="escalation-timeline">
      {pkg.timeline.map((t, i) => (
        <li key={`${t.at}:${t.ref ?? i}`} data-source={t.source}>
          <time dateTime={t.at}>{t.at.replace('T', ' ').replace(/\.\d+Z$|Z$/, '')} UTC</time> <span className="tag">{t.source}</span> {t.text}
        </li>
      ))}
    </ol>
  );
}

/** KB articles and similar tickets, where those features supplied them. */
export function Related({ pkg }: { pkg: EscalationPackage }) {
  const kb = pkg.kbArticles ?? [];
  const similar = pkg.similarTickets ?? [];
  if (!kb.length && !similar.length) return null;
  return (
    <>
      <h3>Related</h3>
      <ul>
        {kb.map((a) => {
          const href = safeHttpUrl(a.url);
          return <li key={`kb:${a.title}`}>KB: {href ? <a href={href} target="_blank" rel="noopener noreferrer">{a.title}</a> : a.title}</li>;
        })}
        {similar.map((t) => <li key={`t:${t.id}`}>Ticket {t.id}{t.subject ? `: ${t.subject}` : ''}</li>)}
      </ul>
    </>
  );
}
