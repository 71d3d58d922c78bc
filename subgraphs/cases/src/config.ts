import { envUrl, loadBaseSubgraphConfig, loadStatsSettings, type BaseSubgraphConfig, type StatsSettings } from '@imepanel/runtime';

export interface CasesConfig extends BaseSubgraphConfig {
  /** Where the examiners subgraph answers, for eligibility and panel draws (service-to-service calls). */
  examinersUrl: string;
  /** Suppression and limits of statistics (STATS_MIN_GROUP_SIZE, STATS_WORK_MEM, STATS_STATEMENT_TIMEOUT_MS). */
  stats: StatsSettings;
}

/** Reads the cases subgraph's settings once; every default makes the embedded `npm start` work. */
export function loadCasesConfig(env: Record<string, string | undefined> = process.env): CasesConfig {
  return {
    ...loadBaseSubgraphConfig(env, 'cases', 4002),
    examinersUrl: envUrl(env, 'EXAMINERS_URL', 'http://localhost:4001/graphql')!,
    stats: loadStatsSettings(env),
  };
}
