import { assertWholeMonthsFor, containsPattern, listQuery, pageOf, sqlCondition, type Actor, type Page, type PageInput } from '@imepanel/runtime';
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { caseScope, searchMatchesClaimant, visibleCase } from '../access';
import type { CasesCommandContext } from '../context';
import { Case } from '../entities';
import { CaseSort, type CaseFilter } from '../inputs/case.inputs';

/** A free-text search: the reference number, and for roles that may see them the claim number and claimant name. */
function searchCondition(search: string | undefined, actor: Actor | null) {
  if (!search?.trim()) return null;
  const pattern = containsPattern(search);
  if (!searchMatchesClaimant(actor)) return sqlCondition('c.reference_number ilike ?', [pattern]);
  return sqlCondition(
    `(c.reference_number ilike ? or c.claim_number ilike ? or c.claimant_last_name || ' ' || c.claimant_first_name ilike ? or c.claimant_first_name || ' ' || c.claimant_last_name ilike ?)`,
    [pattern, pattern, pattern, pattern],
  );
}

/** The statement of one page of the cases the actor may see matching the filter, in the list ordering policy. */
export function casePageQuery(em: EntityManager, filter: CaseFilter | undefined, sort: CaseSort | undefined, page: PageInput, actor: Actor | null): QueryBuilder<Case> {
  // A de-identified reader filters by whole months: a day filter would date each row it lets through.
  assertWholeMonthsFor(actor, [
    { field: 'filter.createdFrom', value: filter?.createdFrom, end: 'start' },
    { field: 'filter.createdTo', value: filter?.createdTo, end: 'end' },
    { field: 'filter.dueBefore', value: filter?.dueBefore, end: 'end' },
  ]);
  return listQuery(em, Case, {
    alias: 'c',
    where: [
      caseScope(actor),
      searchCondition(filter?.search, actor),
      filter?.status?.length && { status: { $in: filter.status } },
      filter?.jurisdiction?.length && { jurisdiction: { $in: filter.jurisdiction } },
      filter?.specialtyCode && { requiredSpecialtyCode: filter.specialtyCode },
      filter?.clientId && { client: filter.clientId },
      filter?.examinerId && { examinerId: filter.examinerId },
      filter?.lineOfBusiness?.length && { lineOfBusiness: { $in: filter.lineOfBusiness } },
      filter?.priority?.length && { priority: { $in: filter.priority } },
      filter?.createdFrom && sqlCondition('c.created_at >= ?::date', [filter.createdFrom]),
      filter?.createdTo && sqlCondition('c.created_at < ?::date + 1', [filter.createdTo]),
      filter?.dueBefore && { dueDate: { $lte: filter.dueBefore } },
    ],
    // The (client_id, created_at, id) index serves a client's page in either direction (orm/list-order.ts).
    order: CaseSort.order(sort),
    page,
  });
}

/** One page of the cases the actor may see matching the filter: one statement for the rows, one for the total. */
export function findCases(ctx: CasesCommandContext, filter: CaseFilter | undefined, sort: CaseSort | undefined, page: PageInput): Promise<Page<Case>> {
  return pageOf(ctx.em, Case, casePageQuery(ctx.em, filter, sort, page, ctx.actor), page);
}

/** One case by its reference number (any case, surrounding spaces ignored), or null when there is none or it is not the actor's. */
export async function findCaseByReference(ctx: CasesCommandContext, referenceNumber: string): Promise<Case | null> {
  return visibleCase(ctx.actor, await ctx.em.findOne(Case, { referenceNumber: referenceNumber.trim().toUpperCase() }));
}
