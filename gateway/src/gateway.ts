import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import {
  FORWARDED_BY_HEADER,
  authenticationMiddleware,
  costTableOf,
  createFormatError,
  createLogger,
  createServiceClient,
  createTokenVerifier,
  currentRequestScope,
  forwardedRequestIdHeaders,
  jsonErrorHandler,
  listen,
  metricsRoute,
  openJobRunner,
  operationLogPlugin,
  queryLimitsPlugin,
  requestActor,
  requestScopeMiddleware,
  openRevocations,
  openSharedState,
  rateLimitMiddleware,
  rateLimitStore,
  serviceToken,
  type Actor,
  type AuthConfig,
  type JobRunner,
  type Logger,
  runningService,
  type RunningService,
  ServiceMetrics,
  SUBGRAPH_REFUSAL_CODES,
  warnWhenOverPrivileged,
} from '@imepanel/runtime';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { GraphQLError, parse } from 'graphql';
import { serveAdminConsole } from './admin-console';
import { claimantPortalRouter } from './claimant-portal/portal-router';
import type { GatewayConfig } from './config';
import { corsMiddleware } from './hardening/cors';
import { securityHeaders } from './hardening/security-headers';
import { accountMailer } from './identity/account-mail';
import { accountsRouter, type BindingLookup } from './identity/accounts';
import { disableDemoAccounts } from './identity/demo-accounts';
import { externalAccountsRouter } from './identity/external-accounts';
import { createIdentityOrm, identityStore } from './identity/identity-store';
import { loginLockouts } from './identity/lockout';
import { authRouter } from './identity/login';
import { sessionAdminRouter } from './identity/session-admin';
import { SessionService } from './identity/sessions';
import { totpEncryptionKey } from './identity/totp';
import { ownAccountRouter } from './identity/two-factor';
import { statsExportRoute } from './stats-export/route';
import { documentProxyRouter } from './documents/document-proxy';
import { subgraphFetcher, type Fetch } from './subgraph-fetcher';
import { checkSubgraphs } from './subgraph-health';

export { loadGatewayConfig, type GatewayConfig } from './config';

// @apollo/gateway's OpenTelemetry resource detectors probe cloud metadata servers at start-up; this platform
// reports no telemetry there, and on a closed network the probes only produce warnings.
process.env.METADATA_SERVER_DETECTION ??= 'none';

interface GatewayContext {
  requestId: string;
  /** The id the caller gave its request, if any. */
  correlationId: string | null;
  /** The caller's verified bearer token, forwarded so every subgraph verifies it again. */
  authorization?: string;
  actor: Actor | null;
}

/** Codes a subgraph's refusal may carry through to the client unchanged. */
const PASSED_THROUGH: ReadonlySet<string> = new Set(SUBGRAPH_REFUSAL_CODES);

/** The error a client sees for the fields of a subgraph that is down, slow or failing: it names the subgraph. */
function subgraphUnavailable(name: string, reason: string): GraphQLError {
  return new GraphQLError(`The ${name} subgraph is unavailable (${reason}); the fields it provides are null`, {
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: name },
  });
}

/**
 * Turns a refused connection, a reset or a timeout calling a subgraph into SUBGRAPH_UNAVAILABLE naming it: the
 * gateway answers with what the healthy subgraphs provided and nulls the rest.
 */
function unavailableWhenUnreachable(name: string, fetcher: Fetch): Fetch {
  return async (url, init) => {
    try {
      return await fetcher(url, init);
    } catch (error) {
      const cause = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
      const reason = (error as Error).name === 'TimeoutError' ? (error as Error).message : (cause ?? (error as Error).message);
      throw subgraphUnavailable(name, reason);
    }
  };
}

/**
 * Forwards the request ids (signed, so the subgraph takes them as the platform's) and the caller's token to every
 * subgraph call, and vouches with the service identity that the call comes through the gateway (which has counted
 * it against the caller's rate limit already).
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    private readonly auth: AuthConfig,
    options: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
  ) {
    super(options);
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if ('requestId' in context && context.requestId) {
      const ids = { requestId: context.requestId, correlationId: context.correlationId };
      for (const [name, value] of Object.entries(forwardedRequestIdHeaders(this.auth.serviceSecret, ids))) request.http?.headers.set(name, value);
    }
    if ('authorization' in context && context.authorization) request.http?.headers.set('authorization', context.authorization);
    request.http?.headers.set(FORWARDED_BY_HEADER, `Bearer ${await serviceToken(this.auth, 'gateway')}`);
  }

  /**
   * A subgraph answers a request it refuses before execution (a variable of the wrong format: an impossible
   * date, say, which the gateway cannot check for the subgraph's custom scalars) with HTTP 400 and GraphQL
   * errors. Pass its first error on with its code, instead of a generic "400: Bad Request" internal error.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const generic = await super.errorFromResponse(response);
    const body = (generic.extensions.response as { body?: { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] } } | undefined)?.body;
    const first = typeof body === 'object' ? body?.errors?.[0] : undefined;
    const code = first?.extensions?.code;
    if (first && typeof first.message === 'string' && typeof code === 'string' && PASSED_THROUGH.has(code)) {
      return new GraphQLError(first.message, { extensions: { code, ...(Array.isArray(first.extensions?.fields) ? { fields: first.extensions.fields } : {}) } });
    }
    // A subgraph shutting down, overloaded or behind a failing proxy: say which one, not "503: Service Unavailable".
    if (response.status >= 500) return subgraphUnavailable(this.serviceName, `HTTP ${response.status}`);
    return generic;
  }
}

/**
 * Whether the client or examiner an account is bound to exists: asked of the cases or examiners subgraph with the
 * gateway's service identity (a SERVICE may read any client and examiner).
 */
function bindingLookup(config: GatewayConfig): BindingLookup {
  const clients = { client: 'cases', examiner: 'examiners' } as const;
  return async (kind, id) => {
    const client = createServiceClient({ name: clients[kind], url: config.subgraphUrls[clients[kind]], caller: 'gateway', auth: config.auth });
    const answer = await client.request<Record<string, { id: string } | null>>(`query Binding($id: ID!) { ${kind}(id: $id) { id } }`, { id });
    return answer[kind] !== null;
  };
}

/** The name of a client organisation, asked of the cases subgraph as for `bindingLookup`: named in its staff's invitations. */
function organisationName(config: GatewayConfig): (clientId: string) => Promise<string | null> {
  return async (clientId) => {
    const client = createServiceClient({ name: 'cases', url: config.subgraphUrls.cases, caller: 'gateway', auth: config.auth });
    const answer = await client.request<{ client: { name: string } | null }>(`query Organisation($id: ID!) { client(id: $id) { name } }`, { id: clientId });
    return answer.client?.name ?? null;
  };
}

/** GET /graphql from a browser asking for HTML: the development landing page, which needs no token to load. */
const wantsLandingPage = (req: express.Request) => req.method === 'GET' && Boolean(req.accepts('text/html')) && !req.query.query;

/**
 * Starts the gateway: Apollo Gateway over the committed supergraph, with subgraph URLs from the configuration,
 * bearer-token authentication (and the embedded login), per-identity rate limits, CORS limited to configured
 * origins, CSRF prevention, query depth/alias/cost limits, request ids, structured logs, health endpoints and
 * a draining close().
 */
export async function startGateway(config: GatewayConfig, log: Logger = createLogger('gateway', config.logLevel)): Promise<RunningService> {
  if (config.auth.usesDevelopmentSecrets) log.warn('using the DEVELOPMENT default JWT secrets: never do this in production (see docs/security.md)');
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: log.child({ component: 'apollo-gateway' }) as never,
    buildService: ({ name, url }) =>
      new SubgraphDataSource(name, config.auth, {
        url: config.subgraphUrls[name] ?? url,
        fetcher: unavailableWhenUnreachable(name, subgraphFetcher(config.subgraphHttpClient, config.subgraphTimeouts[name] ?? config.subgraphTimeoutMs)) as never,
      }),
  });
  const shared = await openSharedState(config.sharedState, log);
  const revocations = await openRevocations(shared, log);
  if (!shared.redis && config.workers > 1) log.warn('GATEWAY_WORKERS > 1 without REDIS_URL: rate limits, lockouts and revocations apply per worker (docs/security.md)');
  const limiter = rateLimitStore(shared, log);
  const verifyToken = createTokenVerifier(config.auth, revocations);
  const perIdentityRateLimit = rateLimitMiddleware(limiter, config.rateLimit, (req, res) => {
    const actor = requestActor(res);
    return actor ? `actor:${actor.id}` : `address:${req.ip}`;
  });
  // The embedded login's users, or (with an external identity provider) the accounts linked to its subjects.
  const identityOrm: MikroORM | null = config.localLogin || config.auth.jwksUrl ? await createIdentityOrm(config.identityDatabase, log) : null;
  if (identityOrm) await warnWhenOverPrivileged(identityOrm, identityStore.name, log);
  // The embedded login e-mails invitations and password resets through the job runner (docs/messaging.md, "E-mail").
  const jobs: JobRunner | null = identityOrm && config.localLogin ? await openJobRunner(config.jobs, log, 'imepanel-gateway-jobs') : null;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(requestScopeMiddleware('gateway'));
  app.use(corsMiddleware(config.corsOrigins));
  app.use(securityHeaders);
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  // The port listens before /graphql is mounted (the drain plugin needs the server): not ready until it is, nor
  // once it is stopping, so no load balancer, compose healthcheck or job sends it work it cannot take.
  let serving = false;
  const health = async (_req: express.Request, res: express.Response) => {
    if (!serving) {
      res.status(503).json({ status: 'unavailable', service: 'gateway', reason: 'starting or stopping' });
      return;
    }
    const subgraphs = await checkSubgraphs(config.subgraphUrls);
    const ready = Object.values(subgraphs).every((s) => s.status === 'ok');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'degraded', service: 'gateway', subgraphs });
  };
  app.get('/health', health);
  app.get('/health/ready', health);
  const metrics = new ServiceMetrics('gateway', { processMetrics: true });
  app.get('/metrics', metricsRoute(metrics, config.metricsAccess, log));
  if (identityOrm && !config.localLogin) {
    // An external identity provider only (docs/security.md, "External identity provider").
    const sessions = new SessionService(config.auth, config.sessions, revocations, log);
    const share = { revocations, auth: config.auth, log };
    if (config.production) await disableDemoAccounts(identityOrm, share, log);
    const authenticated = [authenticationMiddleware(verifyToken, log), perIdentityRateLimit];
    const lockouts = loginLockouts(shared, config.lockout, log);
    app.use(externalAccountsRouter({ orm: identityOrm, authenticated, log }));
    app.use(
      accountsRouter({ orm: identityOrm, sessions, share, settings: config.accounts, clock: config.clock, lockouts, bindingExists: bindingLookup(config), authenticated, localPasswords: false, log }),
    );
    app.use(sessionAdminRouter({ orm: identityOrm, sessions, share, authenticated, log }));
  } else if (identityOrm) {
    const sessions = new SessionService(config.auth, config.sessions, revocations, log);
    const share = { revocations, auth: config.auth, log };
    if (config.production) await disableDemoAccounts(identityOrm, share, log);
    app.use('/auth/login', rateLimitMiddleware(limiter, config.loginRateLimit, (req) => `login:${req.ip}`, 'login attempts'));
    app.use('/auth/refresh', rateLimitMiddleware(limiter, config.rateLimit, (req) => `refresh:${req.ip}`, 'session refreshes'));
    app.use('/auth/login/totp', rateLimitMiddleware(limiter, config.loginRateLimit, (req) => `login-totp:${req.ip}`, 'sign-in codes'));
    // The public account endpoints (docs/security.md, "Accounts and invitations"): forgotten passwords and links.
    app.use('/auth/password-reset', rateLimitMiddleware(limiter, config.accounts.passwordResetRateLimit, (req) => `password-reset:${req.ip}`, 'password-reset requests'));
    for (const path of ['/auth/password', '/auth/account-links']) {
      app.use(path, rateLimitMiddleware(limiter, config.loginRateLimit, (req) => `account-links:${req.ip}`, 'account-link uses'));
    }
    const lockouts = loginLockouts(shared, config.lockout, log);
    const totpKey = totpEncryptionKey(config.accounts.totpEncryptionKey, config.auth.jwtSecret);
    const authenticated = [authenticationMiddleware(verifyToken, log), perIdentityRateLimit];
    const mail = accountMailer(jobs!, { sends: config.smtpConfigured, identityDatabaseUrl: config.identityDatabase.databaseUrl, jobsDatabaseUrl: config.jobs.databaseUrl });
    app.use(authRouter({ orm: identityOrm, sessions, settings: config.sessions, lockouts, verifyToken, accounts: config.accounts, clock: config.clock, totpKey, log }));
    app.use(
      accountsRouter({
        orm: identityOrm,
        sessions,
        share,
        settings: config.accounts,
        clock: config.clock,
        lockouts,
        bindingExists: bindingLookup(config),
        mail,
        organisationName: organisationName(config),
        authenticated,
        log,
      }),
    );
    app.use(ownAccountRouter({ orm: identityOrm, settings: config.accounts, clock: config.clock, totpKey, authenticated, log }));
    app.use(sessionAdminRouter({ orm: identityOrm, sessions, share, authenticated, log }));
  }
  serveAdminConsole(app, config.adminConsoleDir, log);

  const http = await listen(app, config.port, config.host);
  const plugins: ApolloServerPlugin<GatewayContext>[] = [
    ApolloServerPluginDrainHttpServer({ httpServer: http.server }),
    config.landingPage ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }) : ApolloServerPluginLandingPageDisabled(),
    // The API schema the gateway serves drops the supergraph's @cost and @listSize: read them from the supergraph.
    queryLimitsPlugin(config.queryLimits, costTableOf(parse(supergraphSdl))),
    operationLogPlugin(log),
    metrics.apolloPlugin(),
  ];
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.introspection,
    // With introspection off the schema is not public: no "Did you mean …?" naming the fields a caller misspelt.
    hideSchemaDetailsFromClientErrors: !config.introspection,
    includeStacktraceInErrorResponses: false,
    // Refuses simple (CORS-preflight-free) requests that could come from another site's form or script.
    csrfPrevention: true,
    parseOptions: { maxTokens: config.maxTokens },
    // Stopped by the process's owner (closeOnSignal, npm start), not by Apollo's own signal handler, which would
    // re-raise the signal and kill the process (exit 143) before close() has finished.
    stopOnTerminationSignals: false,
    formatError: createFormatError(log, { hideSchemaDetails: !config.introspection }),
    plugins,
  });
  await apollo.start();
  const contextOf = (req: express.Request, res: express.Response): GatewayContext => ({
    requestId: currentRequestScope()?.requestId ?? 'unknown',
    correlationId: currentRequestScope()?.correlationId ?? null,
    authorization: req.headers.authorization,
    actor: requestActor(res),
  });
  app.use(
    '/graphql',
    authenticationMiddleware(verifyToken, log, { allowAnonymous: (req: express.Request) => config.landingPage && wantsLandingPage(req) }),
    perIdentityRateLimit,
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, { context: async ({ req, res }) => contextOf(req, res) }),
  );
  // CSV of any statistics result, for spreadsheets (docs/statistics.md), run as the caller.
  const authenticated = [authenticationMiddleware(verifyToken, log), perIdentityRateLimit];
  app.get('/stats/cases.csv', ...authenticated, statsExportRoute('cases', apollo, contextOf));
  app.get('/stats/reports.csv', ...authenticated, statsExportRoute('reports', apollo, contextOf));
  // Document links issued by the subgraphs, streamed to and from the subgraph that owns the document (docs/documents.md).
  app.use(documentProxyRouter({ auth: config.auth, subgraphUrls: config.subgraphUrls, uploadMaxBytes: config.documentUploadMaxBytes, authenticated, log }));
  // The claimant portal (docs/claimant-portal.md): its pages run their operations through this gateway as the
  // claimant's session token, and its verification steps ask the cases subgraph with the gateway's identity.
  if (config.auth.jwtSecret) {
    app.use(
      '/claimant',
      perIdentityRateLimit,
      claimantPortalRouter({
        auth: config.auth,
        verifyToken,
        cases: createServiceClient({ name: 'cases', url: config.subgraphUrls.cases, caller: 'gateway', auth: config.auth }),
        run: async (token, query, variables) => {
          const actor = await verifyToken(token);
          const scope = currentRequestScope();
          const response = await apollo.executeOperation(
            { query, variables },
            { contextValue: { requestId: scope?.requestId ?? 'unknown', correlationId: scope?.correlationId ?? null, authorization: `Bearer ${token}`, actor } },
          );
          const result = response.body.kind === 'single' ? response.body.singleResult : { errors: [{ message: 'Unexpected incremental answer' }] };
          return result as never;
        },
        selfUrl: (path) => http.url(path),
        limiter,
        settings: config.claimantPortal,
        log: log.child({ component: 'claimant-portal' }),
      }),
    );
  }
  app.use(jsonErrorHandler(log));
  serving = true;
  log.info({ url: http.url('/graphql') }, 'gateway listening');
  return runningService('gateway', http, async () => {
    serving = false;
    await apollo.stop();
    // Requests are drained: nothing queues an e-mail any more. The gateway works no jobs, so this only closes the pool.
    await jobs?.stop({ graceful: true, wait: true, timeout: 10_000 });
    await identityOrm?.close(true);
    await revocations.close();
    await shared.close();
    log.info('gateway stopped');
  });
}

export { identityStore, loadIdentityDatabaseSettings } from './identity/identity-store';
export { saveUser, updateUser, type NewUser, type UserChange } from './identity/users';
export { endUserSessions, type RevocationSharing } from './identity/sessions';
export { DEMO_ACCOUNT_EMAILS } from './identity/demo-accounts';
export { issueAccountLink, type AccountLink, type AccountLinkAnswer, type AccountSettings } from './identity/accounts';
export { createIdentityOrm } from './identity/identity-store';
