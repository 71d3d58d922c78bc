import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { createOutboxRelay, type OutboxRelay, type OutboxRelayHealth } from '../outbox/outbox-relay';
import { openJobRunner, type JobRunner, type JobSettings } from './job-runner';

/** What a subgraph's workers get: its ORM, its config, the job runner and a log (docs/messaging.md, "Workers"). */
export interface WorkerEnvironment<Config> {
  orm: MikroORM;
  config: Config;
  jobs: JobRunner;
  relay: OutboxRelay;
  log: Logger;
}

/** A subgraph's part of the job runner: its outbox relay and whatever jobs and schedules its workers registered. */
export interface SubgraphMessaging {
  jobs: JobRunner;
  relay: OutboxRelay;
  health(): { relay: OutboxRelayHealth };
  /** Stops the relay (after its batch in flight) and the workers (waiting for the jobs they hold), then the pool. */
  close(): Promise<void>;
}

const sameDatabase = (a: string, b: string) => {
  const [x, y] = [new URL(a), new URL(b)];
  return x.host === y.host && x.pathname === y.pathname;
};

/** Opens the job runner, starts the relay of the subgraph's outbox and registers its workers. */
export async function startSubgraphMessaging<Config extends { databaseUrl: string; jobs: JobSettings; outboxRelayIntervalMs: number }>(
  name: string,
  orm: MikroORM,
  config: Config,
  log: Logger,
  workers?: (env: WorkerEnvironment<Config>) => Promise<void>,
): Promise<SubgraphMessaging> {
  const jobs = await openJobRunner(config.jobs, log, `imepanel-${name}-jobs`);
  const relay = createOutboxRelay({
    source: name,
    databaseUrl: config.databaseUrl,
    jobs,
    sameDatabase: sameDatabase(config.databaseUrl, config.jobs.databaseUrl),
    log,
    intervalMs: config.outboxRelayIntervalMs,
  });
  try {
    await workers?.({ orm, config, jobs, relay, log });
  } catch (error) {
    await jobs.stop({ graceful: false, wait: true });
    throw error;
  }
  relay.start();
  let closing: Promise<void> | undefined;
  return {
    jobs,
    relay,
    health: () => ({ relay: relay.health() }),
    close: () =>
      (closing ??= (async () => {
        await relay.stop();
        await jobs.stop({ graceful: true, wait: true, timeout: 10_000 });
      })()),
  };
}
