import { QUEUES, type WorkerEnvironment } from '@imepanel/runtime';
import { sendReportReminders } from './commands/report-reminder-commands';
import type { ReportsConfig } from './config';
import { reportsServices, reportsSettings } from './context';

/** When the daily report watch runs (cron, UTC): docs/messaging.md, "Scheduled jobs". */
export const REPORTS_SCHEDULES = { reportReminders: '0 7 * * *' } as const;

/** The reports subgraph's scheduled job: the daily report watch (due, overdue, claimant copies). */
export async function startReportsWorkers({ orm, config, jobs, log }: WorkerEnvironment<ReportsConfig>): Promise<void> {
  await jobs.schedule(QUEUES.reportReminders, REPORTS_SCHEDULES.reportReminders, {}, { tz: 'UTC' });
  await jobs.work(QUEUES.reportReminders, { pollingIntervalSeconds: config.jobs.pollingSeconds }, async () => {
    const em = orm.em.fork();
    const services = reportsServices(config);
    const ctx = { em, actor: null, clock: config.clock, services, settings: reportsSettings(config, em as never) };
    const sent = await sendReportReminders(ctx, jobs, services.examiners, config.notify.qaEmail);
    log.info({ sent }, 'report reminders');
  });
}
