import pg from 'pg';
import { connectGuarded, createMailer, createServiceClient, QUEUES, workContinuously, type EmailJob, type PublishedEvent, type WorkerEnvironment } from '@imepanel/runtime';
import type { CasesConfig } from '../config';
import { casesServices, casesSettings } from '../context';
import { sendPanelReminders } from '../commands/panel-reminder-commands';
import { workEmail } from './email-worker';
import { DeliveryFailed, dispatchDeliveries } from './webhook-dispatch';
import { takeInEvent, type DispatchJob } from './webhook-intake';


/** When the cases subgraph's scheduled job runs (cron, UTC). */
export const CASES_SCHEDULES = { panelReminders: '0 8 * * *' } as const;

/**
 * The cases subgraph's workers (docs/messaging.md, "Workers"): the webhook intake of every subgraph's events, the
 * ordered webhook dispatch, and the e-mail worker. Their pool is their own, on the subgraph's database.
 */
export async function startCasesWorkers({ orm, config, jobs, relay, log }: WorkerEnvironment<CasesConfig>): Promise<void> {
  const settings = config.messaging;
  const deliveryWorkers = settings.concurrency;
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: deliveryWorkers + 2, application_name: 'imepanel-cases-webhooks' });
  pool.on('error', (error) => log.warn({ err: error }, 'webhook worker connection error'));
  jobs.on('stopped', () => void pool.end().catch(() => undefined));
  const mailer = createMailer({ smtpUrl: settings.smtpUrl, from: settings.mailFrom });
  jobs.on('stopped', () => mailer.close());
  const polling = { pollingIntervalSeconds: config.jobs.pollingSeconds };

  const deliveryWorkerIds: string[] = [];
  const wakeDelivery = () => deliveryWorkerIds.forEach((id) => jobs.notifyWorker(id));
  const intake = await workContinuously<PublishedEvent>(jobs, QUEUES.outboxEvents, { ...polling, batchSize: 50, includeMetadata: true }, async (batch) => {
    const client = await connectGuarded(pool, log, 'webhook intake');
    let locked = false;
    try {
      // In queue order (creation time, then id: the relay's order), one batch at a time across cases processes.
      await client.query(`select pg_advisory_lock(hashtext('webhook-intake-batch'))`);
      locked = true;
      const ordered = [...batch].sort((a, b) => a.createdOn.getTime() - b.createdOn.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      let queued = 0;
      for (const job of ordered) queued += await takeInEvent(client, jobs, settings, job.data);
      if (queued) wakeDelivery();
    } catch (error) {
      log.error({ err: error }, 'webhook intake failed; the events are retried');
      throw error;
    } finally {
      if (locked) await client.query(`select pg_advisory_unlock(hashtext('webhook-intake-batch'))`).catch(() => undefined);
      client.release();
    }
  });
  for (let i = 0; i < deliveryWorkers; i++) {
    deliveryWorkerIds.push(
      await workContinuously<DispatchJob>(jobs, QUEUES.webhookDelivery, { ...polling, includeMetadata: true }, async ([job]) => {
        await dispatchDeliveries(pool, jobs, settings, job, log).catch((error: unknown) => {
          if (!(error instanceof DeliveryFailed)) log.error({ err: error, subscriptionId: job.data.subscriptionId }, 'webhook dispatch failed; retried');
          throw error;
        });
      }),
    );
  }
  await workContinuously<EmailJob>(jobs, QUEUES.email, { ...polling, includeMetadata: true }, async ([job]) =>
    workEmail(orm, mailer, job).catch((error: unknown) => {
      log.warn({ err: error, messageId: job.data.messageId }, 'e-mail not sent; retried');
      throw error;
    }),
  );
  // The daily panel watch (docs/messaging.md, "Reminders"), as a job with no request and no actor.
  await jobs.schedule(QUEUES.panelReminders, CASES_SCHEDULES.panelReminders, {}, { tz: 'UTC' });
  await jobs.work(QUEUES.panelReminders, polling, async () => {
    const em = orm.em.fork();
    const sent = await sendPanelReminders({ em, actor: null, clock: config.clock, services: casesServices(config), settings: casesSettings(config, em as never) }, jobs);
    log.info({ sent }, 'panel reminders');
  });
  // This process's own events reach the intake without waiting for its next poll.
  relay.onPublished(() => jobs.notifyWorker(intake));
}
