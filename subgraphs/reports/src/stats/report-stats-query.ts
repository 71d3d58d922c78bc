import { answerStats, percentilePair, roundTo, type StatsAnswer, type StatsMeasures, type StatsRequest, type StatsSettings } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { REPORT_STATS_COLUMNS, REPORT_STATS_DIMENSIONS, type ReportStatsDimension } from './report-stats-dimensions';
import { ADDENDUM_REASONS, reportStatsSql } from './report-stats-sql';
import type { ReportStatsGroup } from './report-stats.types';

const NO_MEASURES: StatsMeasures<ReportStatsGroup> = {
  count: null,
  medianTurnaroundDays: null,
  p90TurnaroundDays: null,
  onTimeRate: null,
  addendumRate: null,
  addendumRates: null,
  claimantCopyOnTimeRate: null,
};

function reportMeasures(row: Record<string, unknown>): StatsMeasures<ReportStatsGroup> {
  const [medianTurnaroundDays, p90TurnaroundDays] = percentilePair(row.turnaround_days);
  return {
    count: Number(row.count),
    medianTurnaroundDays,
    p90TurnaroundDays,
    onTimeRate: roundTo(row.on_time_rate, 4),
    addendumRate: roundTo(row.addendum_rate, 4),
    addendumRates: ADDENDUM_REASONS.map((reason) => ({ reason, rate: roundTo(row[`addendum_rate_${reason.toLowerCase()}`], 4) })),
    claimantCopyOnTimeRate: roundTo(row.claimant_copy_on_time_rate, 4),
  };
}

/** Report statistics in one SQL statement; Node only reshapes the rows and withholds small groups. */
export function findReportStats(
  em: EntityManager,
  settings: StatsSettings,
  request: StatsRequest<ReportStatsDimension>,
): Promise<StatsAnswer<ReportStatsGroup> & { groupBy: ReportStatsDimension[] }> {
  return answerStats(em, settings, (criteria) => reportStatsSql(criteria, request.groupBy, request.limit), request, {
    dimensions: REPORT_STATS_DIMENSIONS,
    population: { table: 'reports.report', alias: 'r', where: `r.kind = 'IME'`, columns: REPORT_STATS_COLUMNS },
    measuresOf: reportMeasures,
    noMeasures: NO_MEASURES,
  });
}
