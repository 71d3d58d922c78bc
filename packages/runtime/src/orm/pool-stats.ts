import type { MikroORM } from '@mikro-orm/postgresql';
import type { PoolStats } from '../observability/metrics';

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}

/** The connection pool's use, read from MikroORM's knex (tarn) pool; null when the ORM is closed. */
export function knexPoolStats(orm: MikroORM): PoolStats | null {
  try {
    const pool = (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
    if (!pool) return null;
    return { used: pool.numUsed(), free: pool.numFree(), pending: pool.numPendingAcquires(), max: pool.max };
  } catch {
    return null;
  }
}
