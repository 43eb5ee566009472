/** `deskside kpi --help`: the options, and every definition the numbers follow, literally. */
export const KPI_USAGE = `Usage: deskside kpi --tickets EXPORT.json [--metrics METRICS.json] [--now ISO] [--json] [--business]

Computes Deskside's KPIs over every ticket in the file(s): the same definitions the popup uses,
with the window being "everything in the file".

Input:
  --tickets FILE   a Zendesk export: a GET /api/v2/tickets.json page, an incremental export
                   ({"tickets": [...], "end_time": ...}), a search result ({"results": [...]},
                   non-ticket results skipped), optionally with sideloaded "metric_sets"; or a Jira
                   search result with changelogs ({"issues": [...]}, expand=changelog; JSM SLA
                   fields and comments used when present). A JSON array of pages also works.
                   Repeat for more files.
  --metrics FILE   Zendesk GET /api/v2/ticket_metrics.json ({"ticket_metrics": [...]}), joined to
                   tickets by ticket_id (Zendesk only). Repeat or pass an array of pages.
  --now ISO        the moment backlog ages are measured at (default: now), e.g. 2026-11-27T16:00:00Z
  --json           print only {"tickets","solved","ttfr_median_min","ttr_median_min","sla_compliance",
                   "fcr_rate","reopen_rate","escalation_rate","backlog":{"lt1d","d1to7","gt7d"}}
  --business       use business-hours minutes where the helpdesk gives both (default: calendar)
  -h, --help       show this help

Definitions (rates are fractions 0..1; null means not computable, never 0):
  tickets          tickets in the file. A ticket listed twice (incremental export) counts once, its
                   latest updated_at; Zendesk tickets with status "deleted" are left out.
  solved           tickets whose status is solved or closed (Zendesk), or for Jira resolved, done,
                   closed, cancelled, declined, completed, or any other status with a resolutiondate.
  ttfr_median_min  median, over tickets that have one, of the minutes to first response: Zendesk
                   reply_time_in_minutes.calendar (.business with --business); else a finished JSM
                   first-response SLA (wall time of its completed cycles; SLA elapsed time with
                   --business); else minutes from creation to the first public agent comment.
  ttr_median_min   median, over solved tickets that have one, of the minutes to resolution: Zendesk
                   full_resolution_time_in_minutes.calendar (.business with --business); else a
                   finished JSM "Time to resolution" SLA; else creation to resolutiondate / solved_at /
                   the last change into a solved status. Medians of an even count average the two
                   middle values.
  sla_compliance   met / (met + breached) over SLA targets that finished: a Zendesk SLA metric in
                   stage achieved (met) or breached (an active one past its breach time at --now
                   counts as breached); each completed JSM cycle, met unless breached. Running
                   targets do not count.
  fcr_rate         of solved tickets, the share with exactly one public agent reply (Zendesk
                   "replies" = 1, else counted from comments), never reopened, never escalated.
                   Solved tickets whose replies or reopens are unknown are left out of both parts,
                   unless something known already disqualifies them.
  reopen_rate      of solved tickets, the share reopened at least once: Zendesk "reopens" > 0, or a
                   status change from a solved status back to an open one. Solved tickets with
                   neither metrics nor a changelog are left out.
  escalation_rate  share of all tickets with a tag or label starting with "escalat" (escalated,
                   escalation_l2, ...) or, for Jira, an issue link whose type name contains "escalat".
  backlog          tickets not solved, by age = --now minus creation time: lt1d under 24 h, d1to7
                   from 24 h to 7 days inclusive, gt7d over 7 days.
`;
