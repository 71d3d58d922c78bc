import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import {
  REQUEST_ID_HEADER,
  createFormatError,
  createLogger,
  currentRequestScope,
  listen,
  operationLogPlugin,
  requestScopeMiddleware,
  type Logger,
  type RunningService,
} from '@imepanel/runtime';
import express from 'express';
import type { GatewayConfig } from './config';
import { statsExportRoute } from './stats-export/route';
import { subgraphFetcher } from './subgraph-fetcher';
import { checkSubgraphs } from './subgraph-health';

export { loadGatewayConfig, type GatewayConfig } from './config';

interface GatewayContext {
  requestId: string;
  authorization?: string;
}

/** Forwards the request id (and, once authentication lands, the caller's token) to every subgraph call. */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if ('requestId' in context && context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    if ('authorization' in context && context.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}

/**
 * Starts the gateway: Apollo Gateway over the committed supergraph, with subgraph URLs from the
 * configuration, request ids, structured logs, health endpoints and a draining close().
 */
export async function startGateway(config: GatewayConfig, log: Logger = createLogger('gateway', config.logLevel)): Promise<RunningService> {
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: log.child({ component: 'apollo-gateway' }) as never,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        url: config.subgraphUrls[name] ?? url,
        fetcher: subgraphFetcher(config.subgraphHttpClient, config.subgraphTimeoutMs) as never,
      }),
  });

  const app = express();
  app.disable('x-powered-by');
  app.use(requestScopeMiddleware('gateway'));
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  const health = async (_req: express.Request, res: express.Response) => {
    const subgraphs = await checkSubgraphs(config.subgraphUrls);
    const ready = Object.values(subgraphs).every((s) => s.status === 'ok');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'degraded', service: 'gateway', subgraphs });
  };
  app.get('/health', health);
  app.get('/health/ready', health);

  const http = await listen(app, config.port, config.host);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(log),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: http.server }), ApolloServerPluginLandingPageDisabled(), operationLogPlugin(log)],
  });
  await apollo.start();
  const contextOf = (req: express.Request): GatewayContext => ({
    requestId: currentRequestScope()?.requestId ?? 'unknown',
    authorization: req.headers.authorization,
  });
  app.use('/graphql', express.json({ limit: config.bodyLimit }), expressMiddleware(apollo, { context: async ({ req }) => contextOf(req) }));
  // CSV of any statistics result, for spreadsheets (README, "Statistics").
  app.get('/stats/cases.csv', statsExportRoute('cases', apollo, contextOf));
  app.get('/stats/reports.csv', statsExportRoute('reports', apollo, contextOf));
  log.info({ url: http.url('/graphql') }, 'gateway listening');
  let closing: Promise<void> | undefined;
  return {
    name: 'gateway',
    port: http.port,
    url: http.url('/graphql'),
    close() {
      closing ??= apollo.stop().then(() => log.info('gateway stopped'));
      return closing;
    },
  };
}
