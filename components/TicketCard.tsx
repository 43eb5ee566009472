import type { ReactNode } from 'react';
import { formatMinutes, formatRelative } from '@/lib/format/time';
import type { Metrics, TicketSnapshot } from '@/lib/schema';
import { Field } from './Field';
import { SlaSummary } from './SlaSummary';

function person(p: TicketSnapshot['requester']): ReactNode {
  if (!p) return null;
  const name = p.name ?? (p.id ? `#${p.id}` : null);
  if (!name) return null;
  // Each isolated: a direction control in a name cannot reorder the organization after it.
  return p.organization ? <><bdi>{name}</bdi> (<bdi>{p.organization}</bdi>)</> : <bdi>{name}</bdi>;
}

function minutes(m: Metrics['firstReplyMinutes']): string | null {
  if (!m || m.calendar === null) return null;
  const business = m.business !== null && m.business !== m.calendar ? ` (${formatMinutes(m.business)} business)` : '';
  return `${formatMinutes(m.calendar)}${business}`;
}

/** The open ticket at a glance: what a specialist checks before replying. */
export function TicketCard({ ticket, now }: { ticket: TicketSnapshot; now: Date }) {
  const src = ticket.fieldSources;
  const m = ticket.metrics;
  const comments = ticket.commentCount ?? ticket.comments.length;
  const internal = ticket.comments.filter((c) => !c.public).length;
  const jira = ticket.site === 'jira';
  return (
    <article className="ticket" aria-label={`Ticket ${ticket.ticketId}`}>
      <header>
        <span className="ticket-id" data-testid="ticket-id">
          {ticket.site === 'zendesk' ? `#${ticket.ticketId}` : ticket.ticketId}
        </span>
        <h2 data-testid="ticket-subject">{ticket.subject ?? 'Subject not read'}</h2>
      </header>
      <dl className="fields">
        <Field name="Status" testId="field-status" source={src.status}>{ticket.status}</Field>
        <Field name="Priority" testId="field-priority" source={src.priority}>{ticket.priority}</Field>
        <Field name="Type" testId="field-type" source={src.type}>{ticket.type}</Field>
        {ticket.requestType !== null && (
          <Field name="Request type" testId="field-request-type" source={src.requestType}>{ticket.requestType}</Field>
        )}
        <Field name={jira ? 'Reporter' : 'Requester'} testId="field-requester" source={src.requester}>{person(ticket.requester)}</Field>
        <Field name="Assignee" testId="field-assignee" source={src.assignee}>{person(ticket.assignee)}</Field>
        {!jira && (
          <Field name="Group" testId="field-group" source={src.group}>{ticket.group?.name ?? ticket.group?.id}</Field>
        )}
        <Field name={jira ? 'Labels' : 'Tags'} testId="field-tags" source={src.tags}>
          {ticket.tags.length ? (
            <ul className="tags">
              {ticket.tags.map((t) => <li key={t}>{t}</li>)}
            </ul>
          ) : null}
        </Field>
        <Field name="SLA" testId="field-sla" source={src.sla}>
          {ticket.sla.length ? <SlaSummary sla={ticket.sla} now={now} /> : null}
        </Field>
        <Field name="First reply" testId="field-first-reply" source={src.metrics}>{minutes(m?.firstReplyMinutes ?? null)}</Field>
        <Field name="Resolution" testId="field-resolution" source={src.metrics}>{minutes(m?.fullResolutionMinutes ?? null)}</Field>
        <Field name="Reopens / replies" testId="field-reopens" source={src.metrics}>
          {m && (m.reopens !== null || m.replies !== null) ? `${m.reopens ?? '?'} / ${m.replies ?? '?'}` : null}
        </Field>
        <Field name="Comments" testId="field-comments" source={src.comments}>
          {comments ? `${comments} (${internal} internal${ticket.commentCount !== null && ticket.comments.length < ticket.commentCount ? `, ${ticket.comments.length} loaded` : ''})` : null}
        </Field>
      </dl>
      <footer className="muted" data-testid="captured">
        Read {formatRelative(ticket.capturedAt, now)} from {ticket.sources.map((s) => (s === 'dom' ? 'page' : s === 'api' ? 'API' : 'cache')).join(' + ') || 'nothing'}
      </footer>
    </article>
  );
}
