import { envInt, envUrl, loadBaseSubgraphConfig, loadStatsSettings, secretSetting, systemClock, type BaseSubgraphConfig, type Clock, type StatsSettings } from '@imepanel/runtime';

export interface CasesConfig extends BaseSubgraphConfig {
  /** Where the examiners subgraph answers, for eligibility and panel draws (service-to-service calls). */
  examinersUrl: string;
  /** Where the reports subgraph answers, to check the final report before REPORTED and CLOSED. */
  reportsUrl: string;
  /** Key of the HMAC that turns party identities into conflict keys; must match the examiners subgraph's. */
  partyKeySecret: string;
  /** BALANCED panels skip examiners with more open cases than this. */
  maxOpenCaseLoad: number;
  /** Suppression and limits of statistics (STATS_MIN_GROUP_SIZE, STATS_WORK_MEM, STATS_STATEMENT_TIMEOUT_MS). */
  stats: StatsSettings;
  /** Where commands read "now" and so "today", the day deadlines are judged on: the system clock (a test sets its own). */
  clock: Clock;
}

/** DEVELOPMENT DEFAULT ONLY: production deployments must set PARTY_KEY_SECRET (same value in both subgraphs). */
export const DEV_PARTY_KEY_SECRET = 'dev-only-party-key-secret-change-me';

/** Reads the cases subgraph's settings once; every default makes the embedded `npm start` work. */
export function loadCasesConfig(env: Record<string, string | undefined> = process.env): CasesConfig {
  return {
    ...loadBaseSubgraphConfig(env, 'cases', 4002),
    examinersUrl: envUrl(env, 'EXAMINERS_URL', 'http://localhost:4001/graphql')!,
    reportsUrl: envUrl(env, 'REPORTS_URL', 'http://localhost:4003/graphql')!,
    partyKeySecret: secretSetting(env, 'PARTY_KEY_SECRET', DEV_PARTY_KEY_SECRET),
    maxOpenCaseLoad: envInt(env, 'PANEL_MAX_OPEN_CASE_LOAD', 10, { min: 1, max: 1000 }),
    stats: loadStatsSettings(env),
    clock: systemClock,
  };
}
