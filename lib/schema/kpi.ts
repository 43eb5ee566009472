import { z } from 'zod';
import { IsoTime } from './ticket';

/** Targets the popup colours against; defaults follow common SaaS support practice. */
export const KpiTargets = z.object({
  /**
   * Median minutes to first response must stay below this.
   * @default 60
   */
  firstResponseMinutes: z.number().positive().default(60),
  /**
   * Median business hours to resolve high-priority (P2) tickets must stay below this.
   * @default 8
   */
  p2ResolutionHours: z.number().positive().default(8),
  /**
   * Share of SLA targets met must be at least this (0..1).
   * @default 0.95
   */
  slaCompliance: z.number().min(0).max(1).default(0.95),
  /**
   * Share of solved tickets reopened must stay below this (0..1).
   * @default 0.05
   */
  reopenRate: z.number().min(0).max(1).default(0.05),
  /**
   * Share of solved tickets resolved on first contact must be at least this (0..1).
   * @default 0.7
   */
  fcrRate: z.number().min(0).max(1).default(0.7),
});
export type KpiTargets = z.infer<typeof KpiTargets>;

export const DEFAULT_KPI_TARGETS: KpiTargets = KpiTargets.parse({});

/** KPI settings the lead folds into Settings (options page). */
export const KpiSettings = z.object({
  targets: KpiTargets.default(DEFAULT_KPI_TARGETS),
  /**
   * Use the helpdesk's business-hours durations where it gives both; else calendar minutes.
   * @default false
   */
  businessHours: z.boolean().default(false),
});
export type KpiSettings = z.infer<typeof KpiSettings>;

/** A link from a ticket to where it was escalated (a Jira issue key or URL). */
export const TicketLink = z.object({
  id: z.number().int().optional(),
  ticketKey: z.string().min(1),
  kind: z.literal('escalation'),
  target: z.string().min(1),
  at: IsoTime,
});
export type TicketLink = z.infer<typeof TicketLink>;

export * from './kpi-report';
