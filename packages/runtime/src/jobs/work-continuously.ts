import type PgBoss from 'pg-boss';
import type { JobRunner } from './job-runner';

/**
 * Registers a pg-boss worker that, after each batch it handled, looks for the next one at once: pg-boss 10 waits
 * its polling interval after every fetch, found work or not, which would cap a worker at one batch per interval.
 * Idle, it polls at the interval as usual. Answers the worker id (for `notifyWorker`).
 */
export async function workContinuously<T>(
  jobs: JobRunner,
  name: string,
  options: PgBoss.WorkOptions & { includeMetadata: true },
  handler: (batch: PgBoss.JobWithMetadata<T>[]) => Promise<unknown>,
): Promise<string> {
  let id = '';
  id = await jobs.work<T>(name, options, async (batch) => {
    try {
      return await handler(batch);
    } finally {
      if (batch.length) jobs.notifyWorker(id);
    }
  });
  return id;
}
