import { parse } from 'graphql';
import type { Operation } from './operations';
import { toApiFilter, type FilterRules } from './params';
import { EXAMINER_FILTERS } from './examiners';
import { CREDENTIAL_FILTERS } from './credentials';
import { CASE_FILTERS } from './cases';
import { REPORT_FILTERS } from './reports';

const COUNTABLE: Record<string, { field: string; filterType: string; rules: FilterRules }> = {
  examiners: { field: 'examiners', filterType: 'ExaminerFilter', rules: EXAMINER_FILTERS },
  credentials: { field: 'credentials', filterType: 'CredentialFilter', rules: CREDENTIAL_FILTERS },
  cases: { field: 'cases', filterType: 'CaseFilter', rules: CASE_FILTERS },
  reports: { field: 'reports', filterType: 'ReportFilter', rules: REPORT_FILTERS },
};

/**
 * Counts for the dashboard: one request asking a list query for `total` under each named filter, with a page
 * of one (the API has no separate count queries, and needs none).
 */
export function getTotals(params: { resource: string; filters: Record<string, Record<string, unknown>> }): Operation {
  const countable = COUNTABLE[params.resource];
  if (!countable) throw new Error(`getTotals: ${params.resource} cannot be counted`);
  const names = Object.keys(params.filters);
  const definitions = names.map((_, i) => `$f${i}: ${countable.filterType}`).join(', ');
  const fields = names.map((_, i) => `t${i}: ${countable.field}(filter: $f${i}, page: { limit: 1 }) { total }`).join(' ');
  return {
    query: parse(`query Totals${definitions ? `(${definitions})` : ''} { ${fields || '__typename'} }`),
    variables: Object.fromEntries(names.map((name, i) => [`f${i}`, toApiFilter(params.filters[name], countable.rules)])),
    parseResponse: ({ data }) => ({ data: Object.fromEntries(names.map((name, i) => [name, data[`t${i}`].total as number])) }),
  };
}
