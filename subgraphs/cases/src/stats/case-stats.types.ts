import { IsJurisdiction, LocalDate } from '@imepanel/runtime';
import { IsOptional, IsUUID } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CaseStatus, LineOfBusiness } from '../entities';
import { CaseStatsDimension } from './case-stats-dimensions';
import type { CaseStatsCriteria } from './case-stats-sql';

@InputType('CaseStatsFilter', { description: 'Every filter is optional; a list matches any of its values' })
export class CaseStatsFilter implements CaseStatsCriteria {
  @Field(() => LocalDate, { nullable: true, description: 'Cases requested on or after this day (UTC)' })
  @IsOptional()
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Cases requested on or before this day (UTC)' })
  @IsOptional()
  to?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'each clientId must be a client id' })
  clientId?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsJurisdiction({ each: true })
  jurisdiction?: string[] | null;

  @Field(() => [LineOfBusiness], { nullable: true })
  @IsOptional()
  lineOfBusiness?: LineOfBusiness[] | null;

  @Field(() => [String], { nullable: true, description: 'Required specialty codes, e.g. ORTHO_SPINE' })
  @IsOptional()
  specialtyCode?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'each examinerId must be an examiner id' })
  examinerId?: string[] | null;

  @Field(() => [CaseStatus], { nullable: true, description: 'Current status of the case' })
  @IsOptional()
  status?: CaseStatus[] | null;
}

/**
 * One group of case statistics (or the overall figures). Keys are set for the dimensions grouped by; the
 * measures are null when the group is suppressed, or when nothing in the group has reached that step yet.
 * De-identified by construction: no claimant field exists here.
 */
@ObjectType('CaseStatsGroup', { simpleResolvers: true })
export class CaseStatsGroup {
  @Field(() => String, { nullable: true, description: 'Month of the request, e.g. 2026-03 (grouped by MONTH)' })
  month?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO week of the request, e.g. 2026-W09 (grouped by WEEK)' })
  week?: string | null;

  @Field(() => CaseStatus, { nullable: true })
  status?: CaseStatus | null;

  @Field(() => String, { nullable: true })
  jurisdiction?: string | null;

  @Field(() => LineOfBusiness, { nullable: true })
  lineOfBusiness?: LineOfBusiness | null;

  @Field(() => String, { nullable: true })
  specialtyCode?: string | null;

  @Field(() => ID, { nullable: true })
  clientId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Null in an EXAMINER group of cases not assigned yet' })
  examinerId?: string | null;

  @Field(() => Boolean, { description: 'The group counts fewer than minGroupSize cases: its figures are withheld' })
  suppressed!: boolean;

  @Field(() => Int, { nullable: true, description: 'Cases in the group' })
  count!: number | null;

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

@ObjectType('CaseStats', { description: 'Case statistics: overall figures and groups, with small groups suppressed' })
export class CaseStats {
  @Field(() => [CaseStatsDimension])
  groupBy!: CaseStatsDimension[];

  @Field(() => CaseStatsGroup, { description: 'The figures over every case matching the filter' })
  overall!: CaseStatsGroup;

  @Field(() => [CaseStatsGroup], { description: 'One group per combination of keys, ordered by the keys' })
  groups!: CaseStatsGroup[];

  @Field(() => Boolean, { description: 'More groups matched than the limit; the first ones by key are answered' })
  truncated!: boolean;

  @Field(() => Boolean, { description: 'Whether groups smaller than minGroupSize are withheld from this caller' })
  suppressionApplied!: boolean;

  @Field(() => Int, { description: 'k: groups counting fewer cases are suppressed' })
  minGroupSize!: number;

  @Field(() => Int, {
    description: 'Groups withheld; 0 for de-identified callers (analysts), whose withheld groups are left out as empty ones are, so that a withheld group never says it holds cases',
  })
  suppressedGroups!: number;
}
