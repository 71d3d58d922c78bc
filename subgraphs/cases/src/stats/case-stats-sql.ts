import { StatsConditions, buildStatsSql, sizedMedianAndP90, sizedRate, type StatsCriteria, type StatsSql } from '@imepanel/runtime';
import { CASE_STATS_COLUMNS, CASE_STATS_DIMENSIONS, type CaseStatsDimension } from './case-stats-dimensions';

/** The filters of case statistics; from and to are days of the request (created) date, UTC. */
export type CaseStatsCriteria = StatsCriteria;

/** Days between the request and a later step, in double precision (extract() would answer numeric, far slower to sort). */
const DAYS = (later: string) => `date_part('epoch', ${later} - c.created_at) / 86400`;

/**
 * The measures, all computed by PostgreSQL:
 * - days from request to assignment and to the exam: median and 90th percentile (cases not there yet are
 *   left out, percentile_cont ignores nulls);
 * - no-show rate: cases with at least one NO_SHOW appointment, among cases whose exam was attempted (examined,
 *   or missed at least once);
 * - cancellation rates: cancelled cases among all cases of the group, in total and split by whether the
 *   cancellation is chargeable to the party at fault.
 */
const MEASURES = [
  'count(*)::int as count',
  ...sizedMedianAndP90(DAYS('c.assigned_at'), 'days_to_assignment'),
  ...sizedMedianAndP90(DAYS('c.examined_at'), 'days_to_exam'),
  ...sizedRate('ns.case_id is not null', 'c.examined_at is not null or ns.case_id is not null', 'no_show_rate'),
  ...sizedRate('c.cancelled_at is not null', 'true', 'cancellation_rate'),
  ...sizedRate('c.cancelled_at is not null and c.cancellation_chargeable', 'true', 'chargeable_cancellation_rate'),
  ...sizedRate('c.cancelled_at is not null and not coalesce(c.cancellation_chargeable, false)', 'true', 'non_chargeable_cancellation_rate'),
];

/**
 * Cases that missed an exam at least once, from the partial index on NO_SHOW appointments. For the few cases
 * of some examiners, a probe per case (microseconds); otherwise the whole set (about 7% of cases), hashed
 * once, which beats a probe for each of a million cases. PostgreSQL cannot choose between the two itself.
 */
const NO_SHOW_CASES = `no_show as (select distinct a.case_id from cases.appointment a where a.status = 'NO_SHOW')`;
const NO_SHOW_PROBE = `left join lateral (select a.case_id from cases.appointment a where a.case_id = c.id and a.status = 'NO_SHOW' limit 1) ns on true`;

/** The one statement answering case statistics for these filters and groups. */
export function caseStatsSql(criteria: CaseStatsCriteria, groupBy: readonly CaseStatsDimension[], limit: number): StatsSql {
  const perCase = Boolean(criteria.examinerId?.length);
  return buildStatsSql({
    with: perCase ? [] : [NO_SHOW_CASES],
    table: 'cases.ime_case',
    alias: 'c',
    joins: perCase ? NO_SHOW_PROBE : 'left join no_show ns on ns.case_id = c.id',
    where: new StatsConditions().matching(criteria, CASE_STATS_COLUMNS),
    dimensions: groupBy.map((d) => CASE_STATS_DIMENSIONS[d]),
    measures: MEASURES,
    limit,
  });
}
