import { badUserInput } from '../errors';
import { MAX_GROUP_BY } from './stats-sql';
import { suppressSmallGroups, type CountedGroup } from './suppression';

/** The most groups one statistics answer may hold (a CSV of 20 000 examiner-months is still a spreadsheet). */
export const MAX_STATS_GROUPS = 20_000;
export const DEFAULT_STATS_GROUPS = 1_000;

/** Refuses a group-by list that repeats a dimension or names more than MAX_GROUP_BY, and a bad group limit. */
export function checkStatsRequest(groupBy: readonly string[], limit: number): void {
  const fields = [];
  if (groupBy.length > MAX_GROUP_BY) fields.push({ field: 'groupBy', message: `groupBy takes at most ${MAX_GROUP_BY} dimensions, got ${groupBy.length}` });
  if (new Set(groupBy).size !== groupBy.length) fields.push({ field: 'groupBy', message: 'groupBy names a dimension twice' });
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_STATS_GROUPS) {
    fields.push({ field: 'limit', message: `limit must be between 1 and ${MAX_STATS_GROUPS}` });
  }
  if (fields.length) throw badUserInput(fields);
}

/** A statistics answer: the overall figures, the groups, and what was withheld. */
export interface StatsAnswer<G> {
  overall: G;
  groups: G[];
  /** More groups matched than the limit; the first `limit` (by key) are answered. */
  truncated: boolean;
  suppressionApplied: boolean;
  minGroupSize: number;
  suppressedGroups: number;
}

/** Who a statistics answer is for: whether small groups are withheld from them, and k. */
export interface StatsAudience {
  /** Whether small groups are suppressed for this caller (see statsSuppressionApplies). */
  suppress: boolean;
  minGroupSize: number;
}

export interface AssembleOptions<G extends CountedGroup> extends StatsAudience {
  limit: number;
  /** Turns one row of the statement built by buildStatsSql into a group. */
  toGroup: (row: Record<string, unknown>) => G;
  /** The group with every measure cleared, for suppression. */
  blank: (group: G) => G;
}

/**
 * Turns the rows of one statistics statement (overall row first, groups after, one extra when truncated) into
 * the answer, suppressing groups smaller than k when the caller is subject to it. The overall row is
 * suppressed like a group when it counts fewer than k itself (a filter narrow enough to single people out).
 */
export function assembleStats<G extends CountedGroup>(rows: readonly Record<string, unknown>[], options: AssembleOptions<G>): StatsAnswer<G> {
  const overallRow = rows.find((row) => row.is_overall === true);
  let overall = overallRow ? options.toGroup(overallRow) : options.blank({ count: 0, suppressed: false } as G);
  let groups = rows.filter((row) => row.is_overall !== true).map(options.toGroup);
  const truncated = groups.length > options.limit;
  groups = groups.slice(0, options.limit);
  let suppressedGroups = 0;
  if (options.suppress) {
    groups = suppressSmallGroups(groups, options.minGroupSize, options.blank);
    suppressedGroups = groups.filter((g) => g.suppressed).length;
    if ((overall.count ?? 0) < options.minGroupSize) overall = { ...options.blank(overall), count: null, suppressed: true };
  }
  return { overall, groups, truncated, suppressionApplied: options.suppress, minGroupSize: options.minGroupSize, suppressedGroups };
}

/** Rounds a measure for display: days to two decimals, rates to four. Null stays null. */
export function roundTo(value: unknown, decimals: number): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  if (!Number.isFinite(n)) return null;
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

/** The [p50, p90] pair answered by medianAndP90, rounded to two decimals. */
export function percentilePair(value: unknown): [number | null, number | null] {
  if (!Array.isArray(value)) return [null, null];
  return [roundTo(value[0], 2), roundTo(value[1], 2)];
}
