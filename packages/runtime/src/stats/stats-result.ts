import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../errors';
import { readsDeidentifiedData } from '../auth/deidentification';
import type { Actor } from '../graphql/context';
import { checkDeidentifiedStatsRequest, crossedDimension, monthsWithin, protectedTableOf, type StatsPopulation } from './deidentified-stats';
import type { ProtectedTable } from './protected-table';
import { scopeStatsClients } from './stats-scope';
import { executeStatsQuery, type StatsSettings } from './stats-settings';
import { MAX_GROUP_BY, withheldSmallMeasures, type KeyedStatsDimension, type StatsCriteria, type StatsKeyField, type StatsListFilter, type StatsSql } from './stats-sql';
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
  /**
   * Whether the caller reads de-identified data (an ANALYST): then every figure comes from the protected table of
   * the one dimension the request crosses with months (docs/statistics.md, "Privacy").
   */
  deidentified?: boolean;
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
  const deidentified = readsDeidentifiedData(actor);
  if (deidentified) checkDeidentifiedStatsRequest(filter, groupBy);
  const criteria = { ...filter, excludedMonths: undefined, clientId: scopeStatsClients(actor, filter?.clientId) };
  return { criteria, groupBy, limit, suppress: statsSuppressionApplies(actor), ...(deidentified ? { deidentified } : {}) };
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
  /** What is counted, for the protected tables of de-identified statistics. */
  population: StatsPopulation;
}

/**
 * Runs one statistics statement (built by buildStatsSql for the request's criteria) and answers it: PostgreSQL
 * does the counting, Node only reshapes the rows into groups and withholds small groups. For a de-identified
 * caller the protected table of the dimension crossed with months is built first; its closed months are left out
 * of the statement, and each figure is published only when that table determines it.
 */
export async function answerStats<D extends string, G extends CountedGroup>(
  em: EntityManager,
  settings: StatsSettings,
  statementFor: (criteria: StatsCriteria) => StatsSql,
  request: StatsRequest<D>,
  shape: StatsGroupShape<D, G>,
): Promise<StatsAnswer<G> & { groupBy: D[] }> {
  const crossed = request.deidentified ? crossedDimension(request.criteria, request.groupBy) : null;
  const dimension = crossed ? shape.dimensions[crossed as unknown as D] : null;
  const table = request.deidentified ? await protectedTableOf(em, settings, shape.population, dimension) : null;
  const statement = statementFor(table ? { ...request.criteria, excludedMonths: table.closedMonths } : request.criteria);
  const found = await executeStatsQuery(em, settings, statement.sql, statement.params);
  const rows = table ? found.map((row) => withheldSmallMeasures(row, settings.minGroupSize)) : found;
  const keyFields = request.groupBy.map((d) => shape.dimensions[d].field);
  const options = {
    limit: request.limit,
    minGroupSize: settings.minGroupSize,
    toGroup: (row: Record<string, unknown>) => {
      const group = { suppressed: false, ...shape.measuresOf(row) } as G & Partial<Record<StatsKeyField, unknown>>;
      if (row.is_overall !== true) keyFields.forEach((field, i) => (group[field] = row[`k${i}`]));
      return group;
    },
    blank: (group: G) => ({ ...group, ...shape.noMeasures }),
  };
  if (!table) return { ...assembleStats(rows, { ...options, suppress: request.suppress }), groupBy: [...request.groupBy] };
  const answer = assembleStats(rows, { ...options, suppress: false });
  const publish = fromProtectedTable(table, request.criteria, dimension, request.groupBy.includes('MONTH' as D), options.blank);
  // A withheld group is left out, as an empty one is, and not counted: its presence would say it holds cases.
  const groups = answer.groups.map((g) => publish(g, false)).filter((g) => !g.suppressed);
  return { ...answer, overall: publish(answer.overall, true), groups, suppressionApplied: true, suppressedGroups: 0, groupBy: [...request.groupBy] };
}

/**
 * Publishes a group (or the overall figures) as the protected table allows: its count when the table determines
 * it (the same count the statement found), else suppressed with every measure null.
 */
function fromProtectedTable<G extends CountedGroup>(
  table: ProtectedTable,
  criteria: StatsCriteria,
  dimension: KeyedStatsDimension | null,
  byMonth: boolean,
  blank: (group: G) => G,
): (group: G, overall: boolean) => G {
  const months = monthsWithin(table, criteria);
  const filterName = dimension?.field as StatsListFilter | undefined;
  const keys = filterName && criteria[filterName]?.length ? [...criteria[filterName]!] : null;
  return (group, overall) => {
    const keyed = group as G & Partial<Record<StatsKeyField, unknown>>;
    const inMonths = !overall && byMonth ? [String(keyed.month)] : months;
    const withKeys = !overall && dimension && dimension.field in keyed ? [(keyed[dimension.field] as string | null) ?? null] : keys;
    const count = table.publishedCount(inMonths, dimension ? withKeys : null);
    return count === null ? { ...blank(group), count: null, suppressed: true } : { ...group, count, suppressed: false };
  };
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
