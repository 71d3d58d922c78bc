/**
 * Statistics for callers who read de-identified data (ANALYST; auth/deidentification.ts): what they may ask, and
 * how each answer is read off the protected table of its dimension (protected-table.ts, docs/statistics.md).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { wholeMonthErrors } from '../auth/deidentification';
import { badUserInput, type FieldError } from '../errors';
import { ProtectedTable, type MonthCell } from './protected-table';
import { executeStatsQuery, type StatsSettings } from './stats-settings';
import { LIST_FILTERS, monthLabel, type KeyedStatsDimension, type StatsColumns, type StatsCriteria, type StatsDimension, type StatsListFilter } from './stats-sql';

/** The dimension each list filter narrows. */
const FILTER_DIMENSION: Record<StatsListFilter, StatsDimension> = {
  clientId: 'CLIENT',
  jurisdiction: 'JURISDICTION',
  lineOfBusiness: 'LINE_OF_BUSINESS',
  specialtyCode: 'SPECIALTY',
  examinerId: 'EXAMINER',
  status: 'STATUS',
};

/** The one dimension besides MONTH a de-identified request names (grouped by or filtered), if any. */
export function crossedDimension(criteria: StatsCriteria | undefined, groupBy: readonly string[]): StatsDimension | null {
  const grouped = groupBy.find((d) => d !== 'MONTH' && d !== 'WEEK') as StatsDimension | undefined;
  if (grouped) return grouped;
  const filtered = LIST_FILTERS.find((name) => criteria?.[name]?.length);
  return filtered ? FILTER_DIMENSION[filtered] : null;
}

/**
 * Refuses what a de-identified caller may not ask, naming the fields: a date filter that is not whole months, a
 * grouping by ISO week (finer than a month), and more than one dimension besides MONTH (grouped or filtered) —
 * every answer must come from one protected table of months × one dimension.
 */
export function checkDeidentifiedStatsRequest(criteria: StatsCriteria | undefined, groupBy: readonly string[]): void {
  const fields: FieldError[] = wholeMonthErrors([
    { field: 'filter.from', value: criteria?.from, end: 'start' },
    { field: 'filter.to', value: criteria?.to, end: 'end' },
  ]);
  if (groupBy.includes('WEEK')) fields.push({ field: 'groupBy', message: 'de-identified statistics go down to months: group by MONTH instead of WEEK' });
  const crossed = crossedDimension(criteria, groupBy);
  const categories = groupBy.filter((d) => d !== 'MONTH' && d !== 'WEEK');
  if (categories.length > 1) {
    fields.push({ field: 'groupBy', message: `de-identified statistics cross months with one other dimension: group by ${categories[0]} or ${categories[1]}, not both` });
  }
  for (const name of LIST_FILTERS) {
    if (criteria?.[name]?.length && FILTER_DIMENSION[name] !== crossed) {
      fields.push({ field: `filter.${name}`, message: `de-identified statistics cross months with one other dimension: this request already names ${crossed}` });
    }
  }
  if (fields.length) throw badUserInput(fields);
}

/** The population statistics count, for the protected tables: the measured table and the conditions every row meets. */
export interface StatsPopulation {
  table: string;
  alias: string;
  /** A condition without parameters every counted row meets, e.g. `r.kind = 'IME'`. */
  where?: string;
  columns: StatsColumns;
}

/**
 * The protected table of months × `dimension` (months alone when null) over the whole population: one statement
 * counting the cells, protected in Node.
 */
export async function protectedTableOf(
  em: EntityManager,
  settings: StatsSettings,
  population: StatsPopulation,
  dimension: KeyedStatsDimension | null,
): Promise<ProtectedTable> {
  const { table, alias, where, columns } = population;
  const sql = [
    `select ${monthLabel(columns.period)} as month, ${dimension ? dimension.group : 'null'} as key, count(*)::int as count`,
    `from ${table} ${alias}`,
    where ? `where ${where}` : '',
    'group by 1, 2',
  ].filter(Boolean).join('\n');
  const rows = await executeStatsQuery(em, settings, sql, []);
  const cells: MonthCell[] = rows.map((row) => ({ month: String(row.month), key: row.key === null ? null : String(row.key), count: Number(row.count) }));
  return ProtectedTable.protect(cells, settings.minGroupSize);
}

/** The open months of a table within a whole-month filter (null: every month, no filter). */
export function monthsWithin(table: ProtectedTable, criteria: Pick<StatsCriteria, 'from' | 'to'>): string[] | null {
  if (!criteria.from && !criteria.to) return null;
  return table.openMonths.filter((m) => (!criteria.from || `${m}-01` >= criteria.from) && (!criteria.to || `${m}-01` <= criteria.to));
}
