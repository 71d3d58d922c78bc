import { loadBaseSubgraphConfig, loadStatsSettings, subgraphUrl, type BaseSubgraphConfig, type StatsSettings } from '@imepanel/runtime';

export interface ReportsConfig extends BaseSubgraphConfig {
  /** Where the cases subgraph answers, to check a case before a report is started (service-to-service). */
  casesUrl: string;
  /** Where the examiners subgraph answers, for the examiner's address of a report reminder. */
  examinersUrl: string;
  /** Suppression and limits of statistics (STATS_MIN_GROUP_SIZE, STATS_WORK_MEM, STATS_STATEMENT_TIMEOUT_MS). */
  stats: StatsSettings;
}

/** Reads the reports subgraph's settings once; every default makes the embedded `npm start` work. */
export function loadReportsConfig(env: Record<string, string | undefined> = process.env): ReportsConfig {
  return {
    ...loadBaseSubgraphConfig(env, 'reports'),
    casesUrl: subgraphUrl(env, 'cases'),
    examinersUrl: subgraphUrl(env, 'examiners'),
    stats: loadStatsSettings(env),
  };
}
