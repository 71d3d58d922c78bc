import { assertWholeMonthsFor, containsPattern, listOrder, SortDirection, toPage, type Actor, type Page, type PageInput } from '@imepanel/runtime';
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { scopeCaseQuery, searchMatchesClaimant } from '../access';
import { Case } from '../entities';
import { CaseSortField, type CaseFilter, type CaseSort } from '../inputs/case.inputs';

const SORT_COLUMNS: Record<CaseSortField, string> = {
  [CaseSortField.CREATED_AT]: 'createdAt',
  [CaseSortField.UPDATED_AT]: 'updatedAt',
  [CaseSortField.DUE_DATE]: 'dueDate',
  [CaseSortField.REFERENCE_NUMBER]: 'referenceNumber',
  [CaseSortField.STATUS]: 'status',
  [CaseSortField.PRIORITY]: 'priority',
};

/** The statement of one page of the cases the actor may see matching the filter, in the list ordering policy. */
export function casePageQuery(em: EntityManager, filter: CaseFilter | undefined, sort: CaseSort | undefined, page: PageInput, actor: Actor | null): QueryBuilder<Case> {
  // A de-identified reader filters by whole months: a day filter would date each row it lets through.
  assertWholeMonthsFor(actor, [
    { field: 'filter.createdFrom', value: filter?.createdFrom, end: 'start' },
    { field: 'filter.createdTo', value: filter?.createdTo, end: 'end' },
    { field: 'filter.dueBefore', value: filter?.dueBefore, end: 'end' },
  ]);
  const qb = em.createQueryBuilder(Case, 'c');
  scopeCaseQuery(qb, actor);
  if (filter?.search?.trim() && !searchMatchesClaimant(actor)) {
    qb.andWhere('c.reference_number ilike ?', [containsPattern(filter.search)]);
  } else if (filter?.search?.trim()) {
    const pattern = containsPattern(filter.search);
    qb.andWhere(
      `(c.reference_number ilike ? or c.claim_number ilike ? or c.claimant_last_name || ' ' || c.claimant_first_name ilike ? or c.claimant_first_name || ' ' || c.claimant_last_name ilike ?)`,
      [pattern, pattern, pattern, pattern],
    );
  }
  if (filter?.status?.length) qb.andWhere({ status: { $in: filter.status } });
  if (filter?.jurisdiction?.length) qb.andWhere({ jurisdiction: { $in: filter.jurisdiction } });
  if (filter?.specialtyCode) qb.andWhere({ requiredSpecialtyCode: filter.specialtyCode });
  if (filter?.clientId) qb.andWhere({ client: filter.clientId });
  if (filter?.examinerId) qb.andWhere({ examinerId: filter.examinerId });
  if (filter?.lineOfBusiness?.length) qb.andWhere({ lineOfBusiness: { $in: filter.lineOfBusiness } });
  if (filter?.priority?.length) qb.andWhere({ priority: { $in: filter.priority } });
  if (filter?.createdFrom) qb.andWhere('c.created_at >= ?::date', [filter.createdFrom]);
  if (filter?.createdTo) qb.andWhere(`c.created_at < ?::date + 1`, [filter.createdTo]);
  if (filter?.dueBefore) qb.andWhere({ dueDate: { $lte: filter.dueBefore } });

  // The (client_id, created_at, id) index serves a client's page in either direction (orm/list-order.ts).
  const order = listOrder(em, Case, [SORT_COLUMNS[sort?.field ?? CaseSortField.CREATED_AT]], sort?.direction ?? SortDirection.DESC);
  return qb.orderBy(order).limit(page.limit).offset(page.offset);
}

/** One page of the cases the actor may see matching the filter: one statement for the rows, one for the total. */
export async function findCases(
  em: EntityManager,
  filter: CaseFilter | undefined,
  sort: CaseSort | undefined,
  page: PageInput,
  actor: Actor | null,
): Promise<Page<Case>> {
  const [items, total] = await casePageQuery(em, filter, sort, page, actor).getResultAndCount();
  return toPage(items, total, page);
}
