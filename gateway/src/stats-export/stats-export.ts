import { ADDENDUM_REASONS, LIST_FILTERS, type StatsDimension } from '@imepanel/runtime';
import { toCsv, type CsvValue } from './csv';

/**
 * CSV export of statistics for the spreadsheets analysts live in: `GET /stats/cases.csv` and
 * `GET /stats/reports.csv` take the filters and group-by of caseStats / reportStats as query parameters,
 * run the GraphQL query through this gateway (as the caller, so suppression applies as it would to them) and
 * answer every measure as a column, the overall figures first.
 */
export type StatsKind = 'cases' | 'reports';

type Group = Record<string, any>;
interface Column {
  header: string;
  read: (group: Group) => CsvValue;
}

const DIMENSIONS: Record<StatsDimension, { selection: string; columns: Column[] }> = {
  MONTH: { selection: 'month', columns: [{ header: 'month', read: (g) => g.month }] },
  WEEK: { selection: 'week', columns: [{ header: 'week', read: (g) => g.week }] },
  STATUS: { selection: 'status', columns: [{ header: 'status', read: (g) => g.status }] },
  JURISDICTION: { selection: 'jurisdiction', columns: [{ header: 'jurisdiction', read: (g) => g.jurisdiction }] },
  LINE_OF_BUSINESS: { selection: 'lineOfBusiness', columns: [{ header: 'lineOfBusiness', read: (g) => g.lineOfBusiness }] },
  SPECIALTY: {
    selection: 'specialtyCode specialty { name }',
    columns: [
      { header: 'specialtyCode', read: (g) => g.specialtyCode },
      { header: 'specialtyName', read: (g) => g.specialty?.name },
    ],
  },
  CLIENT: {
    selection: 'clientId client { name }',
    columns: [
      { header: 'clientId', read: (g) => g.clientId },
      { header: 'clientName', read: (g) => g.client?.name },
    ],
  },
  EXAMINER: {
    selection: 'examinerId examiner { displayName }',
    columns: [
      { header: 'examinerId', read: (g) => g.examinerId },
      { header: 'examinerName', read: (g) => g.examiner?.displayName },
    ],
  },
};

const isDimension = (name: string): name is StatsDimension => name in DIMENSIONS;

const measure = (name: string): Column => ({ header: name, read: (g) => g[name] });

const KINDS: Record<StatsKind, { field: string; fileName: string; filterType: string; dimensionType: string; selection: string; measures: Column[] }> = {
  cases: {
    field: 'caseStats',
    fileName: 'case-stats.csv',
    filterType: 'CaseStatsFilter',
    dimensionType: 'CaseStatsDimension',
    selection: `suppressed count medianDaysToAssignment p90DaysToAssignment medianDaysToExam p90DaysToExam noShowRate
      cancellationRate chargeableCancellationRate nonChargeableCancellationRate`,
    measures: [
      'count',
      'medianDaysToAssignment',
      'p90DaysToAssignment',
      'medianDaysToExam',
      'p90DaysToExam',
      'noShowRate',
      'cancellationRate',
      'chargeableCancellationRate',
      'nonChargeableCancellationRate',
    ].map(measure),
  },
  reports: {
    field: 'reportStats',
    fileName: 'report-stats.csv',
    filterType: 'ReportStatsFilter',
    dimensionType: 'ReportStatsDimension',
    selection: `suppressed count medianTurnaroundDays p90TurnaroundDays onTimeRate addendumRate addendumRates { reason rate }
      claimantCopyOnTimeRate`,
    measures: [
      ...['count', 'medianTurnaroundDays', 'p90TurnaroundDays', 'onTimeRate', 'addendumRate'].map(measure),
      ...ADDENDUM_REASONS.map((reason) => ({
        header: `addendumRate:${reason}`,
        read: (g: Group) => g.addendumRates?.find((r: { reason: string }) => r.reason === reason)?.rate,
      })),
      measure('claimantCopyOnTimeRate'),
    ],
  },
};

const DATE_FILTERS = ['from', 'to'];
const KNOWN = new Set([...LIST_FILTERS, ...DATE_FILTERS, 'groupBy', 'limit']);

/** A request the export cannot run, with the reason (answered as 400). */
export class StatsExportError extends Error {}

export interface StatsExportRequest {
  kind: StatsKind;
  /** The name the CSV is saved under. */
  fileName: string;
  query: string;
  variables: { filter: Record<string, unknown>; groupBy: string[]; limit?: number };
  columns: Column[];
}

/** Lists come as repeated parameters, comma-separated values, or both. */
function listOf(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** Turns the query parameters of an export into the GraphQL request and the CSV columns. */
export function statsExportRequest(kind: StatsKind, params: URLSearchParams): StatsExportRequest {
  const spec = KINDS[kind];
  const unknown = [...new Set(params.keys())].filter((name) => !KNOWN.has(name));
  if (unknown.length) {
    throw new StatsExportError(`Unknown parameter ${unknown.join(', ')}; accepted: ${[...KNOWN].join(', ')}`);
  }
  const groupBy = listOf(params, 'groupBy');
  const unknownDimensions = groupBy.filter((d) => !isDimension(d));
  if (unknownDimensions.length) {
    throw new StatsExportError(`Unknown groupBy dimension ${unknownDimensions.join(', ')}; accepted: ${Object.keys(DIMENSIONS).join(', ')}`);
  }
  const filter: Record<string, unknown> = {};
  for (const name of LIST_FILTERS) {
    const values = listOf(params, name);
    if (values.length) filter[name] = values;
  }
  for (const name of DATE_FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filter[name] = value;
  }
  const variables: StatsExportRequest['variables'] = { filter, groupBy };
  const limit = params.get('limit');
  if (limit !== null) {
    if (!/^\d+$/.test(limit)) throw new StatsExportError('limit must be a whole number of groups');
    variables.limit = Number(limit);
  }
  const keys = [...new Set(groupBy.filter(isDimension))].map((d) => DIMENSIONS[d]);
  const groupSelection = `${keys.map((k) => k.selection).join(' ')} ${spec.selection}`;
  const withLimit = limit !== null;
  const query = `query StatsExport($filter: ${spec.filterType}, $groupBy: [${spec.dimensionType}!]${withLimit ? ', $limit: Int' : ''}) {
  ${spec.field}(filter: $filter, groupBy: $groupBy${withLimit ? ', limit: $limit' : ''}) {
    truncated suppressionApplied minGroupSize
    overall { ${spec.selection} }
    groups { ${groupSelection} }
  }
}`;
  const columns: Column[] = [
    { header: 'scope', read: (g) => (g.__overall ? 'overall' : 'group') },
    ...keys.flatMap((k) => k.columns),
    { header: 'suppressed', read: (g) => g.suppressed },
    ...spec.measures,
  ];
  return { kind, fileName: spec.fileName, query, variables, columns };
}

/** The CSV of a statistics answer: the overall row first, then one row per group. */
export function statsCsv(request: StatsExportRequest, data: Record<string, any>): string {
  const answer = data[KINDS[request.kind].field];
  const rows: Group[] = [{ ...answer.overall, __overall: true }, ...answer.groups];
  return toCsv(
    request.columns.map((c) => c.header),
    rows.map((row) => request.columns.map((c) => c.read(row))),
  );
}
