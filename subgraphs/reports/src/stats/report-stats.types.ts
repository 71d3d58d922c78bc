import { StatsAnswerType, StatsFilterInput, StatsGroupKeys } from '@imepanel/runtime';
import { Field, Float, ObjectType } from 'type-graphql';
import { AddendumReason, LineOfBusiness, ReportStatus } from '../entities';
import { ReportStatsDimension } from './report-stats-dimensions';

export const ReportStatsFilter = StatsFilterInput('ReportStatsFilter', {
  status: ReportStatus,
  statusDescription: 'Current status of the IME report',
  lineOfBusiness: LineOfBusiness,
  from: 'Reports on exams held on or after this day',
  to: 'Reports on exams held on or before this day',
  specialtyCode: 'Specialty codes of the cases, e.g. ORTHO_SPINE',
});
export type ReportStatsFilter = InstanceType<typeof ReportStatsFilter>;

@ObjectType('AddendumRate', { simpleResolvers: true })
export class AddendumRate {
  @Field(() => AddendumReason)
  reason!: AddendumReason;

  @Field(() => Float, { nullable: true, description: 'Share of final reports with at least one addendum for this reason' })
  rate!: number | null;
}

/**
 * One group of report statistics (or the overall figures), over IME reports. Keys are set for the
 * dimensions grouped by; measures are null when the group is suppressed or has nothing to measure yet.
 * De-identified by construction: no claimant field exists here.
 */
@ObjectType('ReportStatsGroup', { simpleResolvers: true })
export class ReportStatsGroup extends StatsGroupKeys({
  status: ReportStatus,
  lineOfBusiness: LineOfBusiness,
  period: 'the exam',
  units: 'reports',
  count: 'IME reports in the group',
}) {
  @Field(() => Float, { nullable: true, description: 'Median calendar days from the exam to the final report' })
  medianTurnaroundDays!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of calendar days from the exam to the final report' })
  p90TurnaroundDays!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share finalised by the due date, among reports finalised or overdue' })
  onTimeRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of final reports with at least one addendum' })
  addendumRate!: number | null;

  @Field(() => [AddendumRate], { nullable: true, description: 'The addendum rate by reason' })
  addendumRates!: AddendumRate[] | null;

  @Field(() => Float, {
    nullable: true,
    description: "Share of final reports whose claimant copy was delivered in time (same day where the jurisdiction says so), among those delivered or overdue",
  })
  claimantCopyOnTimeRate!: number | null;
}

export const ReportStats = StatsAnswerType('ReportStats', ReportStatsGroup, ReportStatsDimension, {
  description: 'Report statistics: overall figures and groups, with small groups suppressed',
  overall: 'The figures over every IME report matching the filter',
  units: 'reports',
});
