import { QueryOrder, type EntityMetadata, type EntityName, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SortDirection } from '../graphql/pagination';

/** What the ordering policy needs to know about an entity: its primary key and which properties may be null. */
export type OrderedEntityMetadata = Pick<EntityMetadata, 'className' | 'primaryKeys'> & { properties: Record<string, { nullable?: boolean }> };

/**
 * The ordering policy of every list of the API, in one place:
 *
 * - the sort properties in the requested direction;
 * - NULLS LAST only on a property that can be null, so rows without a value come last either way. On a NOT NULL
 *   column it would change nothing but the plan: `DESC NULLS LAST` is not the order a btree index is read in
 *   backwards (`DESC` means NULLS FIRST in PostgreSQL), so a client's newest-first page would sort every one of
 *   its rows before returning the first 25;
 * - the primary key last, in the same direction: the order is total, so pages never repeat or skip a row, and an
 *   index ending in (…, sort column, id) serves both directions without a sort.
 */
export function orderByPolicy<T>(metadata: OrderedEntityMetadata, properties: readonly string[], direction: SortDirection): QueryOrderMap<T>[] {
  const ascending = direction === SortDirection.ASC;
  const [primaryKey] = metadata.primaryKeys;
  const order = (property: string) => {
    const meta = metadata.properties[property];
    if (!meta) throw new Error(`${metadata.className} has no property ${property} to sort by`);
    if (meta.nullable) return ascending ? QueryOrder.ASC_NULLS_LAST : QueryOrder.DESC_NULLS_LAST;
    return ascending ? QueryOrder.ASC : QueryOrder.DESC;
  };
  const sorted = properties.filter((p) => p !== primaryKey).map((p) => ({ [p]: order(p) }));
  return [...sorted, { [primaryKey]: ascending ? QueryOrder.ASC : QueryOrder.DESC }] as QueryOrderMap<T>[];
}

/** The policy's ORDER BY for a list of `entity` sorted by `properties` (see orderByPolicy). */
export function listOrder<T extends object>(em: EntityManager, entity: EntityName<T>, properties: readonly string[], direction: SortDirection): QueryOrderMap<T>[] {
  return orderByPolicy<T>(em.getMetadata(entity) as unknown as OrderedEntityMetadata, properties, direction);
}
