import { ArrayType, Entity, Enum, OptionalProps, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { TextColumn } from '@imepanel/runtime';
import { enumValues } from '@imepanel/runtime/scalars';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { HOLIDAY_CALENDAR_FIRST_YEAR, HOLIDAY_CALENDAR_LAST_YEAR } from '../domain/holiday-calendar';
import { DayCountUnit, HolidayCalendarKind, ReportRecipient } from './enums';

/**
 * The IME rules of one jurisdiction: notice lead time, report deadline, panel and claimant choice, scheduling
 * window, recording/observer rights and report distribution. Seeded from public rules (docs/rules.md, jurisdiction rules).
 */
@Directive('@key(fields: "code")')
@ObjectType()
@Entity({ tableName: 'jurisdiction_rule' })
export class JurisdictionRule {
  /** Addressed by its code, e.g. `{ jurisdiction: 'US-NY' }`. */
  [PrimaryKeyProp]?: 'code';

  [OptionalProps]?:
    | 'noticeLeadUnit'
    | 'reportDueUnit'
    | 'panelRequired'
    | 'panelSize'
    | 'claimantChoiceUnit'
    | 'strikeUnit'
    | 'recordingAllowed'
    | 'observerAllowed'
    | 'reportRecipients'
    | 'reportSameDay'
    | 'requiredCredentialKinds'
    | 'holidayCalendar'
    | 'holidayYearsFrom'
    | 'holidayYearsThrough'
    | 'updatedAt'
    | 'version';

  @Field(() => String, { description: 'e.g. US-NY' })
  @PrimaryKey({ type: 'string', length: 10 })
  code!: string;

  @TextColumn({ length: 200 })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Minimum notice to the claimant before the exam; null when the rule sets none' })
  @Property({ type: 'smallint', nullable: true })
  noticeLeadDays: number | null = null;

  @Field(() => DayCountUnit)
  @Enum({ items: enumValues(DayCountUnit), type: 'string', length: 20 })
  noticeLeadUnit: DayCountUnit = DayCountUnit.CALENDAR_DAYS;

  @Field(() => Int, { nullable: true, description: 'Report due this many days after the exam' })
  @Property({ type: 'smallint', nullable: true })
  reportDueDays: number | null = null;

  @Field(() => DayCountUnit)
  @Enum({ items: enumValues(DayCountUnit), type: 'string', length: 20 })
  reportDueUnit: DayCountUnit = DayCountUnit.CALENDAR_DAYS;

  @Field(() => Int, { nullable: true, description: 'Report deadline when the examiner practises out of state (NY: 20)' })
  @Property({ type: 'smallint', nullable: true })
  reportDueDaysOutOfState: number | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  panelRequired: boolean = false;

  @Field(() => Int, { description: 'Default number of examiners drawn for a panel' })
  @Property({ type: 'smallint' })
  panelSize: number = 3;

  @Field(() => Int, { nullable: true, description: 'Days an unrepresented claimant has to choose from the panel before the client may (CA: 10, Labor Code §4062.1(c))' })
  @Property({ type: 'smallint', nullable: true })
  claimantChoiceDays: number | null = null;

  @Field(() => DayCountUnit)
  @Enum({ items: enumValues(DayCountUnit), type: 'string', length: 20, default: DayCountUnit.CALENDAR_DAYS })
  claimantChoiceUnit: DayCountUnit = DayCountUnit.CALENDAR_DAYS;

  @Field(() => Int, {
    nullable: true,
    description: 'Days each side of a represented case has to strike one examiner from the panel; a side that does not lets the other choose (CA: 10, Labor Code §4062.2(c))',
  })
  @Property({ type: 'smallint', nullable: true })
  strikeDays: number | null = null;

  @Field(() => DayCountUnit)
  @Enum({ items: enumValues(DayCountUnit), type: 'string', length: 20, default: DayCountUnit.CALENDAR_DAYS })
  strikeUnit: DayCountUnit = DayCountUnit.CALENDAR_DAYS;

  @Field(() => Int, {
    nullable: true,
    description: 'Calendar days a record must have been served on the other party before it may go to the examiner (CA: 20, Labor Code §4062.3); null when no wait applies',
  })
  @Property({ type: 'smallint', nullable: true })
  recordsServiceDays: number | null = null;

  @Field(() => Int, { nullable: true, description: 'The exam must take place within this many days of assignment (CA: 90)' })
  @Property({ type: 'smallint', nullable: true })
  schedulingWindowDays: number | null = null;

  @Field(() => Int, { nullable: true, description: 'The window when the parties waive the limit (CA: 120)' })
  @Property({ type: 'smallint', nullable: true })
  schedulingWindowExtendedDays: number | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  recordingAllowed: boolean = false;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  observerAllowed: boolean = false;

  @Field(() => [ReportRecipient], { description: 'Who must receive the final report' })
  @Enum({ items: enumValues(ReportRecipient), type: 'string', array: true })
  reportRecipients: ReportRecipient[] = [ReportRecipient.CLIENT, ReportRecipient.CLAIMANT];

  @Field(() => Boolean, { description: 'Every required recipient must receive the report on the same day' })
  @Property({ type: 'boolean' })
  reportSameDay: boolean = false;

  @Field(() => [String], { description: 'Credential kinds an examiner needs here besides a medical licence' })
  @Property({ type: ArrayType })
  requiredCredentialKinds: string[] = [];

  @Field(() => HolidayCalendarKind, { description: 'Which holidays the business-day counts skip besides the ones administrators add' })
  @Enum({ items: enumValues(HolidayCalendarKind), type: 'string', length: 20, default: HolidayCalendarKind.US_FEDERAL })
  holidayCalendar: HolidayCalendarKind = HolidayCalendarKind.US_FEDERAL;

  @Field(() => Int, { description: 'First year whose holidays are on record; business days before it are not counted but refused' })
  @Property({ type: 'smallint', default: HOLIDAY_CALENDAR_FIRST_YEAR })
  holidayYearsFrom: number = HOLIDAY_CALENDAR_FIRST_YEAR;

  @Field(() => Int, { description: 'Last year whose holidays are on record (extendJurisdictionHolidays adds years); business days after it are refused' })
  @Property({ type: 'smallint', default: HOLIDAY_CALENDAR_LAST_YEAR })
  holidayYearsThrough: number = HOLIDAY_CALENDAR_LAST_YEAR;

  @TextColumn({ nullable: true, description: 'Where the values come from; verify before relying on them' })
  notes: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}
