import { ArrayType, Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { enumValues } from '@imepanel/runtime/scalars';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { DayCountUnit, ReportRecipient } from './enums';

/**
 * The IME rules of one jurisdiction: notice lead time, report deadline, panel and claimant choice, scheduling
 * window, recording/observer rights and report distribution. Seeded from public rules (docs/rules.md, jurisdiction rules).
 */
@Directive('@key(fields: "code")')
@ObjectType()
@Entity({ tableName: 'jurisdiction_rule' })
export class JurisdictionRule {
  [OptionalProps]?: 'noticeLeadUnit' | 'reportDueUnit' | 'panelRequired' | 'panelSize' | 'recordingAllowed' | 'observerAllowed' | 'reportRecipients' | 'reportSameDay' | 'requiredCredentialKinds' | 'updatedAt' | 'version';

  @Field(() => String, { description: 'e.g. US-NY' })
  @PrimaryKey({ type: 'string', length: 10 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
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

  @Field(() => Int, { nullable: true, description: 'Days an unrepresented claimant has to choose from the panel (CA: 10)' })
  @Property({ type: 'smallint', nullable: true })
  claimantChoiceDays: number | null = null;

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

  @Field(() => String, { nullable: true, description: 'Where the values come from; verify before relying on them' })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}
