import { createRequire } from 'node:module';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { envInt, envString, envUrl } from '../config/env';
import { JOB_SCHEMA, QUEUE_DEFINITIONS } from './queues';

export type JobRunner = PgBoss;

/** How a service reaches the job runner (docs/messaging.md, "Jobs"). */
export interface JobSettings {
  /** JOBS_DATABASE_URL, else the service's own database URL (the job schema lives beside the subgraphs'). */
  databaseUrl: string;
  /** JOBS_POLLING_SECONDS: how often an idle worker looks for work (pg-boss's minimum is 0.5). */
  pollingSeconds: number;
  /** JOBS_POOL_MAX: connections of the job runner's own pool. */
  poolMax: number;
}

export function loadJobSettings(env: Record<string, string | undefined>, serviceDatabaseUrl: string): JobSettings {
  const polling = Number(envString(env, 'JOBS_POLLING_SECONDS', '2'));
  if (!Number.isFinite(polling) || polling < 0.5 || polling > 600) throw new Error(`JOBS_POLLING_SECONDS must be between 0.5 and 600, got '${env.JOBS_POLLING_SECONDS}'`);
  return {
    databaseUrl: envUrl(env, 'JOBS_DATABASE_URL') ?? serviceDatabaseUrl,
    pollingSeconds: polling,
    poolMax: envInt(env, 'JOBS_POOL_MAX', 4, { min: 2, max: 50 }),
  };
}

/**
 * A service's connection to the job runner: pg-boss on the `jobs` schema, with `migrate: false` — the schema and
 * the queues are the owner's (migrateJobSchema); a service whose database lacks them fails at start with
 * pg-boss's "not installed" or "requires migrations". It maintains the queues (expiry, archiving) and runs the
 * cron schedules; pg-boss's own locks make that safe with several services doing it.
 */
/**
 * Whether an error only says the database went away for a while — shut down, restarted, or not accepting
 * connections yet (SQLSTATE class 57P: admin_shutdown, crash_shutdown, cannot_connect_now) or the connection was
 * cut. pg-boss reconnects by itself (its supervisor), so such an error is a warning, not a failure of the platform:
 * it is what every service sees while PostgreSQL stops at the end of `npm start` or restarts under it.
 */
export function isDatabaseGoneAway(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (typeof e?.code === 'string' && /^57P0[123]$/.test(e.code)) return true;
  if (typeof e?.code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'EPIPE'].includes(e.code)) return true;
  return typeof e?.message === 'string' && /Connection terminated|terminating connection|the database system is (shutting down|starting up)/i.test(e.message);
}

/**
 * pg-boss 10.4 marks a handled batch completed or failed without awaiting it (src/manager.js, `work` → `onFetch`
 * calls `this.complete(...)` / `this.fail(...)` and moves on). When the database is gone at that moment — a
 * restart, the end of `npm start` — that promise rejects with no one to catch it, and Node ends the process on an
 * unhandled rejection: a database restart would take a service down with it. Each such promise gets a handler
 * that passes the error to the runner's `error` event (logged below as a warning when the database went away);
 * whoever awaits the promise still sees it reject. The job then stays active until it expires and is retried, as
 * after a crash (docs/messaging.md, "Jobs"). Installed once per process, on pg-boss's Manager class.
 */
type Completion = (this: { emit(event: string, error: unknown): boolean }, ...args: unknown[]) => Promise<unknown>;
let completionsGuarded = false;
function guardUnawaitedCompletions(): void {
  if (completionsGuarded) return;
  completionsGuarded = true;
  const Manager = createRequire(import.meta.url)('pg-boss/src/manager.js') as { prototype: Record<'complete' | 'fail', Completion> };
  for (const method of ['complete', 'fail'] as const) {
    const original = Manager.prototype[method];
    Manager.prototype[method] = function guarded(this: { emit(event: string, error: unknown): boolean }, ...args: unknown[]) {
      const outcome = original.apply(this, args);
      outcome.catch((error: unknown) => this.emit('error', error));
      return outcome;
    };
  }
}

export async function openJobRunner(settings: JobSettings, log: Logger, applicationName: string): Promise<JobRunner> {
  guardUnawaitedCompletions();
  const boss = new PgBoss({
    connectionString: settings.databaseUrl,
    schema: JOB_SCHEMA,
    application_name: applicationName,
    max: settings.poolMax,
    migrate: false,
    supervise: true,
    schedule: true,
  });
  boss.on('error', (error) => {
    if (isDatabaseGoneAway(error)) log.warn({ err: error }, 'job runner lost its database connection; it reconnects');
    else log.error({ err: error }, 'job runner error');
  });
  await boss.start();
  return boss;
}

/**
 * `npm run db:migrate`'s part for the job runner, as the owner role: installs or migrates pg-boss's schema and
 * creates (or updates) every queue of QUEUE_DEFINITIONS.
 */
export async function migrateJobSchema(ownerUrl: string, log: Logger): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOB_SCHEMA, application_name: 'imepanel-migrate', max: 2, migrate: true, supervise: false, schedule: false });
  boss.on('error', (error) => log.error({ err: error }, 'job runner migration error'));
  await boss.start();
  try {
    for (const queue of QUEUE_DEFINITIONS) {
      if (await boss.getQueue(queue.name)) await boss.updateQueue(queue.name, queue);
      else await boss.createQueue(queue.name, queue);
    }
    log.info({ schema: JOB_SCHEMA, queues: QUEUE_DEFINITIONS.map((q) => q.name) }, 'job runner schema migrated');
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
