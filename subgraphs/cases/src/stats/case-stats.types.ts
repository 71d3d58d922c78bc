import { StatsAnswerType, StatsFilterInput, StatsGroupKeys } from '@imepanel/runtime';
import { Field, Float, ObjectType } from 'type-graphql';
import { CaseStatus, LineOfBusiness } from '../entities';
import { CaseStatsDimension } from './case-stats-dimensions';

export const CaseStatsFilter = StatsFilterInput('CaseStatsFilter', {
  status: CaseStatus,
  statusDescription: 'Current status of the case',
  lineOfBusiness: LineOfBusiness,
  from: 'Cases requested on or after this day (UTC)',
  to: 'Cases requested on or before this day (UTC)',
  specialtyCode: 'Required specialty codes, e.g. ORTHO_SPINE',
});
export type CaseStatsFilter = InstanceType<typeof CaseStatsFilter>;

/**
 * One group of case statistics (or the overall figures). Keys are set for the dimensions grouped by; the
 * measures are null when the group is suppressed, or when nothing in the group has reached that step yet.
 * De-identified by construction: no claimant field exists here.
 */
@ObjectType('CaseStatsGroup', { simpleResolvers: true })
export class CaseStatsGroup extends StatsGroupKeys({
  status: CaseStatus,
  lineOfBusiness: LineOfBusiness,
  period: 'the request',
  units: 'cases',
  count: 'Cases in the group',
  examinerId: 'Null in an EXAMINER group of cases not assigned yet',
}) {
  @Field(() => Float, { nullable: true, description: 'Median days from request to assignment' })
  medianDaysToAssignment!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of days from request to assignment' })
  p90DaysToAssignment!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from request to exam' })
  medianDaysToExam!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of days from request to exam' })
  p90DaysToExam!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of cases with an attempted exam that had at least one no-show' })
  noShowRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of cases cancelled' })
  cancellationRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of cases cancelled with a charge to the party at fault' })
  chargeableCancellationRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of cases cancelled without a charge' })
  nonChargeableCancellationRate!: number | null;
}

export const CaseStats = StatsAnswerType('CaseStats', CaseStatsGroup, CaseStatsDimension, {
  description: 'Case statistics: overall figures and groups, with small groups suppressed',
  overall: 'The figures over every case matching the filter',
  units: 'cases',
});
