import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { randomUUID } from 'node:crypto';
import { connectGuarded, messageLanguageOf, QUEUES, sendEmail, type JobRunner } from '@imepanel/runtime';
import type pg from 'pg';
import type { Logger } from 'pino';
import { Webhook } from 'standardwebhooks';
import { isDelivered, isLastAttempt, shouldDisable } from '../domain/webhook-delivery';
import { isInternalAddress } from '../domain/webhook-url';
import type { MessagingSettings } from './messaging-settings';
import { dispatchOptions, onClient, type DispatchJob } from './webhook-intake';

interface PendingDelivery {
  id: string;
  event_id: string;
  body: string;
  attempts: number;
}

interface Subscription {
  id: string;
  url: string;
  secret: string;
  status: string;
  client_id: string | null;
  consecutive_failures: number;
}

export interface AttemptResult {
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

/**
 * Whether a URL's host is one a webhook may reach now: resolved again before every attempt, so a name that
 * resolved to a public address when the subscription was made cannot be pointed at the platform's own network
 * later (docs/messaging.md, "Webhooks").
 */
async function addressAllowed(url: string, settings: MessagingSettings): Promise<boolean> {
  if (settings.allowPrivateAddresses) return true;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  return addresses.length > 0 && !addresses.some(isInternalAddress);
}

/**
 * One signed POST (Standard Webhooks: webhook-id is the event id, webhook-timestamp the send time in seconds —
 * the system's, not a test's moved clock, as receivers check it against theirs — and webhook-signature the HMAC
 * of id, timestamp and body). Redirects are not followed: a 3xx is a failure.
 */
export async function postWebhook(subscription: Pick<Subscription, 'url' | 'secret'>, eventId: string, body: string, settings: MessagingSettings): Promise<AttemptResult> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  try {
    if (!(await addressAllowed(subscription.url, settings))) return { statusCode: null, durationMs: took(), error: 'the URL resolves to an internal address' };
    const sentAt = new Date();
    const signature = new Webhook(subscription.secret).sign(eventId, sentAt, body);
    const response = await fetch(subscription.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(settings.timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'IME-Panel-Webhooks/1',
        'webhook-id': eventId,
        'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
        'webhook-signature': signature,
      },
      body,
    });
    await response.body?.cancel().catch(() => undefined);
    return { statusCode: response.status, durationMs: took(), error: isDelivered(response.status) ? null : `HTTP ${response.status}` };
  } catch (error) {
    const cause = error instanceof Error ? (error.name === 'TimeoutError' ? `no answer within ${settings.timeoutMs} ms` : (error.cause as Error | undefined)?.message ?? error.message) : String(error);
    return { statusCode: null, durationMs: took(), error: cause.slice(0, 400) };
  }
}

async function recordAttempt(client: pg.PoolClient, delivery: PendingDelivery, result: AttemptResult, status: 'PENDING' | 'DELIVERED' | 'FAILED') {
  const entry = { at: new Date().toISOString(), statusCode: result.statusCode, durationMs: result.durationMs, error: result.error };
  await client.query(
    `update cases.webhook_delivery set attempts = attempts + 1, status = $2, last_status_code = $3, last_duration_ms = $4, last_error = $5,
            last_attempt_at = now(), delivered_at = case when $2 = 'DELIVERED' then now() else delivered_at end,
            log = coalesce(log, '[]'::jsonb) || $6::jsonb
      where id = $1`,
    [delivery.id, status, result.statusCode, result.durationMs, result.error, JSON.stringify([entry])],
  );
}

/**
 * Counts a failed attempt against the subscription and, at WEBHOOK_DISABLE_AFTER in a row, disables it, in one
 * transaction with its notice: a WEBHOOK_SUBSCRIPTION_DISABLED event in the outbox (the organisation's other
 * subscriptions and the platform's hear of it) and an e-mail to the client's contact address.
 */
async function countFailure(client: pg.PoolClient, jobs: JobRunner, settings: MessagingSettings, subscription: Subscription, result: AttemptResult, log: Logger): Promise<boolean> {
  await client.query('begin');
  try {
    const { rows } = await client.query<{ consecutive_failures: number; status: string }>(
      `update cases.webhook_subscription set consecutive_failures = consecutive_failures + 1 where id = $1 returning consecutive_failures, status`,
      [subscription.id],
    );
    const failures = rows[0]?.consecutive_failures ?? 0;
    const disable = rows[0]?.status === 'ACTIVE' && shouldDisable(failures, settings.disableAfter);
    if (disable) {
      const reason = `${failures} failed attempts in a row; last: ${result.error ?? 'no answer'}`;
      await client.query(
        `update cases.webhook_subscription set status = 'DISABLED', disabled_at = now(), disabled_reason = $2, updated_at = now(), version = version + 1 where id = $1`,
        [subscription.id, reason.slice(0, 500)],
      );
      await client.query(
        `insert into cases.outbox_event (id, type, aggregate_type, aggregate_id, case_id, occurred_at, payload) values ($1, 'WEBHOOK_SUBSCRIPTION_DISABLED', 'WebhookSubscription', $2, null, now(), $3)`,
        [randomUUID(), subscription.id, JSON.stringify({ subscriptionId: subscription.id, clientId: subscription.client_id, status: 'DISABLED', failures })],
      );
      const { rows: contact } = subscription.client_id
        ? await client.query<{ contact_email: string | null }>(`select contact_email from cases.client where id = $1`, [subscription.client_id])
        : { rows: [] as { contact_email: string | null }[] };
      const to = contact[0]?.contact_email ?? settings.adminEmail;
      if (to) {
        await sendEmail(
          jobs,
          { to, language: messageLanguageOf(null), template: 'WEBHOOK_DISABLED', params: { url: subscription.url, failures, lastError: result.error ?? 'no answer' }, relatedType: 'WebhookSubscription', relatedId: subscription.id },
          { db: onClient(client) },
        );
      }
      log.warn({ subscriptionId: subscription.id, failures }, 'webhook subscription disabled after repeated failures');
    }
    await client.query('commit');
    return disable;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}

export class DeliveryFailed extends Error {}

/**
 * Delivers what is pending for one subscription and one case, oldest first (docs/messaging.md, "Order"): holds
 * the pair's advisory lock for the run, so no two runs of one pair overlap and a later event never overtakes an
 * earlier one. A failed attempt ends the run with DeliveryFailed, and pg-boss retries the job with exponential
 * backoff; on the job's last attempt the delivery is FAILED (replayable), the rest of the case is queued again,
 * and the job goes to the dead letters.
 */
export async function dispatchDeliveries(
  pool: pg.Pool,
  jobs: JobRunner,
  settings: MessagingSettings,
  job: { data: DispatchJob; retryCount: number; retryLimit: number },
  log: Logger,
): Promise<number> {
  const { subscriptionId, orderKey } = job.data;
  const client = await connectGuarded(pool, log, 'webhook dispatch');
  let locked = false;
  try {
    await client.query(`select pg_advisory_lock(hashtext('webhook-dispatch'), hashtext($1))`, [`${subscriptionId}:${orderKey}`]);
    locked = true;
    let delivered = 0;
    for (;;) {
      const { rows: [subscription] } = await client.query<Subscription>(`select id, url, secret, status, client_id, consecutive_failures from cases.webhook_subscription where id = $1`, [subscriptionId]);
      // Disabled (or deleted): the deliveries wait; enabling the subscription queues them again.
      if (!subscription || subscription.status !== 'ACTIVE') return delivered;
      const { rows: [delivery] } = await client.query<PendingDelivery>(
        `select id, event_id, body, attempts from cases.webhook_delivery where subscription_id = $1 and order_key = $2 and status = 'PENDING' order by case_sequence, created_at limit 1`,
        [subscriptionId, orderKey],
      );
      if (!delivery) return delivered;
      // The first delivery failed before and the run that tried it is waiting out its backoff: it will come back
      // for this one too. A replay or a re-enabled subscription (`resume`) goes ahead.
      if (!job.data.resume && job.retryCount === 0 && delivered === 0 && delivery.attempts > 0) return delivered;
      const result = await postWebhook(subscription, delivery.event_id, delivery.body, settings);
      if (isDelivered(result.statusCode)) {
        await recordAttempt(client, delivery, result, 'DELIVERED');
        if (subscription.consecutive_failures) await client.query(`update cases.webhook_subscription set consecutive_failures = 0 where id = $1`, [subscriptionId]);
        delivered++;
        continue;
      }
      const last = isLastAttempt(job.retryCount, job.retryLimit);
      await recordAttempt(client, delivery, result, last ? 'FAILED' : 'PENDING');
      await countFailure(client, jobs, settings, subscription, result, log);
      if (last) await jobs.send(QUEUES.webhookDelivery, { subscriptionId, orderKey } satisfies DispatchJob, dispatchOptions(settings));
      throw new DeliveryFailed(`delivery ${delivery.id} to subscription ${subscriptionId} failed: ${result.error}`);
    }
  } finally {
    if (locked) await client.query(`select pg_advisory_unlock(hashtext('webhook-dispatch'), hashtext($1))`, [`${subscriptionId}:${orderKey}`]).catch(() => undefined);
    client.release();
  }
}
