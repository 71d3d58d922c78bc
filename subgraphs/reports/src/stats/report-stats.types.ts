import { IsJurisdiction, LocalDate } from '@imepanel/runtime';
import { IsOptional, IsUUID } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AddendumReason, LineOfBusiness, ReportStatus } from '../entities';
import { ReportStatsDimension } from './report-stats-dimensions';
import type { ReportStatsCriteria } from './report-stats-sql';

@InputType('ReportStatsFilter', { description: 'Every filter is optional; a list matches any of its values' })
export class ReportStatsFilter implements ReportStatsCriteria {
  @Field(() => LocalDate, { nullable: true, description: 'Reports on exams held on or after this day' })
  @IsOptional()
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Reports on exams held on or before this day' })
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

  @Field(() => [String], { nullable: true, description: 'Specialty codes of the cases, e.g. ORTHO_SPINE' })
  @IsOptional()
  specialtyCode?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'each examinerId must be an examiner id' })
  examinerId?: string[] | null;

  @Field(() => [ReportStatus], { nullable: true, description: 'Current status of the IME report' })
  @IsOptional()
  status?: ReportStatus[] | null;
}

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
export class ReportStatsGroup {
  @Field(() => String, { nullable: true, description: 'Month of the exam, e.g. 2026-03 (grouped by MONTH)' })
  month?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO week of the exam, e.g. 2026-W09 (grouped by WEEK)' })
  week?: string | null;

  @Field(() => ReportStatus, { nullable: true })
  status?: ReportStatus | null;

  @Field(() => String, { nullable: true })
  jurisdiction?: string | null;

  @Field(() => LineOfBusiness, { nullable: true })
  lineOfBusiness?: LineOfBusiness | null;

  @Field(() => String, { nullable: true })
  specialtyCode?: string | null;

  @Field(() => ID, { nullable: true })
  clientId?: string | null;

  @Field(() => ID, { nullable: true })
  examinerId?: string | null;

  @Field(() => Boolean, { description: 'The group counts fewer than minGroupSize reports: its figures are withheld' })
  suppressed!: boolean;

  @Field(() => Int, { nullable: true, description: 'IME reports in the group' })
  count!: number | null;

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

@ObjectType('ReportStats', { description: 'Report statistics: overall figures and groups, with small groups suppressed' })
export class ReportStats {
  @Field(() => [ReportStatsDimension])
  groupBy!: ReportStatsDimension[];

  @Field(() => ReportStatsGroup, { description: 'The figures over every IME report matching the filter' })
  overall!: ReportStatsGroup;

  @Field(() => [ReportStatsGroup], { description: 'One group per combination of keys, ordered by the keys' })
  groups!: ReportStatsGroup[];

  @Field(() => Boolean, { description: 'More groups matched than the limit; the first ones by key are answered' })
  truncated!: boolean;

  @Field(() => Boolean, { description: 'Whether groups smaller than minGroupSize are withheld from this caller' })
  suppressionApplied!: boolean;

  @Field(() => Int, { description: 'k: groups counting fewer reports are suppressed' })
  minGroupSize!: number;

  @Field(() => Int, {
    description: 'Groups withheld; 0 for de-identified callers (analysts), whose withheld groups are left out as empty ones are, so that a withheld group never says it holds cases',
  })
  suppressedGroups!: number;
}
