import DataLoader from 'dataloader';
import type { EntityName, FilterQuery, FindOptions } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findRows, readOnlyFromColumns, readsOnly } from './orm/read-only-rows';

/**
 * Batches lookups by a unique key into one `IN (...)` query per tick: resolving 100 references costs one
 * statement, not 100. Answers null for keys that do not exist, in the order asked.
 */
export function keyLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  key: keyof T & string,
  options: FindOptions<T, any> = {},
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(
    async (keys) => {
      const rows = await findRows(em, entity, { [key]: { $in: [...keys] } } as FilterQuery<T>, options);
      const byKey = new Map(rows.map((row) => [String(row[key]), row]));
      return keys.map((k) => byKey.get(k) ?? null);
    },
    { maxBatchSize: 1000 },
  );
}

/**
 * Batches one-to-many hops (an examiner's credentials, a case's reports) into one query per tick,
 * grouping the rows by the owner key that `ownerOf` reads from each row.
 */
export function groupLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: (keys: string[]) => FilterQuery<T>,
  ownerOf: (row: T) => string,
  options: FindOptions<T, any> = {},
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(
    async (keys) => {
      const rows = await findRows(em, entity, where([...keys]), options);
      const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
      for (const row of rows) groups.get(ownerOf(row))?.push(row);
      return keys.map((k) => groups.get(k) ?? []);
    },
    { maxBatchSize: 1000 },
  );
}

/** Batches any keyed computation (an aggregate per examiner, say) into one call per tick. */
export function batchLoader<V>(load: (keys: string[]) => Promise<Map<string, V>>, missing: V): DataLoader<string, V> {
  return new DataLoader<string, V>(
    async (keys) => {
      const values = await load([...keys]);
      return keys.map((k) => values.get(k) ?? missing);
    },
    { maxBatchSize: 1000 },
  );
}

/** An extra SQL condition on the rows of a paged group loader, written against the alias `t` (row scoping). */
export interface RowCondition {
  sql: string;
  params: unknown[];
}

/**
 * One page of each owner's rows (an examiner's cases, newest first) for a whole list of owners, in one
 * statement using a window function. `restrict` narrows the rows first (the caller's row scope), so pages are
 * pages of what the caller may see. Loaders are memoised per page and condition so equal arguments share a batch.
 */
export function pagedGroupLoaders<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  sql: { table: string; ownerColumn: string; orderBy: string },
): (page: { limit: number; offset: number }, restrict?: RowCondition) => DataLoader<string, T[]> {
  const loaders = new Map<string, DataLoader<string, T[]>>();
  return (page, restrict) => {
    const key = `${page.limit}:${page.offset}:${restrict ? `${restrict.sql}:${JSON.stringify(restrict.params)}` : ''}`;
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, T[]>(
        async (owners) => {
          const rows: Record<string, unknown>[] = await em.execute(
            `select * from (
               select t.*, row_number() over (partition by t.${sql.ownerColumn} order by ${sql.orderBy}) as page_row
                 from ${sql.table} t where t.${sql.ownerColumn} in (?)${restrict ? ` and (${restrict.sql})` : ''}
             ) ranked where page_row > ? and page_row <= ?`,
            [[...owners], ...(restrict?.params ?? []), page.offset, page.offset + page.limit],
          );
          const groups = new Map<string, T[]>(owners.map((owner) => [owner, []]));
          // In a query, read-only rows (orm/read-only-rows.ts); in a mutation, managed entities.
          const entities = readsOnly(em) ? readOnlyFromColumns(em, entity, rows) : rows.map((row) => em.map(entity, row as never));
          rows.forEach((row, i) => groups.get(String(row[sql.ownerColumn]))?.push(entities[i]));
          return owners.map((owner) => groups.get(owner) ?? []);
        },
        { maxBatchSize: 1000 },
      );
      loaders.set(key, loader);
    }
    return loader;
  };
}
