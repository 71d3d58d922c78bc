/** The readiness URL of a subgraph, next to its GraphQL endpoint. */
export function healthUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.replace(/\/graphql\/?$/, '') + '/health/ready';
  return url.toString();
}

export interface SubgraphHealth {
  status: 'ok' | 'unavailable';
  latencyMs: number;
  error?: string;
}

/** Asks every subgraph whether it is ready (its database reachable), in parallel, with a short timeout. */
export async function checkSubgraphs(urls: Record<string, string>, timeoutMs = 2000): Promise<Record<string, SubgraphHealth>> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]): Promise<[string, SubgraphHealth]> => {
      const started = performance.now();
      try {
        const response = await fetch(healthUrlOf(url), { signal: AbortSignal.timeout(timeoutMs) });
        const latencyMs = Math.round(performance.now() - started);
        return [name, response.ok ? { status: 'ok', latencyMs } : { status: 'unavailable', latencyMs, error: `HTTP ${response.status}` }];
      } catch (error) {
        return [name, { status: 'unavailable', latencyMs: Math.round(performance.now() - started), error: String((error as Error).message ?? error) }];
      }
    }),
  );
  return Object.fromEntries(entries);
}
