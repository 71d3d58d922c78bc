import { answerStats, percentilePair, roundTo, type StatsAnswer, type StatsMeasures, type StatsRequest, type StatsSettings } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CASE_STATS_COLUMNS, CASE_STATS_DIMENSIONS, type CaseStatsDimension } from './case-stats-dimensions';
import { caseStatsSql } from './case-stats-sql';
import type { CaseStatsGroup } from './case-stats.types';

const NO_MEASURES: StatsMeasures<CaseStatsGroup> = {
  count: null,
  medianDaysToAssignment: null,
  p90DaysToAssignment: null,
  medianDaysToExam: null,
  p90DaysToExam: null,
  noShowRate: null,
  cancellationRate: null,
  chargeableCancellationRate: null,
  nonChargeableCancellationRate: null,
};

function caseMeasures(row: Record<string, unknown>): StatsMeasures<CaseStatsGroup> {
  const [medianDaysToAssignment, p90DaysToAssignment] = percentilePair(row.days_to_assignment);
  const [medianDaysToExam, p90DaysToExam] = percentilePair(row.days_to_exam);
  return {
    count: Number(row.count),
    medianDaysToAssignment,
    p90DaysToAssignment,
    medianDaysToExam,
    p90DaysToExam,
    noShowRate: roundTo(row.no_show_rate, 4),
    cancellationRate: roundTo(row.cancellation_rate, 4),
    chargeableCancellationRate: roundTo(row.chargeable_cancellation_rate, 4),
    nonChargeableCancellationRate: roundTo(row.non_chargeable_cancellation_rate, 4),
  };
}

/** Case statistics in one SQL statement; Node only reshapes the rows and withholds small groups. */
export function findCaseStats(
  em: EntityManager,
  settings: StatsSettings,
  request: StatsRequest<CaseStatsDimension>,
): Promise<StatsAnswer<CaseStatsGroup> & { groupBy: CaseStatsDimension[] }> {
  return answerStats(em, settings, (criteria) => caseStatsSql(criteria, request.groupBy, request.limit), request, {
    dimensions: CASE_STATS_DIMENSIONS,
    population: { table: 'cases.ime_case', alias: 'c', columns: CASE_STATS_COLUMNS },
    measuresOf: caseMeasures,
    noMeasures: NO_MEASURES,
  });
}
