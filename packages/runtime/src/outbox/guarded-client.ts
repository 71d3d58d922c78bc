import type pg from 'pg';
import type { Logger } from '../logger';

/**
 * A client checked out of a pg pool with a listener for its connection's errors while it is held. The pool only
 * listens to idle clients; a held client whose connection dies between two queries (PostgreSQL restarting, a test
 * database dropped, a network reset) emits 'error' on its own, and without a listener that ends the process. The
 * held work sees the failure at its next query and is retried as any failed job is; `release` removes the listener.
 */
export async function connectGuarded(pool: pg.Pool, log: Logger, what: string): Promise<pg.PoolClient> {
  const client = await pool.connect();
  const onError = (error: Error) => log.warn({ err: error }, `${what}: database connection lost while held`);
  client.on('error', onError);
  const release = client.release.bind(client);
  client.release = ((destroy?: Error | boolean) => {
    client.off('error', onError);
    return release(destroy);
  }) as pg.PoolClient['release'];
  return client;
}
