import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGuarded, createLogger } from '@imepanel/runtime';
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
