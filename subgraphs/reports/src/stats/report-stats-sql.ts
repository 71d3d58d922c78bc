import { StatsConditions, buildStatsSql, sizedMedianAndP90, sizedRate, type StatsCriteria, type StatsSql } from '@imepanel/runtime';
import { AddendumReason } from '../entities';
import { REPORT_STATS_COLUMNS, REPORT_STATS_DIMENSIONS, type ReportStatsDimension } from './report-stats-dimensions';

/** The filters of report statistics; from and to are days of the exam. */
export type ReportStatsCriteria = StatsCriteria;

export const ADDENDUM_REASONS = Object.values(AddendumReason);

/** The UTC calendar day a timestamptz falls on. */
const utcDay = (column: string) => `(${column} at time zone 'UTC')::date`;
const TODAY = `(now() at time zone 'UTC')::date`;

/**
 * When the claimant's copy is overdue: its due time, stored on the report when it is finalised (the end of the
 * finalisation day where every copy must go out the same day — NY, CT — else DEFAULT_CLAIMANT_COPY_GRACE_DAYS
 * later; claimantCopyDueAt in domain/delivery-rules.ts).
 */
const CLAIMANT_COPY_OVERDUE_FROM = 'r.claimant_copy_due_at';

/**
 * The measures, all computed by PostgreSQL over IME reports (addenda count towards their parent's group):
 * - turnaround: calendar days from the exam to the final report, median and 90th percentile;
 * - on-time rate: reports finalised on or before their due date, among those finalised or already overdue;
 * - addendum rate, in total and by reason: final reports that received at least one addendum (for that
 *   reason), among final reports;
 * - claimant copy on time: final reports whose first delivery to the claimant came before the copy was
 *   overdue, among final reports delivered to the claimant or whose copy is overdue by now.
 */
const MEASURES = [
  'count(*)::int as count',
  ...sizedMedianAndP90(`${utcDay('r.finalised_at')} - r.exam_date`, 'turnaround_days'),
  ...sizedRate(
    `r.finalised_at is not null and ${utcDay('r.finalised_at')} <= r.due_date`,
    `r.due_date is not null and (r.finalised_at is not null or r.due_date < ${TODAY})`,
    'on_time_rate',
  ),
  ...sizedRate('ad.parent_id is not null', 'r.finalised_at is not null', 'addendum_rate'),
  ...ADDENDUM_REASONS.flatMap((reason) =>
    sizedRate(`ad.${reason.toLowerCase()} > 0`, 'r.finalised_at is not null', `addendum_rate_${reason.toLowerCase()}`),
  ),
  ...sizedRate(
    `cc.delivered_at < ${CLAIMANT_COPY_OVERDUE_FROM}`,
    `r.finalised_at is not null and (cc.delivered_at is not null or ${CLAIMANT_COPY_OVERDUE_FROM} <= now())`,
    'claimant_copy_on_time_rate',
  ),
];

/** The columns of the reports the measures and dimensions read, gathered once for the filter. */
const FILTERED_COLUMNS = ['id', 'exam_date', 'status', 'jurisdiction', 'line_of_business', 'specialty_code', 'client_id', 'examiner_id', 'finalised_at', 'due_date', 'claimant_copy_due_at'];

/** Addenda by parent report and reason: of the filtered reports only, or of every report. */
const addenda = (narrow: boolean) => `addenda as (
  select a.parent_id, ${ADDENDUM_REASONS.map((reason) => `count(*) filter (where a.addendum_reason = '${reason}') as ${reason.toLowerCase()}`).join(', ')}
  from reports.report a ${narrow ? 'join filtered f on f.id = a.parent_id ' : ''}where a.kind = 'ADDENDUM' group by a.parent_id)`;

/** The first delivery of each report to the claimant (claimant right 4 of docs/rules.md: a copy of the report). */
const claimantCopies = (narrow: boolean) => `claimant_copy as (
  select d.report_id, min(d.delivered_at) as delivered_at
  from reports.report_delivery d ${narrow ? 'join filtered f on f.id = d.report_id ' : ''}where d.recipient = 'CLAIMANT' group by d.report_id)`;

/** Filters spanning at most this many days of exams count as narrow. */
const NARROW_DAYS = 180;
const DAY_MS = 86_400_000;

/**
 * Whether the filter selects a small share of the reports. PostgreSQL cannot see through the aggregated
 * lookups (addenda, claimant copies) to the filter, so the statement is shaped here: for a narrow filter the
 * matching reports are gathered first and the lookups join to them (index probes, milliseconds for one
 * examiner or client); for a broad one each lookup aggregates its whole table once and is hash-joined, which
 * is faster than probing for most of a million reports. Measured on the 1M-case dataset (docs/benchmarks.md).
 */
export function isNarrowReportFilter(criteria: ReportStatsCriteria, today = new Date()): boolean {
  if (criteria.clientId?.length || criteria.examinerId?.length) return true;
  if (!criteria.from) return false;
  const to = criteria.to ? Date.parse(criteria.to) : today.getTime();
  return (to - Date.parse(criteria.from)) / DAY_MS <= NARROW_DAYS;
}

/** The one statement answering report statistics for these filters and groups. */
export function reportStatsSql(criteria: ReportStatsCriteria, groupBy: readonly ReportStatsDimension[], limit: number, today = new Date()): StatsSql {
  const narrow = isNarrowReportFilter(criteria, today);
  return buildStatsSql({
    table: 'reports.report',
    alias: 'r',
    filteredColumns: narrow ? FILTERED_COLUMNS : undefined,
    with: [addenda(narrow), claimantCopies(narrow)],
    joins: 'left join addenda ad on ad.parent_id = r.id left join claimant_copy cc on cc.report_id = r.id',
    where: new StatsConditions().add(`r.kind = 'IME'`).matching(criteria, REPORT_STATS_COLUMNS),
    dimensions: groupBy.map((d) => REPORT_STATS_DIMENSIONS[d]),
    measures: MEASURES,
    limit,
  });
}
