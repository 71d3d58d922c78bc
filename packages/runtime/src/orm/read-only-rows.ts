import { helper, type EntityData, type EntityMetadata, type EntityName, type FilterQuery, type FindOptions } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';

/**
 * Per entity class, the prototype of its read-only rows: the entity's own prototype (its getters and methods), with
 * each property MikroORM gives a change-tracking setter shadowed by a plain writable slot, so that hydrating a row
 * writes plain own properties instead of defining accessors on every instance.
 */
const readPrototypes = new WeakMap<object, object>();

function readPrototypeOf(meta: EntityMetadata): object {
  const prototype = meta.prototype as object;
  let readPrototype = readPrototypes.get(prototype);
  if (!readPrototype) {
    readPrototype = Object.create(prototype) as object;
    for (const prop of meta.props) {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, prop.name);
      // MikroORM's tracking setter has no getter; a getter of the class itself (createdMonth, …) stays as it is.
      if (descriptor?.set && !descriptor.get) Object.defineProperty(readPrototype, prop.name, { value: undefined, writable: true, enumerable: false, configurable: true });
    }
    readPrototypes.set(prototype, readPrototype);
  }
  return readPrototype;
}

/**
 * The rows of a list statement as instances of their entity, for an answer only: the values are MikroORM's own
 * (its driver maps the columns, its hydrator converts types and builds embeddables and references, as for a
 * loaded entity), but the instances are not merged into the request's unit of work — no identity-map entry, no
 * change-tracking accessors, no snapshot, no validation of each value — which are most of the CPU of reading a
 * page of wide rows (docs/benchmarks.md, "Read-only rows"). Such an instance is never flushed: a command loads its
 * own entities, as every command does.
 */
export async function readOnlyRows<T extends object>(em: EntityManager, entityName: EntityName<T>, qb: QueryBuilder<T>): Promise<T[]> {
  return readOnlyFromColumns(em, entityName, await qb.execute<Record<string, unknown>[]>('all', false));
}

/** Rows as the database answered them (columns by name) as read-only instances of their entity (see readOnlyRows). */
export function readOnlyFromColumns<T extends object>(em: EntityManager, entityName: EntityName<T>, rows: Record<string, unknown>[]): T[] {
  const meta = em.getMetadata().get<T>(entityName as string);
  if (rows.length === 0) return [];
  const driver = em.getDriver();
  const factory = em.getEntityFactory();
  const hydrator = em.config.getHydrator(em.getMetadata());
  const readPrototype = readPrototypeOf(meta as EntityMetadata);
  const lazy = meta.props.filter((p) => p.lazy).map((p) => p.name);
  return rows.map((row) => {
    const data = driver.mapResult(row as EntityData<T>, meta) as Record<string, unknown>;
    // As em.find: a lazy property is not loaded unless asked for.
    for (const name of lazy) delete data[name];
    const entity = Object.create(readPrototype) as T;
    const wrapped = helper(entity);
    wrapped.__processing = true;
    hydrator.hydrate(entity, meta, data as EntityData<T>, factory, 'full', false, true);
    wrapped.__processing = false;
    wrapped.__initialized = true;
    return entity;
  });
}

/** The request forks whose operation only reads (a GraphQL query): their loaders answer read-only rows. */
const readingForks = new WeakSet<EntityManager>();

/**
 * Marks a request's fork as serving a query: the loaders' rows are then read-only (readOnlyRows). The subgraph
 * server marks it once the operation is known to be a query; a mutation's fork stays unmarked, so every entity a
 * command loads, through a loader or not, is managed and flushed as usual.
 */
export function markReadsOnly(em: EntityManager): void {
  readingForks.add(em);
}

export const readsOnly = (em: EntityManager): boolean => readingForks.has(em);

/**
 * `em.find` for the platform's loaders: in a query's fork, the rows read-only (same statement, same order); in a
 * mutation's, or with options beyond an ordering (populate, partial fields …), `em.find` itself.
 */
export async function findRows<T extends object>(em: EntityManager, entityName: EntityName<T>, where: FilterQuery<T>, options: FindOptions<T, any> = {}): Promise<T[]> {
  const { orderBy, ...rest } = options;
  if (!readsOnly(em) || Object.keys(rest).length > 0) return em.find(entityName, where, options);
  const qb = em.createQueryBuilder(entityName).where(where);
  if (orderBy) qb.orderBy(orderBy as never);
  return readOnlyRows(em, entityName, qb);
}
