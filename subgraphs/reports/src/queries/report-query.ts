import { assertWholeMonthsFor, listOrder, SortDirection, today, toPage, type Page, type PageInput } from '@imepanel/runtime';
import type { QueryBuilder } from '@mikro-orm/postgresql';
import { scopeReportQuery } from '../access';
import type { ReportsCommandContext } from '../context';
import { FINAL_REPORT_STATUSES, OPEN_REPORT_STATUSES } from '../domain/report-lifecycle';
import { Report } from '../entities';
import { ReportSortField, type ReportFilter, type ReportSort } from '../inputs/report.inputs';

/** What a list of reports reads: the entity manager, whose rows (the actor's scope) and the clock's today. */
export type ReportsListContext = Pick<ReportsCommandContext, 'em' | 'actor' | 'clock'>;

const SORT_COLUMNS: Record<ReportSortField, string> = {
  [ReportSortField.CREATED_AT]: 'createdAt',
  [ReportSortField.DUE_DATE]: 'dueDate',
  [ReportSortField.SUBMITTED_AT]: 'submittedAt',
  [ReportSortField.FINALISED_AT]: 'finalisedAt',
  [ReportSortField.STATUS]: 'status',
};

/**
 * The statement of one page of the reports the actor may see matching the filter, in the list ordering policy.
 * "Overdue" is judged on the clock's today.
 */
export function reportPageQuery(
  ctx: ReportsListContext,
  filter: ReportFilter | undefined,
  sort: ReportSort | undefined,
  page: PageInput,
): QueryBuilder<Report> {
  const { em, actor, clock } = ctx;
  // A de-identified reader filters by whole months: a day filter would date each row it lets through.
  assertWholeMonthsFor(actor, [{ field: 'filter.dueBefore', value: filter?.dueBefore, end: 'end' }]);
  const qb = em.createQueryBuilder(Report, 'r');
  scopeReportQuery(qb, actor);
  if (filter?.caseId) qb.andWhere({ caseId: filter.caseId });
  if (filter?.examinerId) qb.andWhere({ examinerId: filter.examinerId });
  if (filter?.clientId) qb.andWhere({ clientId: filter.clientId });
  if (filter?.status?.length) qb.andWhere({ status: { $in: filter.status } });
  if (filter?.kind?.length) qb.andWhere({ kind: { $in: filter.kind } });
  if (filter?.jurisdiction?.length) qb.andWhere({ jurisdiction: { $in: filter.jurisdiction } });
  if (filter?.specialtyCode) qb.andWhere({ specialtyCode: filter.specialtyCode });
  if (filter?.dueBefore) qb.andWhere({ dueDate: { $lte: filter.dueBefore } });
  if (filter?.overdue) qb.andWhere({ dueDate: { $lt: today(clock) }, status: { $in: OPEN_REPORT_STATUSES } });
  // The (client_id, created_at, id) and (examiner_id, created_at, id) indexes serve a client's and an examiner's
  // page in either direction (orm/list-order.ts).
  const order = listOrder(em, Report, [SORT_COLUMNS[sort?.field ?? ReportSortField.CREATED_AT]], sort?.direction ?? SortDirection.DESC);
  return qb.orderBy(order).limit(page.limit).offset(page.offset);
}

/** One page of the reports the actor may see matching the filter: one statement for the rows, one for the total. */
export async function findReports(ctx: ReportsListContext, filter: ReportFilter | undefined, sort: ReportSort | undefined, page: PageInput): Promise<Page<Report>> {
  const [items, total] = await reportPageQuery(ctx, filter, sort, page).getResultAndCount();
  return toPage(items, total, page);
}

/** Final reports the actor may see whose claimant copy is past due on the clock and not delivered, most overdue first. */
export async function findOverdueClaimantCopies(ctx: ReportsListContext, page: PageInput): Promise<Page<Report>> {
  const query = ctx.em
    .createQueryBuilder(Report, 'r')
    .where({ status: { $in: FINAL_REPORT_STATUSES } })
    .andWhere('r.claimant_copy_due_at < ?', [ctx.clock.now()])
    .andWhere(`not exists (select 1 from reports.report_delivery d where d.report_id = r.id and d.recipient = 'CLAIMANT')`);
  scopeReportQuery(query, ctx.actor);
  const [items, total] = await query
    .orderBy(listOrder(ctx.em, Report, ['claimantCopyDueAt'], SortDirection.ASC))
    .limit(page.limit)
    .offset(page.offset)
    .getResultAndCount();
  return toPage(items, total, page);
}
