import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { calendarMonth, IDENTIFIED_ROW_ROLES, IdEntity } from '@imepanel/runtime';
import { enumValues } from '@imepanel/runtime/scalars';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Case } from './case';
import { AppointmentStatus, CaseParty, ExamFormat } from './enums';

/** A scheduled exam. Rescheduling keeps the old appointment (RESCHEDULED / NO_SHOW) for the record. */
@ObjectType()
@Entity({ tableName: 'appointment' })
@Index({ properties: ['case', 'scheduledAt'] })
// Statistics: the cases that missed an exam, read without touching the (much larger) rest of the table.
@Index({
  name: 'appointment_no_show_case_id_index',
  expression: `create index "appointment_no_show_case_id_index" on "cases"."appointment" ("case_id") where "status" = 'NO_SHOW'`,
})
export class Appointment extends IdEntity<'durationMinutes' | 'format' | 'status' | 'createdAt' | 'version'> {
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  @Index()
  examinerId!: string;

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => Date, { nullable: true, description: 'When the exam is held (a date of service: not for ANALYST, who reads scheduledMonth)' })
  @Property({ type: 'datetime' })
  scheduledAt!: Date;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  durationMinutes: number = 60;

  @Field(() => ExamFormat)
  @Enum({ items: enumValues(ExamFormat), type: 'string', length: 20 })
  format: ExamFormat = ExamFormat.IN_PERSON;

  @Authorized('CLIENT', 'EXAMINER')
  @Field(() => String, { nullable: true, description: 'Address of the exam, or the video link for telehealth (not for ANALYST)' })
  @Property({ type: 'string', length: 500, nullable: true })
  location: string | null = null;

  @Field(() => AppointmentStatus)
  @Enum({ items: enumValues(AppointmentStatus), type: 'string', length: 20 })
  status: AppointmentStatus = AppointmentStatus.SCHEDULED;

  @Field(() => CaseParty, { nullable: true, description: 'Who failed to appear' })
  @Enum({ items: enumValues(CaseParty), type: 'string', length: 20, nullable: true })
  noShowParty: CaseParty | null = null;

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => Date, { nullable: true, description: 'An exact date: not for ANALYST' })
  @Property({ type: 'datetime', nullable: true })
  cancelledAt: Date | null = null;

  @Field(() => CaseParty, { nullable: true, description: 'Who cancelled or rescheduled it' })
  @Enum({ items: enumValues(CaseParty), type: 'string', length: 20, nullable: true })
  cancelledBy: CaseParty | null = null;

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => Date, { nullable: true, description: 'An exact date: not for ANALYST' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Month of the exam, e.g. 2026-11 (UTC): the de-identified form of scheduledAt' })
  get scheduledMonth(): string | null {
    return calendarMonth(this.scheduledAt);
  }
}
