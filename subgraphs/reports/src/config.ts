import { envUrl, loadBaseSubgraphConfig, loadStatsSettings, systemClock, type BaseSubgraphConfig, type Clock, type StatsSettings } from '@imepanel/runtime';

export interface ReportsConfig extends BaseSubgraphConfig {
  /** Where the cases subgraph answers, to check a case before a report is started (service-to-service). */
  casesUrl: string;
  /** Suppression and limits of statistics (STATS_MIN_GROUP_SIZE, STATS_WORK_MEM, STATS_STATEMENT_TIMEOUT_MS). */
  stats: StatsSettings;
  /** Where commands read "now" and so "today", the day deadlines are judged on: the system clock (a test sets its own). */
  clock: Clock;
}

/** Reads the reports subgraph's settings once; every default makes the embedded `npm start` work. */
export function loadReportsConfig(env: Record<string, string | undefined> = process.env): ReportsConfig {
  return {
    ...loadBaseSubgraphConfig(env, 'reports', 4003),
    casesUrl: envUrl(env, 'CASES_URL', 'http://localhost:4002/graphql')!,
    stats: loadStatsSettings(env),
    clock: systemClock,
  };
}
