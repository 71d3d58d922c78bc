import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger } from 'pino';
import { TouchedRecordsSubscriber } from '../audit/touched-records';
import { QueryLogger } from './query-logger';

export interface SubgraphOrmOptions {
  /** PostgreSQL schema owning this subgraph's tables; also where its migrations table lives. */
  schema: string;
  clientUrl: string;
  entities: NonNullable<Options['entities']>;
  migrationsDir: string;
  /** The migration classes, listed explicitly so they load the same way under tsx, vitest or a bundle. */
  migrations: NonNullable<NonNullable<Options['migrations']>['migrationsList']>;
  logger: Logger;
  slowQueryMs?: number;
  poolMax?: number;
  /** Called for every SQL statement, for metrics. */
  onStatement?: (tookMs: number, failed: boolean) => void;
  /** How the connections name themselves to PostgreSQL (pg_stat_activity.application_name). */
  applicationName?: string;
  /** The module's own flush subscribers (the cases subgraph's chain of custody, docs/documents.md). */
  subscribers?: NonNullable<Options['subscribers']>;
}

/**
 * MikroORM settings shared by every subgraph: PostgreSQL via `pg`, committed TypeScript migrations run in one
 * transaction, no schema sync, statements counted and slow ones logged, no global EntityManager (every request
 * works on its own fork), and the rows each flush changed collected for the mutation's audit entry.
 */
export function subgraphOrmConfig(options: SubgraphOrmOptions): Options {
  return defineConfig({
    clientUrl: options.clientUrl,
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    preferTs: true,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    ensureDatabase: false,
    discovery: { requireEntitiesArray: true, warnWhenNoEntities: true },
    pool: { min: 0, max: options.poolMax ?? 10 },
    // Names the records each mutation changed in its audit entry (audit/touched-records.ts).
    subscribers: [new TouchedRecordsSubscriber(), ...(options.subscribers ?? [])],
    // Operators (and the roles test) tell each service's connections apart in pg_stat_activity.
    driverOptions: { connection: { application_name: options.applicationName ?? `imepanel-${options.schema}` } },
    loggerFactory: QueryLogger.factory(options.logger.child({ component: 'sql' }), options.slowQueryMs ?? 200, options.onStatement),
    migrations: {
      migrationsList: options.migrations,
      path: options.migrationsDir,
      pathTs: options.migrationsDir,
      tableName: 'mikro_orm_migrations',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? `_${name}` : ''}`,
    },
  });
}
