import { DEFAULT_PAGE, PageInput, Paginated } from '@imepanel/runtime';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
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
  @Query(() => Report, { nullable: true })
  report(@Arg('id', () => ID) id: string, @Ctx() ctx: ReportsContext) {
    return ctx.loaders.reportById.load(id);
  }

  @Query(() => ReportPage, { description: 'Reports matching the filter, sorted and paginated, with the total count' })
  reports(
    @Ctx() ctx: ReportsContext,
    @Arg('filter', () => ReportFilter, { nullable: true }) filter?: ReportFilter,
    @Arg('sort', () => ReportSort, { nullable: true }) sort?: ReportSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return findReports(ctx.em, filter, sort, page ?? DEFAULT_PAGE);
  }

  @Mutation(() => Report, { description: 'Starts a DRAFT report (or addendum) for an examined case' })
  startReport(@Arg('input', () => StartReportInput) input: StartReportInput, @Ctx() ctx: ReportsContext) {
    return startReport(ctx.em, ctx.cases, input);
  }

  @Mutation(() => Report, { description: 'Edits a DRAFT or CHANGES_REQUESTED report; CONFLICT when `version` is stale' })
  updateReport(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateReportInput) input: UpdateReportInput,
    @Ctx() ctx: ReportsContext,
  ) {
    return updateReport(ctx.em, id, version, input);
  }

  @Mutation(() => ID, { description: 'Deletes a DRAFT started by mistake; answers its id' })
  deleteReportDraft(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: ReportsContext) {
    return deleteDraft(ctx.em, id, version);
  }

  @FieldResolver(() => CaseRef)
  case(@Root() report: Report): CaseRef {
    return { id: report.caseId };
  }

  @FieldResolver(() => ExaminerRef)
  examiner(@Root() report: Report): ExaminerRef {
    return { id: report.examinerId };
  }

  @FieldResolver(() => Report, { nullable: true, description: 'For addenda: the report they add to' })
  parent(@Root() report: Report, @Ctx() ctx: ReportsContext) {
    return report.parent ? ctx.loaders.reportById.load(report.parent.id) : null;
  }

  @FieldResolver(() => [Report])
  addenda(@Root() report: Report, @Ctx() ctx: ReportsContext) {
    return ctx.loaders.addendaByParent.load(report.id);
  }

  @FieldResolver(() => [ReportDelivery])
  deliveries(@Root() report: Report, @Ctx() ctx: ReportsContext) {
    return ctx.loaders.deliveriesByReport.load(report.id);
  }

  @FieldResolver(() => [QaReview])
  qaReviews(@Root() report: Report, @Ctx() ctx: ReportsContext) {
    return ctx.loaders.reviewsByReport.load(report.id);
  }
}

@Resolver(() => CaseRef)
export class CaseReportsResolver {
  @FieldResolver(() => [Report], { description: 'Reports and addenda on the case, oldest first' })
  reports(@Root() kase: CaseRef, @Ctx() ctx: ReportsContext) {
    return ctx.loaders.reportsByCase.load(kase.id);
  }

  @FieldResolver(() => ReportStatus, { nullable: true, description: 'Status of the IME report, null before one is started' })
  async currentReportStatus(@Root() kase: CaseRef, @Ctx() ctx: ReportsContext) {
    const reports = await ctx.loaders.reportsByCase.load(kase.id);
    return reports.find((r) => r.kind === ReportKind.IME)?.status ?? null;
  }
}

@Resolver(() => ExaminerRef)
export class ExaminerReportsResolver {
  @FieldResolver(() => ExaminerReportMetrics, { description: 'Report timeliness and completeness over the last 365 days' })
  reportMetrics(@Root() examiner: ExaminerRef, @Ctx() ctx: ReportsContext) {
    return ctx.loaders.reportMetricsByExaminer.load(examiner.id);
  }

  @FieldResolver(() => [Report], { description: "The examiner's reports, newest first" })
  reports(
    @Root() examiner: ExaminerRef,
    @Ctx() ctx: ReportsContext,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE,
  ) {
    return ctx.loaders.reportsByExaminer(page).load(examiner.id);
  }
}
