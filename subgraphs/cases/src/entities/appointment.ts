import { Check, Embeddable, Embedded, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { calendarMonth, IDENTIFIED_ROW_ROLES, IdEntity } from '@imepanel/runtime';
import { enumValues } from '@imepanel/runtime/scalars';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { localTime } from '../domain/slots';
import { Case } from './case';
import { AppointmentStatus, CaseParty, ExamFormat } from './enums';

/** What was arranged for a claimant who needs an interpreter or an accommodation (docs/rules.md, "Scheduling"). */
@ObjectType()
@Embeddable()
export class InterpreterArrangement {
  @Field(() => String, { nullable: true, description: 'ISO 639-1 code of the language interpreted' })
  @Property({ type: 'string', length: 2, nullable: true })
  language: string | null = null;

  @Field(() => String, { nullable: true, description: 'The interpreter' })
  @Property({ type: 'string', length: 200, nullable: true })
  name: string | null = null;

  @Field(() => String, { nullable: true, description: 'The interpreting agency' })
  @Property({ type: 'string', length: 200, nullable: true })
  agency: string | null = null;

  @Field(() => String, { nullable: true, description: 'An accommodation arranged (e.g. wheelchair access, sign language)' })
  @Property({ type: 'string', length: 500, nullable: true })
  accommodation: string | null = null;

  @Field(() => Boolean, { description: 'Confirmed by the interpreter or provider: the notice can be served only then' })
  @Property({ type: 'boolean' })
  confirmed: boolean = false;
}

/**
 * An examiner's small integer key: the exclusion constraint on bookings compares it with int4range, which GiST
 * supports without the btree_gist extension (docs/rules.md, "Scheduling").
 */
@Entity({ tableName: 'examiner_key' })
export class ExaminerKey {
  @PrimaryKey({ type: 'uuid' })
  examinerId!: string;

  /** Assigned by the database (an identity column) when the examiner's first booking is made. */
  @Property({ type: 'integer', unique: true, autoincrement: true })
  key!: number;
}

/**
 * A scheduled exam. Rescheduling keeps the old appointment (RESCHEDULED / NO_SHOW) for the record. Two held
 * (SCHEDULED) bookings of one examiner never overlap, with the buffer each holds: an exclusion constraint
 * (migration "booking"; docs/rules.md, "Scheduling"), declared here too so schema diffs keep it.
 */
@Index({
  name: 'appointment_examiner_time_excl',
  expression:
    `alter table "cases"."appointment" add constraint "appointment_examiner_time_excl" exclude using gist ` +
    `(int4range("examiner_key", "examiner_key", '[]') with &&, tstzrange("scheduled_at", "blocked_until") with &&) where ("status" = 'SCHEDULED')`,
})
@Check({ name: 'appointment_times_check', expression: '"ends_at" > "scheduled_at" and "blocked_until" >= "ends_at"' })
@ObjectType()
@Entity({ tableName: 'appointment' })
@Index({ properties: ['case', 'scheduledAt'] })
// Statistics: the cases that missed an exam, read without touching the (much larger) rest of the table.
@Index({
  name: 'appointment_no_show_case_id_index',
  expression: `create index "appointment_no_show_case_id_index" on "cases"."appointment" ("case_id") where "status" = 'NO_SHOW'`,
})
export class Appointment extends IdEntity<'durationMinutes' | 'format' | 'status' | 'createdAt' | 'version' | 'officeId' | 'timeZone' | 'interpreter' | 'localStart'> {
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

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => Date, { nullable: true, description: 'When the exam ends (an exact date: not for ANALYST)' })
  @Property({ type: 'datetime' })
  endsAt!: Date;

  /**
   * The end of the time the booking holds: the exam plus the examiner's buffer after it. PostgreSQL refuses two
   * held bookings of one examiner whose [scheduledAt, blockedUntil) overlap (docs/rules.md, "Scheduling").
   */
  @Property({ type: 'datetime' })
  blockedUntil!: Date;

  /** The examiner's small integer key (ExaminerKey), the exclusion constraint's examiner column: always set by a trigger from examinerId. */
  @Property({ type: 'integer', default: 0, lazy: true })
  examinerKey?: number;

  @Field(() => ID, { nullable: true, description: "The examiner's office the exam is held at (null for telehealth)" })
  @Property({ type: 'uuid', nullable: true })
  officeId: string | null = null;

  @Field(() => String, { nullable: true, description: 'The IANA zone of the place of the exam, in which its local time is shown' })
  @Property({ type: 'string', length: 64, nullable: true })
  timeZone: string | null = null;

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => String, { nullable: true, description: 'The local wall time of the exam where it is held, e.g. 2026-03-09T09:00:00.000-04:00' })
  get localStart(): string | null {
    return this.timeZone ? localTime(this.scheduledAt, this.timeZone) : null;
  }

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => InterpreterArrangement, { nullable: true, description: 'The interpreter or accommodation arranged for this exam (not for ANALYST)' })
  @Embedded(() => InterpreterArrangement, { nullable: true, prefix: 'interpreter_' })
  interpreter: InterpreterArrangement | null = null;

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
