import { DEFAULT_PAGE, PageInput, Paginated } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { reportRowCondition, visibleReport, visibleReports } from '../access';
import { deleteDraft, startReport, updateReport } from '../commands/report-commands';
import type { ReportsContext } from '../context';
import { CaseRef, ExaminerRef, QaReview, Report, ReportDelivery, ReportKind, ReportStatus } from '../entities';
import { ReportFilter, ReportSort, StartReportInput, UpdateReportInput } from '../inputs/report.inputs';
import { ExaminerReportMetrics } from '../metrics/examiner-report-metrics';
import { findReports } from '../queries/report-query';

@ObjectType('ReportPage')
export class ReportPage extends Paginated(Report) {}

@Resolver(() => Report)
export class ReportResolver {
  @Authorized()
  @Query(() => Report, { nullable: true, description: 'One report by id, or null when there is none (or it is not yours)' })
  async report(@Arg('id', () => ID) id: string, @Ctx() ctx: ReportsContext) {
    return visibleReport(ctx.actor, await ctx.loaders.reportById.load(id));
  }

  @Authorized()
  @Query(() => ReportPage, { description: 'Reports matching the filter, sorted and paginated, with the total count' })
  reports(
    @Ctx() ctx: ReportsContext,
    @Arg('filter', () => ReportFilter, { nullable: true }) filter?: ReportFilter,
    @Arg('sort', () => ReportSort, { nullable: true }) sort?: ReportSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return findReports(ctx, filter, sort, page ?? DEFAULT_PAGE);
  }

  // CLIENT: an addendum only, to a final report of its own case (access.ts, assertMayReportOn).
  @Authorized('EXAMINER', 'CLIENT')
  @Mutation(() => Report, { description: 'Starts a DRAFT report (or addendum) for an examined case' })
  startReport(@Arg('input', () => StartReportInput) input: StartReportInput, @Ctx() ctx: ReportsContext) {
    return startReport(ctx, input);
  }

  @Authorized('EXAMINER')
  @Mutation(() => Report, { description: 'Edits a DRAFT or CHANGES_REQUESTED report; CONFLICT when `version` is stale' })
  updateReport(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateReportInput) input: UpdateReportInput,
    @Ctx() ctx: ReportsContext,
  ) {
    return updateReport(ctx, id, version, input);
  }

  @Authorized('EXAMINER')
  @Mutation(() => ID, { description: 'Deletes a DRAFT started by mistake; answers its id' })
  deleteReportDraft(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: ReportsContext) {
    return deleteDraft(ctx, id, version);
  }

  @Authorized()
  @FieldResolver(() => CaseRef, { nullable: true, description: 'Resolved by the cases subgraph; null if it is unavailable or the case is outside your scope' })
  case(@Root() report: Report): CaseRef {
    return { id: report.caseId };
  }

  @Authorized()
  @FieldResolver(() => ExaminerRef, { nullable: true, description: 'Resolved by the examiners subgraph; null if it is unavailable' })
  examiner(@Root() report: Report): ExaminerRef {
    return { id: report.examinerId };
  }

  @Authorized()
  @FieldResolver(() => Report, { nullable: true, description: 'For addenda: the report they add to' })
  async parent(@Root() report: Report, @Ctx() ctx: ReportsContext) {
    return report.parent ? visibleReport(ctx.actor, await ctx.loaders.reportById.load(report.parent.id)) : null;
  }

  @Authorized()
  @FieldResolver(() => [Report])
  async addenda(@Root() report: Report, @Ctx() ctx: ReportsContext) {
    return visibleReports(ctx.actor, await ctx.loaders.addendaByParent.load(report.id));
  }

  @Authorized()
  @FieldResolver(() => [ReportDelivery])
  deliveries(@Root() report: Report, @Ctx() ctx: ReportsContext) {
    return ctx.loaders.deliveriesByReport.load(report.id);
  }

  @Authorized()
  @FieldResolver(() => [QaReview])
  qaReviews(@Root() report: Report, @Ctx() ctx: ReportsContext) {
    return ctx.loaders.reviewsByReport.load(report.id);
  }
}

@Resolver(() => CaseRef)
export class CaseReportsResolver {
  @Authorized()
  @FieldResolver(() => [Report], { nullable: true, description: 'Reports and addenda on the case you may see, oldest first (null if the reports subgraph is unavailable)' })
  async reports(@Root() kase: CaseRef, @Ctx() ctx: ReportsContext) {
    return visibleReports(ctx.actor, await ctx.loaders.reportsByCase.load(kase.id));
  }

  @Authorized()
  @FieldResolver(() => ReportStatus, { nullable: true, description: 'Status of the IME report, null before one is started' })
  async currentReportStatus(@Root() kase: CaseRef, @Ctx() ctx: ReportsContext) {
    const reports = visibleReports(ctx.actor, await ctx.loaders.reportsByCase.load(kase.id));
    return reports.find((r) => r.kind === ReportKind.IME)?.status ?? null;
  }
}

@Resolver(() => ExaminerRef)
export class ExaminerReportsResolver {
  @Authorized('ANALYST', 'EXAMINER', 'SERVICE')
  @FieldResolver(() => ExaminerReportMetrics, { nullable: true, description: 'Report timeliness and completeness over the last 365 days' })
  reportMetrics(@Root() examiner: ExaminerRef, @Ctx() ctx: ReportsContext) {
    return ctx.loaders.reportMetricsByExaminer.load(examiner.id);
  }

  @Authorized()
  @FieldResolver(() => [Report], { nullable: true, description: "The examiner's reports you may see, newest first (null if the reports subgraph is unavailable)" })
  reports(
    @Root() examiner: ExaminerRef,
    @Ctx() ctx: ReportsContext,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE,
  ) {
    return ctx.loaders.reportsByExaminer(page, reportRowCondition(ctx.actor)).load(examiner.id);
  }
}
