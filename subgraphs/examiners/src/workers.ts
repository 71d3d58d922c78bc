import { QUEUES, type WorkerEnvironment } from '@imepanel/runtime';
import { sendCredentialReminders } from './commands/credential-reminder-commands';
import type { ExaminersConfig } from './config';
import { examinersServices, examinersSettings, type ExaminersCommandContext } from './context';
import { refreshReputation } from './reputation/refresh-reputation';

/** When the scheduled jobs run (cron, UTC): docs/messaging.md, "Scheduled jobs". */
export const EXAMINERS_SCHEDULES = { credentialReminders: '0 6 * * *', reputationRefresh: '0 2 * * *' } as const;

/** A command context for a job: no request, no actor (a job acts for the platform), the subgraph's clock. */
function jobContext({ orm, config }: Pick<WorkerEnvironment<ExaminersConfig>, 'orm' | 'config'>): ExaminersCommandContext {
  return {
    em: orm.em.fork(),
    actor: null,
    clock: config.clock,
    services: examinersServices(config),
    settings: examinersSettings(config),
  };
}

/** The examiners subgraph's scheduled jobs: the daily credential watch and the nightly reputation refresh. */
export async function startExaminersWorkers(env: WorkerEnvironment<ExaminersConfig>): Promise<void> {
  const { jobs, config, log } = env;
  const polling = { pollingIntervalSeconds: config.jobs.pollingSeconds };
  await jobs.schedule(QUEUES.credentialReminders, EXAMINERS_SCHEDULES.credentialReminders, {}, { tz: 'UTC' });
  await jobs.schedule(QUEUES.reputationRefresh, EXAMINERS_SCHEDULES.reputationRefresh, {}, { tz: 'UTC' });
  await jobs.work(QUEUES.credentialReminders, polling, async () => {
    const sent = await sendCredentialReminders(jobContext(env), jobs, config.notify.adminEmail);
    log.info({ sent }, 'credential reminders');
  });
  await jobs.work(QUEUES.reputationRefresh, polling, async () => {
    const result = await refreshReputation(jobContext(env));
    log.info({ result }, 'reputation refreshed');
  });
}
