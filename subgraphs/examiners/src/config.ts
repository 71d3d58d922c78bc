import { envUrl, loadBaseSubgraphConfig, secretSetting, type BaseSubgraphConfig } from '@imepanel/runtime';

export interface ExaminersConfig extends BaseSubgraphConfig {
  /** Key of the HMAC that turns party identities into conflict keys; must match the cases subgraph's. */
  partyKeySecret: string;
  /** Where the cases and reports subgraphs answer, for the metrics reputation is computed from. */
  casesUrl: string;
  reportsUrl: string;
}

/** DEVELOPMENT DEFAULT ONLY, refused when NODE_ENV=production: deployments must set PARTY_KEY_SECRET. */
export const DEV_PARTY_KEY_SECRET = 'dev-only-party-key-secret-change-me';

/** Reads the examiners subgraph's settings once; every default makes the embedded `npm start` work. */
export function loadExaminersConfig(env: Record<string, string | undefined> = process.env): ExaminersConfig {
  return {
    ...loadBaseSubgraphConfig(env, 'examiners', 4001),
    partyKeySecret: secretSetting(env, 'PARTY_KEY_SECRET', DEV_PARTY_KEY_SECRET),
    casesUrl: envUrl(env, 'CASES_URL', 'http://localhost:4002/graphql')!,
    reportsUrl: envUrl(env, 'REPORTS_URL', 'http://localhost:4003/graphql')!,
  };
}
