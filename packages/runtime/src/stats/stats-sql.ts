/**
 * The shape every statistics query of the platform shares: one aggregate statement over a subgraph's own
 * tables, grouped by up to two dimensions with GROUPING SETS so the same statement also answers the overall
 * row, filtered with bound parameters only. Subgraphs supply the table, the dimensions and the measures; the
 * database does the counting and the percentiles, never Node.
 */

/** The most dimensions a statistics result may be grouped by. */
export const MAX_GROUP_BY = 2;

/** How one group-by dimension reads in SQL. */
export interface StatsDimensionSql {
  /** The expression grouped by, e.g. `c.jurisdiction` or `date_trunc('month', c.created_at at time zone 'UTC')`. */
  group: string;
  /** The label answered for a group, as an expression over the grouped one (default: the grouped expression). */
  label?: (grouped: string) => string;
}

/** What a period dimension buckets: a `timestamptz` column (bucketed by its UTC day) or a `date` column. */
export type PeriodColumn = { timestamptz: string } | { date: string };

function asTimestamp(column: PeriodColumn): string {
  return 'date' in column ? `${column.date}::timestamp` : `(${column.timestamptz} at time zone 'UTC')`;
}

/** A calendar month, labelled `2026-03` (UTC). */
export function monthOf(column: PeriodColumn): StatsDimensionSql {
  return { group: `date_trunc('month', ${asTimestamp(column)})`, label: (g) => `to_char(${g}, 'YYYY-MM')` };
}

/** The label of the calendar month of a period column, e.g. `2026-03` (UTC), as an SQL expression. */
export function monthLabel(column: PeriodColumn): string {
  const month = monthOf(column);
  return month.label!(month.group);
}

/** An ISO week (Monday to Sunday), labelled `2026-W09` (UTC). */
export function weekOf(column: PeriodColumn): StatsDimensionSql {
  return { group: `date_trunc('week', ${asTimestamp(column)})`, label: (g) => `to_char(${g}, 'IYYY-"W"IW')` };
}

/** The filters every statistics query takes (each optional; a list matches any of its values). */
export interface StatsCriteria {
  /** On or after this day of the period column (see StatsColumns). */
  from?: string | null;
  /** On or before this day of the period column. */
  to?: string | null;
  clientId?: string[] | null;
  jurisdiction?: string[] | null;
  lineOfBusiness?: string[] | null;
  specialtyCode?: string[] | null;
  examinerId?: string[] | null;
  status?: string[] | null;
  /**
   * Calendar months (`2026-03`) of the period column left out: the months counting fewer than k, which are not part
   * of what a de-identified caller sees (protected-table.ts). Set by the platform, never by the caller.
   */
  excludedMonths?: string[] | null;
}

/** The list filters, in the order their conditions (and bound parameters) appear. */
export const LIST_FILTERS = ['clientId', 'jurisdiction', 'lineOfBusiness', 'specialtyCode', 'examinerId', 'status'] as const;
export type StatsListFilter = (typeof LIST_FILTERS)[number];

/**
 * The columns of a measured table that statistics filter and group by: the period column (filtered by
 * from/to, bucketed by MONTH and WEEK) and, under each list filter's name, the column it matches and groups.
 */
export type StatsColumns = { period: PeriodColumn } & Record<StatsListFilter, string>;

/**
 * What statistics can be grouped by (one or two at a time), in the order of the schema's enum; each subgraph
 * registers its own GraphQL enum of these (statsDimensionEnum, stats-types.ts).
 */
export const STATS_DIMENSIONS = ['MONTH', 'WEEK', 'STATUS', 'JURISDICTION', 'LINE_OF_BUSINESS', 'SPECIALTY', 'CLIENT', 'EXAMINER'] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];

/** The field of a statistics group that carries a dimension's key. */
export type StatsKeyField = 'month' | 'week' | StatsListFilter;

/** A dimension as SQL, and the group field its key lands in. */
export interface KeyedStatsDimension extends StatsDimensionSql {
  field: StatsKeyField;
}

/** Every dimension over these columns. */
export function statsDimensions(columns: StatsColumns): Record<StatsDimension, KeyedStatsDimension> {
  return {
    MONTH: { ...monthOf(columns.period), field: 'month' },
    WEEK: { ...weekOf(columns.period), field: 'week' },
    STATUS: { group: columns.status, field: 'status' },
    JURISDICTION: { group: columns.jurisdiction, field: 'jurisdiction' },
    LINE_OF_BUSINESS: { group: columns.lineOfBusiness, field: 'lineOfBusiness' },
    SPECIALTY: { group: columns.specialtyCode, field: 'specialtyCode' },
    CLIENT: { group: columns.clientId, field: 'clientId' },
    EXAMINER: { group: columns.examinerId, field: 'examinerId' },
  };
}

/** Filter conditions with their bound parameters, in the order they appear. */
export class StatsConditions {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  add(condition: string, ...params: unknown[]): this {
    this.conditions.push(condition);
    this.params.push(...params);
    return this;
  }

  /** `column in (…)` when values are given; nothing when the list is absent or empty. */
  anyOf(column: string, values: readonly unknown[] | null | undefined): this {
    return values?.length ? this.add(`${column} in (?)`, [...new Set(values)]) : this;
  }

  /** A timestamptz column within whole UTC days, both ends inclusive. */
  withinDays(column: string, from: string | null | undefined, to: string | null | undefined): this {
    if (from) this.add(`${column} >= (?::date)::timestamp at time zone 'UTC'`, from);
    if (to) this.add(`${column} < ((?::date) + 1)::timestamp at time zone 'UTC'`, to);
    return this;
  }

  /** A date column between two dates, both inclusive. */
  betweenDates(column: string, from: string | null | undefined, to: string | null | undefined): this {
    if (from) this.add(`${column} >= ?::date`, from);
    if (to) this.add(`${column} <= ?::date`, to);
    return this;
  }

  /** The filters of a statistics request over these columns: the period (whole UTC days of a timestamptz), then each list. */
  matching(criteria: StatsCriteria, columns: StatsColumns): this {
    const { period } = columns;
    if ('date' in period) this.betweenDates(period.date, criteria.from, criteria.to);
    else this.withinDays(period.timestamptz, criteria.from, criteria.to);
    for (const name of LIST_FILTERS) this.anyOf(columns[name], criteria[name]);
    if (criteria.excludedMonths?.length) this.add(`${monthLabel(period)} not in (?)`, [...criteria.excludedMonths]);
    return this;
  }
}

export interface StatsQuerySpec {
  /** The table measured (`cases.ime_case`) and its alias in the measures and dimensions (`c`). */
  table: string;
  alias: string;
  /**
   * When given, the rows matching the filter are first gathered (these columns only) in a materialised CTE
   * `filtered`, which the `with` CTEs can join to, so per-row lookups (deliveries, addenda) shrink with the
   * filter instead of covering the whole table; the measures then read `filtered` under the alias.
   */
  filteredColumns?: string[];
  /** Further common table expressions, each `name as (…)`, without parameters. */
  with?: string[];
  /** Joins after the measured table, e.g. `left join no_show ns on ns.case_id = c.id`. */
  joins?: string;
  where: StatsConditions;
  /** The dimensions grouped by, in order (at most MAX_GROUP_BY). */
  dimensions: StatsDimensionSql[];
  /** Aggregate expressions, each with an alias: `count(*)::int as count`. */
  measures: string[];
  /** The most groups answered (the overall row comes on top). */
  limit: number;
}

export interface StatsSql {
  sql: string;
  params: unknown[];
}

/**
 * One statement answering the overall row (`is_overall` true, first) and up to `limit` groups ordered by
 * their keys, with one row more when there are more groups (so the caller can say the answer is truncated).
 * Group labels come back as `k0`, `k1`.
 */
export function buildStatsSql(spec: StatsQuerySpec): StatsSql {
  if (spec.dimensions.length > MAX_GROUP_BY) throw new RangeError(`at most ${MAX_GROUP_BY} group-by dimensions`);
  const dims = spec.dimensions;
  const where = spec.where.conditions.length ? `where ${spec.where.conditions.join('\n  and ')}` : '';
  const ctes = [...(spec.with ?? [])];
  let from = `${spec.table} ${spec.alias}`;
  if (spec.filteredColumns) {
    ctes.unshift(`filtered as materialized (select ${spec.filteredColumns.map((c) => `${spec.alias}.${c}`).join(', ')} from ${from} ${where})`);
    from = `filtered ${spec.alias}`;
  }
  const select = [
    ...dims.map((d, i) => `${d.label ? d.label(d.group) : d.group} as k${i}`),
    dims.length ? `grouping(${dims[0].group}) = 1 as is_overall` : 'true as is_overall',
    ...spec.measures,
  ];
  const lines = [
    ctes.length ? `with ${ctes.join(',\n')}` : '',
    `select ${select.join(',\n  ')}`,
    `from ${from}${spec.joins ? ` ${spec.joins}` : ''}`,
    spec.filteredColumns ? '' : where,
    dims.length ? `group by grouping sets ((${dims.map((d) => d.group).join(', ')}), ())` : '',
    dims.length ? `order by is_overall desc, ${dims.map((d) => `${d.group} nulls last`).join(', ')}` : '',
    dims.length ? 'limit ?' : '',
  ];
  return {
    sql: lines.filter(Boolean).join('\n'),
    params: dims.length ? [...spec.where.params, spec.limit + 2] : [...spec.where.params],
  };
}

/** Percentiles answered as `[p50, p90]` by `percentile_cont(array[0.5, 0.9])`; one sort serves both. */
export function medianAndP90(expression: string, alias: string): string {
  return `percentile_cont(array[0.5, 0.9]::float8[]) within group (order by ${expression}) as ${alias}`;
}

/** A share of two filtered counts, null when the denominator is empty. */
export function rate(numerator: string, denominator: string, alias: string): string {
  return `(count(*) filter (where ${numerator}))::float8 / nullif(count(*) filter (where ${denominator}), 0) as ${alias}`;
}

/**
 * How many cases a measure rests on, as extra columns beside it: `<alias>__n` the numerator's count (or a
 * percentile's inputs), `<alias>__d` the denominator's. De-identified statistics withhold a measure resting on 1 to
 * k − 1 cases, or whose cases outside the numerator are 1 to k − 1 (withheldSmallMeasures).
 */
export const MEASURE_SIZE = { numerator: '__n', denominator: '__d' } as const;

/** A rate (see rate) and the counts it is the share of. */
export function sizedRate(numerator: string, denominator: string, alias: string): string[] {
  return [
    rate(numerator, denominator, alias),
    `(count(*) filter (where ${numerator}))::int as ${alias}${MEASURE_SIZE.numerator}`,
    `(count(*) filter (where ${denominator}))::int as ${alias}${MEASURE_SIZE.denominator}`,
  ];
}

/** Percentiles (see medianAndP90) and how many values they are taken over. */
export function sizedMedianAndP90(expression: string, alias: string): string[] {
  return [medianAndP90(expression, alias), `count(${expression})::int as ${alias}${MEASURE_SIZE.numerator}`];
}

/**
 * A statistics row with every measure that rests on 1 to k − 1 cases set to null: a rate whose numerator, whose
 * denominator or whose cases outside the numerator count 1 to k − 1 (a cancellation rate of 1 in 6 names one
 * cancelled case), percentiles over 1 to k − 1 values. The size columns are left as they are.
 */
export function withheldSmallMeasures(row: Record<string, unknown>, k: number): Record<string, unknown> {
  const small = (n: number) => n > 0 && n < k;
  const out = { ...row };
  for (const column of Object.keys(row)) {
    if (!column.endsWith(MEASURE_SIZE.numerator)) continue;
    const alias = column.slice(0, -MEASURE_SIZE.numerator.length);
    const n = Number(row[column]);
    const denominator = row[`${alias}${MEASURE_SIZE.denominator}`];
    const d = denominator === undefined ? null : Number(denominator);
    if (small(n) || (d !== null && (small(d) || small(d - n)))) out[alias] = null;
  }
  return out;
}
