import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { MAX_PAGE_SIZE, toPage, type Page, type PageInput } from '../graphql/pagination';
import type { SortOrder } from '../graphql/sort-input';
import { listOrder } from './list-order';
import { readOnlyRows, readsOnly } from './read-only-rows';

/** A condition written in SQL, on the list's alias (`e.first_name ilike ?`), with its parameters. */
export class SqlCondition {
  constructor(
    readonly sql: string,
    readonly params: readonly unknown[] = [],
  ) {}
}

/** Whether a caller sent a filter field (GraphQL gives an omitted one as undefined, an explicit one as null). */
export const isGiven = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;

/** A condition in SQL for a list query, e.g. `sqlCondition('? = any(e.languages)', [language])`. */
export const sqlCondition = (sql: string, params: readonly unknown[] = []) => new SqlCondition(sql, params);

/**
 * One narrowing of a list: an ORM filter (`{ status: { $in: statuses } }`), a condition in SQL, or a function
 * that narrows the query itself (a row scope). A falsy entry is skipped, so an optional filter reads
 * `filter?.status?.length && { status: { $in: filter.status } }`.
 */
export type ListCondition<T extends object> = FilterQuery<T> | SqlCondition | ((qb: QueryBuilder<T>) => void) | false | null | undefined | 0 | '';

export interface ListSpec<T extends object> {
  /** The alias SQL conditions name the entity's table by (e.g. `e`). */
  alias: string;
  where?: readonly ListCondition<T>[];
  /** From the list's SortInput: `ExaminerSort.order(sort)`. */
  order: SortOrder;
  page: PageInput;
}

/**
 * The statement of one page of a list, built the same way for every list of the API: each condition ANDed in,
 * the ordering policy (orm/list-order.ts: the sort properties, NULLS LAST only where a column can be null, the
 * primary key last so the order is total) and the page, capped at MAX_PAGE_SIZE.
 */
export function listQuery<T extends object>(em: EntityManager, entity: EntityName<T>, spec: ListSpec<T>): QueryBuilder<T> {
  const qb = em.createQueryBuilder(entity, spec.alias);
  for (const condition of spec.where ?? []) {
    if (!condition) continue;
    if (condition instanceof SqlCondition) qb.andWhere(condition.sql, [...condition.params]);
    else if (typeof condition === 'function') (condition as (qb: QueryBuilder<T>) => void)(qb);
    else qb.andWhere(condition);
  }
  return qb
    .orderBy(listOrder(em, entity, spec.order.properties, spec.order.direction))
    .limit(Math.min(spec.page.limit, MAX_PAGE_SIZE))
    .offset(spec.page.offset);
}

/**
 * One page of a list statement with the total it matches: one statement for the rows, one for the total. In a
 * query's fork the rows are read-only, as the loaders' are (orm/read-only-rows.ts: only answered, never changed);
 * in a mutation's, managed entities.
 */
export async function pageOf<T extends object>(em: EntityManager, entity: EntityName<T>, qb: QueryBuilder<T>, page: PageInput): Promise<Page<T>> {
  const items = readsOnly(em) ? await readOnlyRows(em, entity, qb.clone()) : await qb.clone().getResultList();
  const total = await qb.clone().getCount();
  return toPage(items, total, { ...page, limit: Math.min(page.limit, MAX_PAGE_SIZE) });
}

/** One page of a list (listQuery) with its total. */
export function findPage<T extends object>(em: EntityManager, entity: EntityName<T>, spec: ListSpec<T>): Promise<Page<T>> {
  return pageOf(em, entity, listQuery(em, entity, spec), spec.page);
}
