import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../errors';
import type { Actor } from '../graphql/context';
import { scopeStatsClients } from './stats-scope';
import { executeStatsQuery, type StatsSettings } from './stats-settings';
import { MAX_GROUP_BY, type KeyedStatsDimension, type StatsCriteria, type StatsKeyField, type StatsSql } from './stats-sql';
import { statsSuppressionApplies, suppressSmallGroups, type CountedGroup } from './suppression';

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

/** A statistics request checked and scoped to its caller. */
export interface StatsRequest<D extends string> {
  criteria: StatsCriteria;
  groupBy: readonly D[];
  limit: number;
  /** Whether small groups are withheld from this caller (see statsSuppressionApplies). */
  suppress: boolean;
}

/**
 * The arguments of a statistics query as a request: refused when malformed (checkStatsRequest), narrowed to the
 * caller's own organisation for a client (scopeStatsClients), suppressed unless the caller is exempt.
 */
export function statsRequest<D extends string>(
  actor: Pick<Actor, 'role' | 'clientId'> | null | undefined,
  filter: StatsCriteria | undefined,
  groupBy: readonly D[],
  limit: number,
): StatsRequest<D> {
  checkStatsRequest(groupBy, limit);
  return { criteria: { ...filter, clientId: scopeStatsClients(actor, filter?.clientId) }, groupBy, limit, suppress: statsSuppressionApplies(actor) };
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

/** The measures of a statistics group: every field but the keys and the suppression flag. */
export type StatsMeasures<G> = Omit<G, StatsKeyField | 'suppressed'>;

/** How a subgraph's statistics rows become its groups. */
export interface StatsGroupShape<D extends string, G extends CountedGroup> {
  /** The dimensions, for the group field each key lands in. */
  dimensions: Record<D, KeyedStatsDimension>;
  /** The measures of one row of the statement. */
  measuresOf: (row: Record<string, unknown>) => StatsMeasures<G>;
  /** Every measure null: what a suppressed group shows. */
  noMeasures: StatsMeasures<G>;
}

/**
 * Runs one statistics statement (built by buildStatsSql for this request) and answers it: PostgreSQL does the
 * counting, Node only reshapes the rows into groups and withholds small groups.
 */
export async function answerStats<D extends string, G extends CountedGroup>(
  em: EntityManager,
  settings: StatsSettings,
  statement: StatsSql,
  request: StatsRequest<D>,
  shape: StatsGroupShape<D, G>,
): Promise<StatsAnswer<G> & { groupBy: D[] }> {
  const rows = await executeStatsQuery(em, settings, statement.sql, statement.params);
  const keyFields = request.groupBy.map((d) => shape.dimensions[d].field);
  const answer = assembleStats(rows, {
    limit: request.limit,
    suppress: request.suppress,
    minGroupSize: settings.minGroupSize,
    toGroup: (row) => {
      const group = { suppressed: false, ...shape.measuresOf(row) } as G & Partial<Record<StatsKeyField, unknown>>;
      if (row.is_overall !== true) keyFields.forEach((field, i) => (group[field] = row[`k${i}`]));
      return group;
    },
    blank: (group) => ({ ...group, ...shape.noMeasures }),
  });
  return { ...answer, groupBy: [...request.groupBy] };
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
