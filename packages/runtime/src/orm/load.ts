import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../errors';
import { assertVersion } from './versioning';

export interface LoadOptions<T extends object> {
  /** The property `key` is the value of: `id` unless the record is addressed otherwise (a specialty by `code`). */
  by?: keyof T & string;
  /** The rows the caller may see (access.ts); a record outside them is NOT_FOUND, exactly as a missing one. */
  scope?: FilterQuery<T>;
}

/**
 * The record of `entity` whose `by` (its id by default) is `key`, within the caller's scope, or NOT_FOUND naming the
 * entity and the key the caller sent. The one way a command loads what it acts on: no command writes `findOne`
 * then `throw notFound` itself.
 */
export async function loadOrNotFound<T extends object>(em: EntityManager, entity: EntityClass<T>, key: string | number, options: LoadOptions<T> = {}): Promise<T> {
  const byKey = { [options.by ?? 'id']: key } as FilterQuery<T>;
  const where = options.scope ? ({ $and: [byKey, options.scope] } as FilterQuery<T>) : byKey;
  const record = await em.findOne(entity, where);
  if (!record) throw notFound(entity.name, String(key));
  return record;
}

/**
 * As loadOrNotFound, then refuses with CONFLICT when the caller's `version` is not the record's: the first line of
 * optimistic locking (orm/versioning.ts), before anything is changed.
 */
export async function loadVersioned<T extends { id: string | number; version: number }>(
  em: EntityManager,
  entity: EntityClass<T>,
  key: string | number,
  version: number,
  options: LoadOptions<T> = {},
): Promise<T> {
  const record = await loadOrNotFound(em, entity, key, options);
  assertVersion(entity.name, record, version);
  return record;
}
