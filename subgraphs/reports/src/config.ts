import { envString, loadBaseSubgraphConfig, loadStatsSettings, subgraphUrl, type BaseSubgraphConfig, type StatsSettings } from '@imepanel/runtime';

export interface ReportsConfig extends BaseSubgraphConfig {
  /** Where the cases subgraph answers, to check a case before a report is started (service-to-service). */
  casesUrl: string;
  /** Suppression and limits of statistics (STATS_MIN_GROUP_SIZE, STATS_WORK_MEM, STATS_STATEMENT_TIMEOUT_MS). */
  stats: StatsSettings;
  /** Where the examiners subgraph answers: the examiner's name and qualifications on the report PDF, their address for a reminder. */
  examinersUrl: string;
  /** The IME entity named on every report PDF (IME_ENTITY_NAME) and its registration (IME_ENTITY_REGISTRATION; NY WCL §13-n). */
  imeEntity: { name: string; registration: string | null };
}

/** Reads the reports subgraph's settings once; every default makes the embedded `npm start` work. */
export function loadReportsConfig(env: Record<string, string | undefined> = process.env): ReportsConfig {
  return {
    ...loadBaseSubgraphConfig(env, 'reports'),
    casesUrl: subgraphUrl(env, 'cases'),
    stats: loadStatsSettings(env),
    examinersUrl: subgraphUrl(env, 'examiners'),
    imeEntity: { name: envString(env, 'IME_ENTITY_NAME', 'IME Panel'), registration: envString(env, 'IME_ENTITY_REGISTRATION', '') || null },
  };
}
