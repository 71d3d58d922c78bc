import { QUEUES, type JobRunner, type PublishedEvent } from '@imepanel/runtime';
import type pg from 'pg';
import { randomUUID } from 'node:crypto';
import { webhookBody } from '../domain/webhook-delivery';
import type { MessagingSettings } from './messaging-settings';

/** A dispatch job: deliver what is pending for one subscription and one case, oldest first. */
export interface DispatchJob {
  subscriptionId: string;
  orderKey: string;
  /** A replay, or a subscription enabled again: try the first pending delivery even if it failed before. */
  resume?: boolean;
}

/** pg-boss's `db` option on a client in a transaction: the jobs are inserted in it, so they commit with it. */
export const onClient = (client: pg.PoolClient) => ({ executeSql: (text: string, values: unknown[]) => client.query(text, values) });

/** The options of a dispatch job: the delivery retries of WEBHOOK_RETRY_LIMIT with backoff, then the dead letters. */
export const dispatchOptions = (settings: MessagingSettings) => ({ retryLimit: settings.retryLimit, retryDelay: settings.retryDelaySeconds, retryBackoff: true });

/**
 * Takes one published event in for webhooks (docs/messaging.md, "Webhooks"), in one transaction: records its id
 * (an event seen before adds nothing: the relay is at least once), numbers it among its case's events, finds the
 * client the case belongs to (events of the reports subgraph name the case; the cases subgraph knows its client),
 * creates one delivery per subscription of that client (and per platform subscription) to its type, and queues
 * their dispatch in the same transaction. Answers the dispatch jobs queued.
 */
export async function takeInEvent(client: pg.PoolClient, jobs: JobRunner, settings: MessagingSettings, event: PublishedEvent): Promise<number> {
  await client.query('begin');
  try {
    const orderKey = event.caseId ?? event.aggregateId;
    // One case's events are numbered one at a time.
    await client.query(`select pg_advisory_xact_lock(hashtext('webhook-intake'), hashtext($1))`, [orderKey]);
    const { rows: taken } = await client.query<{ case_sequence: number }>(
      `insert into cases.inbound_event (event_id, source, type, case_id, order_key, case_sequence, received_at)
       select $1, $2, $3, $4, $5, coalesce((select max(case_sequence) from cases.inbound_event where order_key = $5), 0) + 1, now()
       on conflict do nothing returning case_sequence`,
      [event.eventId, event.source, event.type, event.caseId, orderKey],
    );
    if (!taken.length) {
      await client.query('commit');
      return 0;
    }
    const caseSequence = taken[0].case_sequence;
    const { rows: owner } = event.caseId ? await client.query<{ client_id: string }>(`select client_id from cases.ime_case where id = $1`, [event.caseId]) : { rows: [] };
    const clientId = owner[0]?.client_id ?? null;
    const { rows: subscriptions } = await client.query<{ id: string }>(
      `select id from cases.webhook_subscription where $1 = any(event_types) and (client_id is null or client_id = $2)`,
      [event.type, clientId],
    );
    const body = webhookBody({ ...event, caseSequence });
    const created: string[] = [];
    for (const s of subscriptions) {
      const { rows } = await client.query<{ id: string }>(
        `insert into cases.webhook_delivery (id, subscription_id, event_id, event_type, case_id, order_key, case_sequence, body, status, attempts, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, 'PENDING', 0, now()) on conflict do nothing returning subscription_id as id`,
        [randomUUID(), s.id, event.eventId, event.type, event.caseId, orderKey, caseSequence, body],
      );
      if (rows.length) created.push(s.id);
    }
    if (created.length) {
      await jobs.insert(
        created.map((subscriptionId) => ({ name: QUEUES.webhookDelivery, data: { subscriptionId, orderKey } satisfies DispatchJob, ...dispatchOptions(settings) })),
        { db: onClient(client) },
      );
    }
    await client.query('commit');
    return created.length;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}
