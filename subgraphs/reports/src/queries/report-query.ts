import { SortDirection, assertWholeMonthsFor, findPage, listQuery, pageOf, sqlCondition, today, type ListSpec, type Page, type PageInput } from '@imepanel/runtime';
import type { QueryBuilder } from '@mikro-orm/postgresql';
import { scopeReportQuery } from '../access';
import type { ReportsCommandContext } from '../context';
import { FINAL_REPORT_STATUSES, OPEN_REPORT_STATUSES } from '../domain/report-lifecycle';
import { Report } from '../entities';
import { ReportSort, type ReportFilter } from '../inputs/report.inputs';

/** What a list of reports reads: the entity manager, whose rows (the actor's scope) and the clock's today. */
export type ReportsListContext = Pick<ReportsCommandContext, 'em' | 'actor' | 'clock'>;

/** The reports the actor may see matching the filter, in the caller's sort. "Overdue" is judged on the clock's today. */
function reportList(ctx: ReportsListContext, filter: ReportFilter | undefined, sort: ReportSort | undefined, page: PageInput): ListSpec<Report> {
  // A de-identified reader filters by whole months: a day filter would date each row it lets through.
  assertWholeMonthsFor(ctx.actor, [{ field: 'filter.dueBefore', value: filter?.dueBefore, end: 'end' }]);
  return {
    alias: 'r',
    where: [
      (qb) => scopeReportQuery(qb, ctx.actor),
      filter?.caseId && { caseId: filter.caseId },
      filter?.examinerId && { examinerId: filter.examinerId },
      filter?.clientId && { clientId: filter.clientId },
      filter?.status?.length && { status: { $in: filter.status } },
      filter?.kind?.length && { kind: { $in: filter.kind } },
      filter?.jurisdiction?.length && { jurisdiction: { $in: filter.jurisdiction } },
      filter?.specialtyCode && { specialtyCode: filter.specialtyCode },
      filter?.dueBefore && { dueDate: { $lte: filter.dueBefore } },
      filter?.overdue && { dueDate: { $lt: today(ctx.clock) }, status: { $in: OPEN_REPORT_STATUSES } },
    ],
    // The (client_id, created_at, id) and (examiner_id, created_at, id) indexes serve a client's and an examiner's
    // page in either direction (orm/list-order.ts).
    order: ReportSort.order(sort),
    page,
  };
}

/** The statement of one page of the reports the actor may see matching the filter, in the list ordering policy. */
export function reportPageQuery(ctx: ReportsListContext, filter: ReportFilter | undefined, sort: ReportSort | undefined, page: PageInput): QueryBuilder<Report> {
  return listQuery(ctx.em, Report, reportList(ctx, filter, sort, page));
}

/** One page of the reports the actor may see matching the filter: one statement for the rows, one for the total. */
export function findReports(ctx: ReportsListContext, filter: ReportFilter | undefined, sort: ReportSort | undefined, page: PageInput): Promise<Page<Report>> {
  return pageOf(ctx.em, Report, reportPageQuery(ctx, filter, sort, page), page);
}

/** Final reports the actor may see whose claimant copy is past due on the clock and not delivered, most overdue first. */
export function findOverdueClaimantCopies(ctx: ReportsListContext, page: PageInput): Promise<Page<Report>> {
  return findPage(ctx.em, Report, {
    alias: 'r',
    where: [
      { status: { $in: FINAL_REPORT_STATUSES } },
      sqlCondition('r.claimant_copy_due_at < ?', [ctx.clock.now()]),
      sqlCondition(`not exists (select 1 from reports.report_delivery d where d.report_id = r.id and d.recipient = 'CLAIMANT')`),
      (qb) => scopeReportQuery(qb, ctx.actor),
    ],
    order: { properties: ['claimantCopyDueAt'], direction: SortDirection.ASC },
    page,
  });
}
