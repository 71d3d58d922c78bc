import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { createAuditRecorder, type AuditRecorder } from '../audit/audit-recorder';
import type { AuditEntryEntity } from '../audit/audit-entry';
import type { TokenVerifier } from '../auth/tokens';
import type { Actor } from '../graphql/context';
import { createFormatError } from '../graphql/format-error';
import { currentRequestScope } from '../request-context';
import { ServiceMetrics } from '../observability/metrics';
import { knexPoolStats } from '../orm/pool-stats';
import { authenticationMiddleware, jsonErrorHandler, requestActor } from './authentication';
import { listen } from './http-server';
import { requestScopeMiddleware } from './request-id';

export interface RequestInfo {
  em: EntityManager;
  requestId: string;
  headers: Record<string, string | string[] | undefined>;
  log: Logger;
  /** Who is calling, from the verified bearer token (requests without a valid one never get this far). */
  actor: Actor;
  /** This request's writer of audit entries. */
  audit: AuditRecorder;
}

export interface SubgraphServerOptions<Ctx extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  port: number;
  host?: string;
  log: Logger;
  bodyLimit?: string;
  introspection?: boolean;
  metrics?: ServiceMetrics;
  /** Verifies bearer tokens; every GraphQL request needs a valid one (health endpoints do not). */
  verifyToken: TokenVerifier;
  /** This subgraph's audit table. */
  auditEntity: AuditEntryEntity;
  context: (request: RequestInfo) => Ctx | Promise<Ctx>;
}

export interface RunningService {
  name: string;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** One structured line per GraphQL operation: name, duration, SQL statements and error codes. */
export function operationLogPlugin(log: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          const scope = currentRequestScope();
          log.info(
            {
              operation: operationName ?? 'anonymous',
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              sqlStatements: scope?.sqlStatements,
              errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}

async function databaseReady(orm: MikroORM): Promise<boolean> {
  try {
    await orm.em.getConnection().execute('select 1');
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a subgraph: Apollo Server on Express with request ids, health endpoints, bearer-token
 * authentication of every GraphQL request (a subgraph reached directly is no back door), masked internal
 * errors, a forked EntityManager and an audit recorder per request, and a close() that drains in-flight
 * requests before releasing the pool.
 */
export async function startSubgraphServer<Ctx extends BaseContext>(options: SubgraphServerOptions<Ctx>): Promise<RunningService> {
  const { name, orm, log } = options;
  const app = express();
  app.disable('x-powered-by');
  app.use(requestScopeMiddleware(name));

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok', service: name });
  });
  app.get('/health/ready', async (_req, res) => {
    const database = await databaseReady(orm);
    res.status(database ? 200 : 503).json({ status: database ? 'ok' : 'unavailable', service: name, checks: { database } });
  });

  const metrics = options.metrics ?? new ServiceMetrics(name);
  metrics.watchPool(() => knexPoolStats(orm));
  app.get('/metrics', async (_req, res) => {
    const { contentType, body } = await metrics.render();
    res.type(contentType).send(body);
  });

  const http = await listen(app, options.port, options.host);
  const apollo = new ApolloServer<Ctx>({
    schema: options.schema,
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    // The process's owner stops it (closeOnSignal, npm start): Apollo's own handler would stop this server and
    // re-raise the signal, killing the process (exit 143) before the pool is closed and it can exit 0.
    stopOnTerminationSignals: false,
    formatError: createFormatError(log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: http.server }),
      ApolloServerPluginLandingPageDisabled(),
      // Traces are for Apollo Studio, which this platform does not report to; they only cost time.
      ApolloServerPluginInlineTraceDisabled(),
      operationLogPlugin(log),
      metrics.apolloPlugin(),
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    authenticationMiddleware(options.verifyToken, log),
    express.json({ limit: options.bodyLimit ?? '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = orm.em.fork();
        const requestId = currentRequestScope()?.requestId ?? 'unknown';
        const actor = requestActor(res)!;
        return options.context({
          em,
          requestId,
          headers: req.headers,
          log,
          actor,
          audit: createAuditRecorder({ em, entity: options.auditEntity, actor, requestId, log }),
        });
      },
    }),
  );
  app.use(jsonErrorHandler(log));

  log.info({ url: http.url('/graphql') }, `${name} subgraph listening`);
  let closing: Promise<void> | undefined;
  return {
    name,
    port: http.port,
    url: http.url('/graphql'),
    close() {
      closing ??= (async () => {
        await apollo.stop();
        await orm.close(true);
        log.info(`${name} subgraph stopped`);
      })();
      return closing;
    },
  };
}
