import { envUrl } from './env';

type Env = Record<string, string | undefined>;

/**
 * The platform's topology, in one place: every subgraph's name (also its PostgreSQL schema), the port it listens
 * on by default and so the URL the others and the gateway reach it at unless told otherwise. Every config loader
 * (the subgraphs', the gateway's), the schema script, `startPlatform` and the benchmarks read it; the order is the
 * order migrations, seeds and start-up run in.
 */
export const SUBGRAPH_REGISTRY = [
  { name: 'examiners', defaultPort: 4001 },
  { name: 'cases', defaultPort: 4002 },
  { name: 'reports', defaultPort: 4003 },
] as const;

export type SubgraphName = (typeof SUBGRAPH_REGISTRY)[number]['name'];
export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPH_REGISTRY.map((s) => s.name);

/** Where the gateway listens unless GATEWAY_PORT says otherwise, and so where a local script reaches it. */
export const GATEWAY_DEFAULT_PORT = 4000;
export const GATEWAY_DEFAULT_URL = `http://localhost:${GATEWAY_DEFAULT_PORT}`;

/** The variable naming where a subgraph answers (EXAMINERS_URL, …): the gateway and the other subgraphs read it. */
export const subgraphUrlVariable = (name: SubgraphName) => `${name.toUpperCase()}_URL`;
/** The variable naming the port a subgraph listens on (EXAMINERS_PORT, …). */
export const subgraphPortVariable = (name: SubgraphName) => `${name.toUpperCase()}_PORT`;

export const defaultSubgraphPort = (name: SubgraphName): number => SUBGRAPH_REGISTRY.find((s) => s.name === name)!.defaultPort;

/** The URL a subgraph answers at when it runs on this machine on its default port (recorded in the supergraph). */
export const defaultSubgraphUrl = (name: SubgraphName) => `http://localhost:${defaultSubgraphPort(name)}/graphql`;

/** Where a subgraph answers: its URL variable (EXAMINERS_URL, …), else its default local URL. */
export function subgraphUrl(env: Env, name: SubgraphName): string {
  return envUrl(env, subgraphUrlVariable(name), defaultSubgraphUrl(name))!;
}

/** Where every subgraph answers, by name. */
export function subgraphUrls(env: Env): Record<SubgraphName, string> {
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrl(env, name)])) as Record<SubgraphName, string>;
}

/** The environment naming where each subgraph answers (EXAMINERS_URL=…), for a process started elsewhere. */
export function subgraphUrlEnv(urls: Record<SubgraphName, string>): Record<string, string> {
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [subgraphUrlVariable(name), urls[name]]));
}
