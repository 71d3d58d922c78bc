import type { Listening } from './http-server';
import type { RunningService } from './subgraph-server';

/**
 * A started service (a subgraph, the gateway) as its starter hands it back: where its GraphQL endpoint listens,
 * and close(), which runs `stop` once however often it is called (a signal and a test's teardown may both ask).
 */
export function runningService(name: string, http: Listening, stop: () => Promise<void>): RunningService {
  let closing: Promise<void> | undefined;
  return {
    name,
    port: http.port,
    url: http.url('/graphql'),
    close: () => (closing ??= stop()),
  };
}
