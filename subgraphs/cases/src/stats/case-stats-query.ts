import { assembleStats, executeStatsQuery, percentilePair, roundTo, type StatsAnswer, type StatsSettings } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CASE_STATS_DIMENSIONS, type CaseStatsDimension } from './case-stats-dimensions';
import { caseStatsSql, type CaseStatsCriteria } from './case-stats-sql';
import type { CaseStatsGroup } from './case-stats.types';

const MEASURES_BLANK = {
  count: null,
  medianDaysToAssignment: null,
  p90DaysToAssignment: null,
  medianDaysToExam: null,
  p90DaysToExam: null,
  noShowRate: null,
  cancellationRate: null,
  chargeableCancellationRate: null,
  nonChargeableCancellationRate: null,
} satisfies Partial<CaseStatsGroup>;

function toGroup(row: Record<string, unknown>, groupBy: readonly CaseStatsDimension[]): CaseStatsGroup {
  const group: CaseStatsGroup = { suppressed: false, ...MEASURES_BLANK };
  if (row.is_overall !== true) groupBy.forEach((d, i) => (group[CASE_STATS_DIMENSIONS[d].field] = row[`k${i}`] as never));
  const [medianDaysToAssignment, p90DaysToAssignment] = percentilePair(row.days_to_assignment);
  const [medianDaysToExam, p90DaysToExam] = percentilePair(row.days_to_exam);
  return Object.assign(group, {
    count: Number(row.count),
    medianDaysToAssignment,
    p90DaysToAssignment,
    medianDaysToExam,
    p90DaysToExam,
    noShowRate: roundTo(row.no_show_rate, 4),
    cancellationRate: roundTo(row.cancellation_rate, 4),
    chargeableCancellationRate: roundTo(row.chargeable_cancellation_rate, 4),
    nonChargeableCancellationRate: roundTo(row.non_chargeable_cancellation_rate, 4),
  });
}


/** Case statistics in one SQL statement; Node only reshapes the rows and withholds small groups. */
export async function findCaseStats(
  em: EntityManager,
  settings: StatsSettings,
  criteria: CaseStatsCriteria,
  groupBy: readonly CaseStatsDimension[],
  limit: number,
  audience: { suppress: boolean },
): Promise<StatsAnswer<CaseStatsGroup> & { groupBy: CaseStatsDimension[] }> {
  const { sql, params } = caseStatsSql(criteria, groupBy, limit);
  const rows = await executeStatsQuery(em, settings, sql, params);
  const answer = assembleStats(rows, {
    limit,
    suppress: audience.suppress,
    minGroupSize: settings.minGroupSize,
    toGroup: (row) => toGroup(row, groupBy),
    blank: (group) => ({ ...group, ...MEASURES_BLANK }),
  });
  return { ...answer, groupBy: [...groupBy] };
}
