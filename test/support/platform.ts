import { randomBytes } from 'node:crypto';
import { GraphQLClient } from 'graphql-request';
import pg from 'pg';
import { inject } from 'vitest';
import { QueryLogger, issueToken, loadAuthConfig, type Clock, type UserRole } from '@imepanel/runtime';
import { dropDatabase, ensureDatabase } from '../../scripts/lib/postgres';
import { ON_FREE_LOCAL_PORTS, startPlatform, type RunningPlatform } from '../../scripts/lib/platform';
import { createDefaultSpecialty } from './fixtures';
import { developmentRoleEnv } from '../../scripts/lib/database-roles';

/** Who a test acts as; CLIENT needs its client id, EXAMINER its examiner id. */
export interface TestIdentity {
  role: UserRole;
  clientId?: string;
  examinerId?: string;
  /** Token subject; a fresh one per call by default. */
  sub?: string;
  name?: string;
}

export interface TestPlatform {
  platform: RunningPlatform;
  gatewayUrl: string;
  /** A graphql-request client on the gateway as an ADMIN, as a client app would use. */
  gateway: GraphQLClient;
  /** A client on the gateway (or on `url`, e.g. a subgraph) acting as the given identity. */
  as(identity: TestIdentity, url?: string): Promise<GraphQLClient>;
  /**
   * A bearer token for the identity, signed like the embedded login's but without a session (as `npm run
   * token`'s): revoked only through its subject. It lives an hour unless told otherwise, so clients made in a
   * long test file's `beforeAll` outlast the login's five-minute access tokens.
   */
  token(identity: TestIdentity, options?: { ttlSeconds?: number; now?: Date }): Promise<string>;
  /** Where each subgraph answers, for direct calls. */
  subgraphUrls: Record<string, string>;
  /** Direct SQL on this test's database as the administrative role, for asserting what was (not) written. */
  sql: pg.Pool;
  databaseUrl: string;
  /** Where each service connects, as its own role, and the owner's URL (MIGRATION_DATABASE_URL): docs/security.md, "Database roles". */
  databaseEnv: Record<string, string>;
  /** SQL statements run by all subgraphs while `work` runs (the work must be the only thing running). */
  countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }>;
  close(): Promise<void>;
}

/**
 * A fresh copy of the migrated template database and the whole platform on free ports, for one test file. With
 * `clock` (see support/clock.ts), every subgraph's commands, queries and rules judge "today" on the day it says.
 */
export async function startTestPlatform(env: Record<string, string> = {}, options: { clock?: Clock } = {}): Promise<TestPlatform> {
  const template = inject('templateDatabaseUrl');
  const templateName = new URL(template).pathname.slice(1);
  const databaseUrl = Object.assign(new URL(template), { pathname: `/imepanel_test_${randomBytes(5).toString('hex')}` }).toString();
  await ensureDatabase(databaseUrl, templateName);
  const databaseEnv = developmentRoleEnv(databaseUrl);
  const platform = await startPlatform(
    {
      ...databaseEnv,
      ...ON_FREE_LOCAL_PORTS,
      // Tests create fixtures as fast as they can as one identity; a test of the rate limit sets its own.
      RATE_LIMIT_BURST: '1000000',
      RATE_LIMIT_PER_MINUTE: '1000000',
      ...env,
    },
    process.env.TEST_LOG_LEVEL ?? 'silent',
    options,
  );
  const sql = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const auth = loadAuthConfig({ ...process.env, ...env });
  const token = async (identity: TestIdentity, options: { ttlSeconds?: number; now?: Date } = {}) => {
    const sub = identity.sub ?? `test-${identity.role.toLowerCase()}-${randomBytes(4).toString('hex')}`;
    const issued = await issueToken(
      auth,
      { sub, name: identity.name ?? `Test ${identity.role.toLowerCase()} ${sub}`, role: identity.role, clientId: identity.clientId, examinerId: identity.examinerId },
      { ttlSeconds: 3600, ...options },
    );
    return issued.token;
  };
  const as = async (identity: TestIdentity, url = platform.gateway.url) =>
    new GraphQLClient(url, { headers: { authorization: `Bearer ${await token(identity)}` } });
  const gateway = await as({ role: 'ADMIN', sub: 'test-admin', name: 'Test administrator' });
  await createDefaultSpecialty(gateway);
  return {
    platform,
    gatewayUrl: platform.gateway.url,
    gateway,
    as,
    token,
    subgraphUrls: Object.fromEntries(platform.subgraphs.map((s) => [s.name, s.url])),
    sql,
    databaseUrl,
    databaseEnv,
    async countStatements(work) {
      const before = QueryLogger.totals.statements;
      const result = await work();
      return { result, statements: QueryLogger.totals.statements - before };
    },
    async close() {
      await sql.end();
      await platform.close();
      await dropDatabase(databaseUrl);
    },
  };
}
