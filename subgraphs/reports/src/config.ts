import { DEFAULT_MIN_GROUP_SIZE, envInt, envUrl, loadBaseSubgraphConfig, type BaseSubgraphConfig } from '@imepanel/runtime';

export interface ReportsConfig extends BaseSubgraphConfig {
  /** Where the cases subgraph answers, to check a case before a report is started (service-to-service). */
  casesUrl: string;
  /** k: statistics groups counting fewer reports are suppressed for callers subject to suppression. */
  statsMinGroupSize: number;
}

/** Reads the reports subgraph's settings once; every default makes the embedded `npm start` work. */
export function loadReportsConfig(env: Record<string, string | undefined> = process.env): ReportsConfig {
  return {
    ...loadBaseSubgraphConfig(env, 'reports', 4003),
    casesUrl: envUrl(env, 'CASES_URL', 'http://localhost:4002/graphql')!,
    statsMinGroupSize: envInt(env, 'STATS_MIN_GROUP_SIZE', DEFAULT_MIN_GROUP_SIZE, { min: 1, max: 1000 }),
  };
}
