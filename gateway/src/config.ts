import { fileURLToPath } from 'node:url';
import { envBool, envEnum, envInt, envString, envUrl } from '@imepanel/runtime';
import type { SubgraphHttpClient } from './subgraph-fetcher';

export interface GatewayConfig {
  port: number;
  host: string;
  logLevel: string;
  /** The committed, composed supergraph the gateway serves (never introspected at run time). */
  supergraphPath: string;
  /** Where each subgraph answers; overrides the URLs recorded in the supergraph. */
  subgraphUrls: Record<string, string>;
  subgraphTimeoutMs: number;
  /** node:http with keep-alive sockets (default) or the built-in fetch, for calls to subgraphs. */
  subgraphHttpClient: SubgraphHttpClient;
  /** Gateway processes sharing the port (node:cluster); 1 runs it in this process. */
  workers: number;
  introspection: boolean;
  bodyLimit: string;
}

/** Reads the gateway's settings once; every default makes the embedded `npm start` work. */
export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  return {
    port: envInt(env, 'GATEWAY_PORT', 4000, { min: 0, max: 65535 }),
    host: envString(env, 'HOST', '0.0.0.0'),
    logLevel: envString(env, 'LOG_LEVEL', 'info'),
    supergraphPath: envString(env, 'SUPERGRAPH_PATH', fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url))),
    subgraphUrls: {
      examiners: envUrl(env, 'EXAMINERS_URL', 'http://localhost:4001/graphql')!,
      cases: envUrl(env, 'CASES_URL', 'http://localhost:4002/graphql')!,
      reports: envUrl(env, 'REPORTS_URL', 'http://localhost:4003/graphql')!,
    },
    // Long enough for statistics over the whole dataset (STATS_STATEMENT_TIMEOUT_MS stops them first).
    subgraphTimeoutMs: envInt(env, 'SUBGRAPH_TIMEOUT_MS', 30_000, { min: 100, max: 120_000 }),
    subgraphHttpClient: envEnum(env, 'SUBGRAPH_HTTP_CLIENT', ['agent', 'fetch'] as const, 'agent'),
    workers: envInt(env, 'GATEWAY_WORKERS', 1, { min: 1, max: 64 }),
    introspection: envBool(env, 'GRAPHQL_INTROSPECTION', !production),
    bodyLimit: envString(env, 'GATEWAY_BODY_LIMIT', '1mb'),
  };
}
