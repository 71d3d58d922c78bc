import { parse } from 'graphql';
import type { Operation } from './operations';

export interface StatsQuery {
  kind: 'cases' | 'reports';
  groupBy: string[];
  /** The group fields naming each dimension's value (e.g. `jurisdiction`, `client { name }`). */
  keySelection: string;
  measures: string[];
  filter: Record<string, unknown>;
}

const FIELDS = {
  cases: { field: 'caseStats', filterType: 'CaseStatsFilter', dimensionType: 'CaseStatsDimension' },
  reports: { field: 'reportStats', filterType: 'ReportStatsFilter', dimensionType: 'ReportStatsDimension' },
} as const;

/** One statistics question (docs/statistics.md): the overall figures and the groups, as the caller may see them. */
export function getStats(params: StatsQuery): Operation {
  const spec = FIELDS[params.kind];
  const measures = ['suppressed', ...params.measures.filter((m) => m !== 'suppressed')].join(' ');
  return {
    query: parse(`query Statistics($filter: ${spec.filterType}, $groupBy: [${spec.dimensionType}!]!) {
      stats: ${spec.field}(filter: $filter, groupBy: $groupBy) {
        suppressionApplied minGroupSize suppressedGroups truncated
        overall { ${measures} }
        groups { month ${params.keySelection} ${measures} }
      }
    }`),
    variables: { filter: params.filter, groupBy: params.groupBy },
    parseResponse: ({ data }) => ({ data: data.stats }),
  };
}
