import { IsJurisdiction, NotBlank } from '@imepanel/runtime';
import { LocalDate } from '@imepanel/runtime/scalars';
import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DayCountUnit, HolidayCalendarKind, ReportRecipient } from '../entities';

@InputType('JurisdictionRuleInput', { description: 'The full rule; on update every field is replaced' })
export class JurisdictionRuleInput {
  @Field(() => String)
  @NotBlank()
  @MaxLength(200)
  name!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  noticeLeadDays?: number | null;

  @Field(() => DayCountUnit, { defaultValue: DayCountUnit.CALENDAR_DAYS })
  noticeLeadUnit: DayCountUnit = DayCountUnit.CALENDAR_DAYS;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  reportDueDays?: number | null;

  @Field(() => DayCountUnit, { defaultValue: DayCountUnit.CALENDAR_DAYS })
  reportDueUnit: DayCountUnit = DayCountUnit.CALENDAR_DAYS;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  reportDueDaysOutOfState?: number | null;

  @Field(() => Boolean, { defaultValue: false })
  panelRequired: boolean = false;

  @Field(() => Int, { defaultValue: 3 })
  @IsInt()
  @Min(1)
  @Max(10)
  panelSize: number = 3;

  @Field(() => Int, { nullable: true, description: 'Days an unrepresented claimant has to choose from a required panel (CA: 10)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  claimantChoiceDays?: number | null;

  @Field(() => DayCountUnit, { defaultValue: DayCountUnit.CALENDAR_DAYS })
  claimantChoiceUnit: DayCountUnit = DayCountUnit.CALENDAR_DAYS;

  @Field(() => Int, { nullable: true, description: 'Days each side of a represented case has to strike one examiner from a required panel (CA: 10)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  strikeDays?: number | null;

  @Field(() => DayCountUnit, { defaultValue: DayCountUnit.CALENDAR_DAYS })
  strikeUnit: DayCountUnit = DayCountUnit.CALENDAR_DAYS;

  @Field(() => Int, { nullable: true, description: 'Calendar days a record must have been served before it goes to the examiner (CA: 20)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  recordsServiceDays?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  schedulingWindowDays?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  schedulingWindowExtendedDays?: number | null;

  @Field(() => Boolean, { defaultValue: false })
  recordingAllowed: boolean = false;

  @Field(() => Boolean, { defaultValue: false })
  observerAllowed: boolean = false;

  @Field(() => [ReportRecipient])
  @ArrayMaxSize(5)
  reportRecipients!: ReportRecipient[];

  @Field(() => Boolean, { defaultValue: false })
  reportSameDay: boolean = false;

  @Field(() => [String], { nullable: false })
  @ArrayMaxSize(6)
  requiredCredentialKinds: string[] = [];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  notes?: string | null;
}

@InputType('CreateJurisdictionRuleInput')
export class CreateJurisdictionRuleInput extends JurisdictionRuleInput {
  @Field(() => String, { description: 'e.g. US-TX' })
  @IsJurisdiction()
  code!: string;

  @Field(() => HolidayCalendarKind, {
    nullable: true,
    description: 'Which holidays to compute for the covered years; default US_FEDERAL for a US subdivision (US-…), NONE elsewhere. Fixed once created',
  })
  @IsOptional()
  holidayCalendar?: HolidayCalendarKind | null;
}

@InputType('HolidayInput', { description: "A day the jurisdiction's business-day counts skip" })
export class HolidayInput {
  @Field(() => LocalDate, { description: 'The day off as observed, a weekday inside the years the calendar covers' })
  date!: string;

  @Field(() => String, { description: "e.g. Lincoln's Birthday" })
  @NotBlank()
  @MaxLength(200)
  name!: string;
}
