import type { EntityManager } from '@mikro-orm/postgresql';
import { ConfigError, envInt, envString } from '../config/env';
import { DEFAULT_MIN_GROUP_SIZE } from './suppression';

/** How a subgraph answers statistics: k for suppression, and the limits of one statistics statement. */
export interface StatsSettings {
  /** k: groups counting fewer are suppressed for callers subject to suppression (STATS_MIN_GROUP_SIZE). */
  minGroupSize: number;
  /** Memory for the sorts and hashes of one statistics statement, e.g. 64MB (STATS_WORK_MEM). */
  workMem: string;
  /** A statistics statement running longer is cancelled (STATS_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs: number;
}

/** Reads the statistics settings a subgraph's config module includes; defaults suit the 1M-case benchmark. */
export function loadStatsSettings(env: Record<string, string | undefined>): StatsSettings {
  const workMem = envString(env, 'STATS_WORK_MEM', '64MB');
  if (!/^\d+(kB|MB|GB)$/.test(workMem)) throw new ConfigError(`STATS_WORK_MEM must be a PostgreSQL memory size such as 64MB, got "${workMem}"`);
  return {
    minGroupSize: envInt(env, 'STATS_MIN_GROUP_SIZE', DEFAULT_MIN_GROUP_SIZE, { min: 1, max: 1000 }),
    workMem,
    statementTimeoutMs: envInt(env, 'STATS_STATEMENT_TIMEOUT_MS', 25_000, { min: 100 }),
  };
}

/**
 * The session settings a statistics statement runs with, applied with set_config(…, true) so they last
 * only for its transaction: enough work_mem for its sorts, a timeout, and no JIT — these statements run
 * for a second or two, and compiling them cost more than it saved.
 */
export function statsSessionSql(settings: Pick<StatsSettings, 'workMem' | 'statementTimeoutMs'>): { sql: string; params: unknown[] } {
  return {
    sql: `select set_config('work_mem', ?, true), set_config('statement_timeout', ?, true), set_config('jit', 'off', true)`,
    params: [settings.workMem, String(settings.statementTimeoutMs)],
  };
}

/** Runs one statistics statement in a read-only transaction with the statistics session settings. */
export function executeStatsQuery(em: EntityManager, settings: StatsSettings, sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
  return em.transactional(
    async (tx) => {
      const session = statsSessionSql(settings);
      await tx.execute(session.sql, session.params);
      return tx.execute(sql, params);
    },
    { readOnly: true },
  );
}
