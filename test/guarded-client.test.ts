import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEAD_LETTER_QUEUE, connectGuarded, createLogger, loadJobSettings, openJobRunner } from '@imepanel/runtime';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * A pool client held across other work (the outbox relay, the webhook workers: docs/messaging.md) whose
 * connection dies between two queries: the error is logged as a warning and the process goes on; the next query
 * fails as a refusal the caller handles.
 */
let t: TestPlatform;

beforeAll(async () => {
  t = await startTestPlatform();
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('connectGuarded', () => {
  it('keeps a held client whose connection is cut from ending the process', async () => {
    const pool = new pg.Pool({ connectionString: t.databaseUrl, max: 1 });
    pool.on('error', () => undefined);
    const lines: string[] = [];
    const log = createLogger('guarded-client-test', 'warn', { write: (line: string) => void lines.push(line) });
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      const client = await connectGuarded(pool, log, 'test worker');
      const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
      // Cut the held connection from another one, between two of its queries.
      await t.sql.query('select pg_terminate_backend($1)', [rows[0].pid]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await expect(client.query('select 1')).rejects.toThrow();
      client.release(true);
      expect(uncaught).toEqual([]);
      expect(lines.join('')).toMatch(/test worker: database connection lost while held/);
      // The pool goes on with a new connection.
      expect((await pool.query('select 1 as one')).rows[0].one).toBe(1);
    } finally {
      process.off('uncaughtException', onUncaught);
      await pool.end();
    }
  });
});

describe('the job runner', () => {
  it('keeps a job completion cut off by a lost connection from ending the process', async () => {
    const lines: string[] = [];
    const log = createLogger('job-runner-test', 'warn', { write: (line: string) => void lines.push(line) });
    // A login of its own (a member of the cases service role), so its connections can be cut and refused
    // without touching the platform's.
    const casesUrl = new URL(t.databaseEnv.CASES_DATABASE_URL ?? t.databaseEnv.DATABASE_URL!);
    const role = `imepanel_completion_${randomBytes(4).toString('hex')}`;
    await t.sql.query(`create role ${role} login password '${role}' in role ${casesUrl.username}`);
    const url = Object.assign(new URL(casesUrl), { username: role, password: role }).toString();
    const jobs = await openJobRunner(loadJobSettings({ JOBS_POLLING_SECONDS: '0.5' }, url), log, 'imepanel-completion-test');
    const rejections: unknown[] = [];
    const onRejection = (error: unknown) => rejections.push(error);
    process.on('unhandledRejection', onRejection);
    try {
      // Nothing of the platform works the dead-letter queue: this runner's worker is the only one.
      const id = await jobs.send(DEAD_LETTER_QUEUE, { test: 'completion' });
      let handled!: () => void;
      const done = new Promise<void>((resolve) => (handled = resolve));
      await jobs.work(DEAD_LETTER_QUEUE, { pollingIntervalSeconds: 0.5 }, async () => {
        // While the handler finishes, the runner's connections die and new ones are refused: pg-boss's completion
        // after it cannot be written.
        await t.sql.query(`alter role ${role} connection limit 0`);
        await t.sql.query(`select pg_terminate_backend(pid) from pg_stat_activity where usename = $1`, [role]);
        handled();
      });
      await done;
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(rejections).toEqual([]);
      expect(lines.join('')).toMatch(/job runner (lost its database connection|error)/);
      // The job was not marked completed: it stays active until it expires, then is retried.
      const { rows } = await t.sql.query(`select state from jobs.job where id = $1`, [id]);
      expect(rows[0].state).toBe('active');
    } finally {
      process.off('unhandledRejection', onRejection);
      await jobs.stop({ graceful: false, wait: true }).catch(() => undefined);
      await t.sql.query(`select pg_terminate_backend(pid) from pg_stat_activity where usename = $1`, [role]);
      await t.sql.query(`drop role ${role}`);
    }
  });
});
