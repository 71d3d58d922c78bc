import { DEFAULT_DOCUMENT_MAX_BYTES, envInt, loadBaseSubgraphConfig, loadPartyKeySecret, subgraphUrl, type BaseSubgraphConfig } from '@imepanel/runtime';

export interface ExaminersConfig extends BaseSubgraphConfig {
  /** Key of the HMAC that turns party identities into conflict keys (PARTY_KEY_SECRET, shared with the cases subgraph). */
  partyKeySecret: string;
  /** Size limit of credential evidence (DOCUMENT_MAX_BYTES; docs/documents.md). */
  evidenceMaxBytes: number;
  /** Where the cases and reports subgraphs answer, for the metrics reputation is computed from. */
  casesUrl: string;
  reportsUrl: string;
}

/** Reads the examiners subgraph's settings once; every default makes the embedded `npm start` work. */
export function loadExaminersConfig(env: Record<string, string | undefined> = process.env): ExaminersConfig {
  return {
    ...loadBaseSubgraphConfig(env, 'examiners'),
    partyKeySecret: loadPartyKeySecret(env),
    evidenceMaxBytes: envInt(env, 'DOCUMENT_MAX_BYTES', DEFAULT_DOCUMENT_MAX_BYTES, { min: 1024, max: 2_000_000_000 }),
    casesUrl: subgraphUrl(env, 'cases'),
    reportsUrl: subgraphUrl(env, 'reports'),
  };
}
