import { assembleStats, executeStatsQuery, percentilePair, roundTo, type StatsAnswer, type StatsSettings } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { REPORT_STATS_DIMENSIONS, type ReportStatsDimension } from './report-stats-dimensions';
import { ADDENDUM_REASONS, reportStatsSql, type ReportStatsCriteria } from './report-stats-sql';
import type { ReportStatsGroup } from './report-stats.types';

const MEASURES_BLANK = {
  count: null,
  medianTurnaroundDays: null,
  p90TurnaroundDays: null,
  onTimeRate: null,
  addendumRate: null,
  addendumRates: null,
  claimantCopyOnTimeRate: null,
} satisfies Partial<ReportStatsGroup>;

function toGroup(row: Record<string, unknown>, groupBy: readonly ReportStatsDimension[]): ReportStatsGroup {
  const group: ReportStatsGroup = { suppressed: false, ...MEASURES_BLANK };
  if (row.is_overall !== true) groupBy.forEach((d, i) => (group[REPORT_STATS_DIMENSIONS[d].field] = row[`k${i}`] as never));
  const [medianTurnaroundDays, p90TurnaroundDays] = percentilePair(row.turnaround_days);
  return Object.assign(group, {
    count: Number(row.count),
    medianTurnaroundDays,
    p90TurnaroundDays,
    onTimeRate: roundTo(row.on_time_rate, 4),
    addendumRate: roundTo(row.addendum_rate, 4),
    addendumRates: ADDENDUM_REASONS.map((reason) => ({ reason, rate: roundTo(row[`addendum_rate_${reason.toLowerCase()}`], 4) })),
    claimantCopyOnTimeRate: roundTo(row.claimant_copy_on_time_rate, 4),
  });
}


/** Report statistics in one SQL statement; Node only reshapes the rows and withholds small groups. */
export async function findReportStats(
  em: EntityManager,
  settings: StatsSettings,
  criteria: ReportStatsCriteria,
  groupBy: readonly ReportStatsDimension[],
  limit: number,
  audience: { suppress: boolean },
): Promise<StatsAnswer<ReportStatsGroup> & { groupBy: ReportStatsDimension[] }> {
  const { sql, params } = reportStatsSql(criteria, groupBy, limit);
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
