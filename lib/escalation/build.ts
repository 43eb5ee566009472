import type { Evidence } from '../schema/evidence';
import { EscalationPackage, type EscalationDraft, type Environment } from '../schema/escalation';
import type { TicketSnapshot } from '../schema/ticket';
import { findEnvironment } from './environment';
import { evidenceRef } from './evidence-ref';
import { customerTier, guessImpact } from './impact';
import { guessActual, guessExpected, guessSteps } from './prefill';
import { recommendSeverity } from './severity';
import { allTexts, clip, sentences } from './text';
import { buildTimeline } from './timeline';

export interface BuildOptions {
  /** Build time (ISO); defaults to the snapshot's capture time so a rebuild gives the same package. */
  now?: string;
}

function mergeEnvironment(found: Environment, edit: Partial<Environment> | undefined): Environment {
  return {
    browsers: edit?.browsers ?? found.browsers,
    os: edit?.os ?? found.os,
    appVersions: edit?.appVersions ?? found.appVersions,
    userAgents: edit?.userAgents ?? found.userAgents,
  };
}

/**
 * An escalation package prefilled from the ticket and its evidence, with the specialist's draft
 * edits applied on top (each draft field present wins, including empty ones: a cleared field stays cleared).
 */
export function buildPackage(
  snapshot: TicketSnapshot,
  evidence: readonly Evidence[],
  draft: EscalationDraft = {},
  opts: BuildOptions = {},
): EscalationPackage {
  const now = opts.now ?? snapshot.capturedAt;
  const tier = customerTier(snapshot.tags);
  const texts = allTexts(snapshot);
  const severityText = [...texts, ...evidence.flatMap((e) => e.errors.map((x) => x.message ?? ''))].join('\n');
  const severity = recommendSeverity({ text: severityText, priority: snapshot.priority, sla: snapshot.sla, tier: tier?.tier ?? null, now });
  if (draft.severityOverride) severity.override = draft.severityOverride;
  const summary = snapshot.subject ?? sentences(snapshot.description ?? '')[0] ?? `Ticket ${snapshot.ticketId}`;
  const pkg: EscalationPackage = {
    ticket: {
      site: snapshot.site,
      host: snapshot.host,
      ticketId: snapshot.ticketId,
      url: snapshot.url,
      subject: snapshot.subject,
      status: snapshot.status,
      priority: snapshot.priority,
      requester: snapshot.requester?.name ?? null,
      organization: snapshot.requester?.organization ?? null,
      tier: tier?.tier ?? null,
    },
    summary: draft.summary ?? clip(summary, 255),
    expected: draft.expected ?? guessExpected(snapshot),
    actual: draft.actual ?? guessActual(snapshot),
    steps: draft.steps ?? guessSteps(snapshot),
    impact: draft.impact ?? guessImpact(snapshot),
    severity,
    environment: mergeEnvironment(findEnvironment([...texts, ...evidence.map((e) => e.text)]), draft.environment),
    evidence: evidence.map(evidenceRef),
    timeline: buildTimeline(snapshot, evidence),
    builtAt: now,
  };
  if (draft.kbArticles) pkg.kbArticles = draft.kbArticles;
  if (draft.similarTickets) pkg.similarTickets = draft.similarTickets;
  if (draft.jiraIssueKey) pkg.jiraIssueKey = draft.jiraIssueKey;
  return EscalationPackage.parse(pkg);
}
