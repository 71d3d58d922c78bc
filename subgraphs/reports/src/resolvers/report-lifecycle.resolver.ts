import { DEFAULT_PAGE, PageInput } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  distributionCheck,
  distributionIssues,
  finaliseReport,
  missingItems,
  recordDeliveries,
  requestChanges,
  startQa,
  submitReport,
} from '../commands/report-lifecycle-commands';
import type { ReportsContext } from '../context';
import { Report, ReportRecipient } from '../entities';
import { DeliveryInput, FinaliseReportInput, QaReviewInput } from '../inputs/review.inputs';
import { findOverdueClaimantCopies } from '../queries/report-query';
import { ReportPage } from './report.resolver';

@ObjectType('MissingItem', { description: 'Something a report must contain before it can be submitted' })
export class MissingItem {
  @Field(() => String)
  field!: string;

  @Field(() => String)
  message!: string;
}

/** docs/rules.md: DRAFT → SUBMITTED → IN_QA → (CHANGES_REQUESTED → SUBMITTED) → FINAL → DELIVERED. */
@Resolver(() => Report)
export class ReportLifecycleResolver {
  @Authorized('EXAMINER')
  @Mutation(() => Report, { description: 'Submits a complete report; refused with every missing item listed' })
  submitReport(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: ReportsContext) {
    return submitReport(ctx, id, version);
  }

  @Authorized('ADMIN')
  @Mutation(() => Report, { description: 'A QA reviewer takes a submitted report' })
  startReportQa(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: ReportsContext) {
    return startQa(ctx, id, version);
  }

  @Authorized('ADMIN')
  @Mutation(() => Report, { description: 'QA sends the report back: notes must say what to change (form and completeness only)' })
  requestReportChanges(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => QaReviewInput) input: QaReviewInput,
    @Ctx() ctx: ReportsContext,
  ) {
    return requestChanges(ctx, id, version, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Report, { description: 'QA passes the report and it becomes FINAL, with any deliveries made at once' })
  finaliseReport(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: ReportsContext,
    @Arg('input', () => FinaliseReportInput, { nullable: true }) input?: FinaliseReportInput,
  ) {
    return finaliseReport(ctx, id, version, input ?? new FinaliseReportInput());
  }

  @Authorized('ADMIN')
  @Mutation(() => Report, { description: 'Records deliveries of a final report; DELIVERED once every required recipient has it' })
  recordReportDeliveries(
    @Arg('id', () => ID) id: string,
    @Arg('deliveries', () => [DeliveryInput]) deliveries: DeliveryInput[],
    @Ctx() ctx: ReportsContext,
  ) {
    return recordDeliveries(ctx, id, deliveries);
  }

  @Authorized('CLIENT')
  @Query(() => ReportPage, { description: "Final reports whose claimant copy is past due and not delivered, most overdue first" })
  overdueClaimantCopies(@Ctx() ctx: ReportsContext, @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE) {
    return findOverdueClaimantCopies(ctx, page);
  }

  @Authorized('CLIENT', 'EXAMINER')
  @FieldResolver(() => [MissingItem], { nullable: true, description: 'What submission would refuse today (empty when complete); null for roles that may not read the report' })
  missingItems(@Root() report: Report) {
    return missingItems(report);
  }

  @Authorized('CLIENT', 'EXAMINER')
  @FieldResolver(() => [String], { nullable: true, description: 'Distribution problems of a final report: recipients missing, same-day rule broken; null for roles that may not read them' })
  async distributionIssues(@Root() report: Report, @Ctx() ctx: ReportsContext) {
    return distributionIssues(report, await ctx.loaders.deliveriesByReport.load(report.id));
  }

  @Authorized('CLIENT', 'EXAMINER', 'SERVICE')
  @FieldResolver(() => [ReportRecipient], {
    nullable: true,
    description: 'Required recipients the report has not reached, in the order required (the cases subgraph closes a case only when none is left); null for roles that may not read them',
  })
  async missingRecipients(@Root() report: Report, @Ctx() ctx: ReportsContext) {
    return distributionCheck(report, await ctx.loaders.deliveriesByReport.load(report.id)).missing;
  }

  @Authorized('CLIENT', 'EXAMINER', 'SERVICE')
  @FieldResolver(() => String, { nullable: true, description: 'How the delivered copies broke the same-day rule (NY WCL §137), or null' })
  async sameDayViolation(@Root() report: Report, @Ctx() ctx: ReportsContext) {
    return distributionCheck(report, await ctx.loaders.deliveriesByReport.load(report.id)).sameDayViolation;
  }
}
