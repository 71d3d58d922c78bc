import { DEFAULT_MIN_GROUP_SIZE, envInt, envUrl, loadBaseSubgraphConfig, type BaseSubgraphConfig } from '@imepanel/runtime';

export interface CasesConfig extends BaseSubgraphConfig {
  /** Where the examiners subgraph answers, for eligibility and panel draws (service-to-service calls). */
  examinersUrl: string;
  /** k: statistics groups counting fewer cases are suppressed for callers subject to suppression. */
  statsMinGroupSize: number;
}

/** Reads the cases subgraph's settings once; every default makes the embedded `npm start` work. */
export function loadCasesConfig(env: Record<string, string | undefined> = process.env): CasesConfig {
  return {
    ...loadBaseSubgraphConfig(env, 'cases', 4002),
    examinersUrl: envUrl(env, 'EXAMINERS_URL', 'http://localhost:4001/graphql')!,
    statsMinGroupSize: envInt(env, 'STATS_MIN_GROUP_SIZE', DEFAULT_MIN_GROUP_SIZE, { min: 1, max: 1000 }),
  };
}
