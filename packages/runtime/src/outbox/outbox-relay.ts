import { connectGuarded } from './guarded-client';
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';
import type { JobRunner } from '../jobs/job-runner';
import { QUEUES } from '../jobs/queues';
import type { OutboxEventType, OutboxPayload } from './event-types';
import { OUTBOX_TABLE } from './outbox-event';

/** An outbox event as it travels through the job runner (the `outbox-events` queue's job data). */
export interface PublishedEvent {
  /** The event id: the idempotency key, and a webhook's `webhook-id`. */
  eventId: string;
  /** The subgraph that wrote it. */
  source: string;
  /** Its place in the source's outbox (a string: PostgreSQL bigints). */
  sequence: string;
  type: OutboxEventType;
  aggregateType: string;
  aggregateId: string;
  caseId: string | null;
  occurredAt: string;
  payload: OutboxPayload;
}

export interface OutboxRelayHealth {
  running: boolean;
  /** Events published since the process started. */
  published: number;
  lastPublishedAt: string | null;
  lastError: string | null;
}

export interface OutboxRelay {
  /** Starts (or resumes) polling; a relay stopped by `stop` can be started again. */
  start(): void;
  /** Stops after the batch in flight: whatever it had not committed is published by the next run. */
  stop(): Promise<void>;
  /** Publishes what is pending now (tests; after a command when the caller wants no wait). */
  publishPending(): Promise<number>;
  health(): OutboxRelayHealth;
  /** Calls `listener` after every batch published (the cases subgraph wakes its intake worker). */
  onPublished(listener: (count: number) => void): void;
}

interface OutboxRow {
  id: string;
  sequence: string;
  type: OutboxEventType;
  aggregate_type: string;
  aggregate_id: string;
  case_id: string | null;
  occurred_at: Date;
  payload: OutboxPayload;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The job id of an outbox event: the same for the same event (publishing it twice queues it once) and, within
 * one batch (jobs stamped with one creation time), ordered as the outbox: pg-boss fetches by creation time, then
 * id. The first 12 bytes are the sequence, the last 4 name the subgraph.
 */
export function orderedJobId(source: string, sequence: string): string {
  const seq = BigInt(sequence).toString(16).padStart(24, '0');
  const tag = createHash('sha256').update(source).digest('hex').slice(0, 8);
  const hex = `${seq}${tag}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The relay of one subgraph's outbox to the job runner (docs/messaging.md, "Relay"): in one transaction on the
 * subgraph's database it locks the oldest unpublished rows (SKIP LOCKED, so two relays of one subgraph share the
 * work), inserts them as jobs of the `outbox-events` queue through the same connection (pg-boss's `db` option;
 * the job id follows from the event's sequence, so a job inserted twice is one job) and stamps them published. A crash before the
 * commit leaves the rows unpublished and the next run publishes them: at least once, duplicates harmless.
 * With JOBS_DATABASE_URL naming another database the insert is not in the transaction: a crash between the two
 * publishes again, which the receiving side deduplicates by event id.
 */
export function createOutboxRelay(options: {
  source: string;
  /** The subgraph's database, as its service role (the schema is `source`). */
  databaseUrl: string;
  jobs: JobRunner;
  /** Whether the job schema is in the same database (then publishing is one transaction). */
  sameDatabase: boolean;
  log: Logger;
  intervalMs?: number;
  batchSize?: number;
}): OutboxRelay {
  const { source, jobs, log } = options;
  const intervalMs = options.intervalMs ?? 250;
  const batchSize = options.batchSize ?? 100;
  const table = `${quoteIdent(source)}.${OUTBOX_TABLE}`;
  const openPool = () => {
    const created = new pg.Pool({ connectionString: options.databaseUrl, max: 1, application_name: `imepanel-${source}-outbox-relay` });
    created.on('error', (error) => log.warn({ err: error }, 'outbox relay connection error'));
    return created;
  };
  let pool = openPool();
  const listeners: ((count: number) => void)[] = [];
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let inFlight: Promise<number> | null = null;
  const health: OutboxRelayHealth = { running: false, published: 0, lastPublishedAt: null, lastError: null };

  async function publishBatch(): Promise<number> {
    const client = await connectGuarded(pool, log, 'outbox relay');
    let locked = false;
    try {
      // One relay of a subgraph publishes at a time, and its transaction (whose start time pg-boss stamps on the
      // jobs) begins only once it holds the lock: batches reach the queue in outbox order.
      await client.query(`select pg_advisory_lock(hashtext('outbox-relay'), hashtext($1))`, [source]);
      locked = true;
      await client.query('begin');
      const { rows } = await client.query<OutboxRow>(
        `select id, sequence, type, aggregate_type, aggregate_id, case_id, occurred_at, payload from ${table}
          where published_at is null order by sequence limit $1 for update skip locked`,
        [batchSize],
      );
      if (!rows.length) {
        await client.query('commit');
        return 0;
      }
      const events = rows.map(
        (r): PublishedEvent => ({
          eventId: r.id,
          source,
          sequence: String(r.sequence),
          type: r.type,
          aggregateType: r.aggregate_type,
          aggregateId: r.aggregate_id,
          caseId: r.case_id,
          occurredAt: r.occurred_at.toISOString(),
          payload: r.payload,
        }),
      );
      const db = options.sameDatabase ? { executeSql: (text: string, values: unknown[]) => client.query(text, values) } : undefined;
      await jobs.insert(
        events.map((data) => ({ id: orderedJobId(source, data.sequence), name: QUEUES.outboxEvents, data })),
        db ? { db } : {},
      );
      await client.query(`update ${table} set published_at = now() where id = any($1::uuid[])`, [rows.map((r) => r.id)]);
      await client.query('commit');
      health.published += rows.length;
      health.lastPublishedAt = new Date().toISOString();
      health.lastError = null;
      for (const listener of listeners) listener(rows.length);
      return rows.length;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      if (locked) await client.query(`select pg_advisory_unlock(hashtext('outbox-relay'), hashtext($1))`, [source]).catch(() => undefined);
      client.release();
    }
  }

  async function publishPending(): Promise<number> {
    let total = 0;
    for (;;) {
      const count = await publishBatch();
      total += count;
      if (count < batchSize) return total;
    }
  }

  function schedule() {
    if (!running) return;
    timer = setTimeout(() => {
      inFlight = publishPending()
        .catch((error: unknown) => {
          health.lastError = error instanceof Error ? error.message : String(error);
          log.warn({ err: error }, 'outbox relay could not publish; retrying');
          return 0;
        })
        .finally(() => {
          inFlight = null;
          schedule();
        });
    }, intervalMs);
  }

  let closed = false;
  return {
    start() {
      if (running) return;
      if (closed) {
        pool = openPool();
        closed = false;
      }
      running = true;
      health.running = true;
      schedule();
    },
    async stop() {
      running = false;
      health.running = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await inFlight;
      if (!closed) {
        closed = true;
        await pool.end();
      }
    },
    publishPending,
    health: () => ({ ...health }),
    onPublished: (listener) => void listeners.push(listener),
  };
}
