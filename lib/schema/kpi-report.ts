import { z } from 'zod';
import { defineMethod } from './rpc';
import { IsoTime } from './ticket';

// What the KPI computation answers: shared by the background, the popup and `deskside kpi`.

/** 'all' is every ticket given (the CLI); the others end at `now`. */
export const KpiWindow = z.enum(['today', '7d', '30d', 'all']);
export type KpiWindow = z.infer<typeof KpiWindow>;

/** Every KPI's id, in the order they are shown. */
export const MetricId = z.enum([
  'tickets',
  'solved',
  'first-response',
  'resolution',
  'resolution-p2',
  'sla-compliance',
  'fcr',
  'reopen-rate',
  'escalation-rate',
  'backlog',
]);
export type MetricId = z.infer<typeof MetricId>;

/** Why a value is null; shown instead of a number. */
const Reason = z.string().nullable();

const CountValue = z.object({ kind: z.literal('count'), value: z.number().int(), reason: Reason });
const DurationValue = z.object({
  kind: z.literal('duration'),
  median: z.number().nullable(),
  p90: z.number().nullable(),
  n: z.number().int(),
  /** Where the minutes came from; 'mixed' when some tickets had the helpdesk's figure and some not. */
  method: z.enum(['helpdesk', 'computed', 'mixed']).nullable(),
  methods: z.object({ helpdesk: z.number().int(), computed: z.number().int() }),
  clock: z.enum(['business', 'calendar', 'mixed']).nullable(),
  reason: Reason,
});
const RateValue = z.object({
  kind: z.literal('rate'),
  value: z.number().min(0).max(1).nullable(),
  numerator: z.number().int(),
  denominator: z.number().int(),
  /** Tickets left out because the data to judge them was missing. */
  excluded: z.number().int(),
  reason: Reason,
});
const BandsValue = z.object({
  kind: z.literal('bands'),
  lt1d: z.number().int(),
  d1to7: z.number().int(),
  gt7d: z.number().int(),
  unknownAge: z.number().int(),
  total: z.number().int(),
  reason: Reason,
});
/** A KPI's value: a count, a median/p90 duration, a rate, or backlog age bands. */
export const MetricValue = z.discriminatedUnion('kind', [CountValue, DurationValue, RateValue, BandsValue]);
export type MetricValue = z.infer<typeof MetricValue>;
export type CountValue = z.infer<typeof CountValue>;
export type DurationValue = z.infer<typeof DurationValue>;
export type RateValue = z.infer<typeof RateValue>;
export type BandsValue = z.infer<typeof BandsValue>;

/** One day of a trend line (`day` is YYYY-MM-DD in the user's zone); null when not computable. */
export const TrendPoint = z.object({ day: z.string(), value: z.number().nullable() });
export type TrendPoint = z.infer<typeof TrendPoint>;

/** One KPI in a report: what it is, its value over the window, and its daily trend. */
export const MetricResult = z.object({
  id: MetricId,
  label: z.string(),
  definition: z.string(),
  value: MetricValue,
  trend: z.array(TrendPoint),
});
export type MetricResult = z.infer<typeof MetricResult>;

/** One target held against its KPI. */
export const TargetResult = z.object({
  metric: MetricId,
  label: z.string(),
  comparison: z.enum(['<', '>=']),
  target: z.number(),
  value: z.number().nullable(),
  /** null when the value is not computable yet: neither met nor missed. */
  met: z.boolean().nullable(),
});
export type TargetResult = z.infer<typeof TargetResult>;

/** Every KPI of one window, as the popup and `deskside kpi` show them. */
export const KpiReport = z.object({
  window: KpiWindow,
  start: IsoTime.nullable(),
  end: IsoTime,
  now: IsoTime,
  /** False when no ticket was touched in the window: the UI says "not enough data yet". */
  enoughData: z.boolean(),
  reason: Reason,
  metrics: z.array(MetricResult),
  targets: z.array(TargetResult),
});
export type KpiReport = z.infer<typeof KpiReport>;

/** An open ticket whose next SLA target breaches soonest, for the popup's list. */
export const BreachingTicket = z.object({
  key: z.string(),
  url: z.url(),
  ticketId: z.string(),
  subject: z.string().nullable(),
  priority: z.string().nullable(),
  metric: z.string().nullable(),
  breachAt: IsoTime,
  overdue: z.boolean(),
});
export type BreachingTicket = z.infer<typeof BreachingTicket>;

/** Popup: the KPIs of one window (the background loads, computes and evaluates targets). */
export const kpiReportMethod = defineMethod('kpi.report', z.object({ window: z.enum(['today', '7d', '30d']) }), KpiReport);

/** Popup: the open tickets that breach soonest. */
export const breachingSoonMethod = defineMethod(
  'kpi.breachingSoon',
  z.object({ limit: z.number().int().min(1).max(50).default(5) }),
  z.array(BreachingTicket),
);
