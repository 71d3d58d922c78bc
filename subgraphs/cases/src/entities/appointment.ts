import { Check, Embeddable, Embedded, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { calendarMonth, IDENTIFIED_ROW_ROLES, IdEntity, PersonalData, readableTime } from '@imepanel/runtime';
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

  @Field(() => String, {
    nullable: true,
    description: 'An accommodation noted with the interpreter (free text)',
    deprecationReason: 'Appointment.accommodations: one arrangement per need of the claimant (arrangeAccommodation)',
  })
  @Property({ type: 'string', length: 500, nullable: true })
  accommodation: string | null = null;

  @Field(() => Boolean, { description: 'Confirmed by the interpreter or provider: the notice can be served only then' })
  @Property({ type: 'boolean' })
  confirmed: boolean = false;
}

/**
 * An accommodation arranged for the exam (docs/rules.md, "Interpreters and accommodations"): which of the case's
 * needs it answers, what was arranged, by whom, and whether it is confirmed.
 */
@ObjectType()
export class AccommodationArrangement {
  @Field(() => String, { description: 'The need it answers, as the case states it (Claimant.accommodations)' })
  accommodation!: string;

  @Field(() => String, { description: 'What was arranged, e.g. "ground-floor exam room 2, height-adjustable table"' })
  arrangement!: string;

  @Field(() => String, { description: 'Who arranged or provides it (a person, the office, an agency)' })
  arrangedBy!: string;

  @Field(() => Boolean, { description: 'Confirmed by whoever provides it: the notice can be served only then' })
  confirmed!: boolean;

  @Field(() => Date, { description: 'When it was last recorded' })
  recordedAt!: Date;
}

/** An accommodation arrangement as stored (JSON): recordedAt as an ISO string. */
export interface AccommodationArrangementRecord {
  accommodation: string;
  arrangement: string;
  arrangedBy: string;
  confirmed: boolean;
  recordedAt: string;
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
export class Appointment extends IdEntity<'durationMinutes' | 'format' | 'status' | 'createdAt' | 'version' | 'officeId' | 'timeZone' | 'examinerTimeZone' | 'interpreter' | 'accommodationArrangements' | 'accommodations' | 'localStart' | 'localStartText' | 'examinerLocalStart'> {
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

  /**
   * The zone the exam's time is shown in (docs/rules.md, "Time zones"): the office's for an in-person exam, the
   * claimant's for telehealth (Case.claimantTimeZone when it was booked).
   */
  @Field(() => String, { nullable: true, description: "The IANA zone the exam's time is shown in: the office's for an in-person exam, the claimant's for telehealth" })
  @Property({ type: 'string', length: 64, nullable: true })
  timeZone: string | null = null;

  /** The zone of the examiner's hours the booking was checked against: the office's, or the examiner's telehealth zone. */
  @Field(() => String, { nullable: true, description: "The IANA zone of the examiner's hours it was booked in: the office's, or the examiner's telehealth zone" })
  @Property({ type: 'string', length: 64, nullable: true })
  examinerTimeZone: string | null = null;

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => String, { nullable: true, description: 'The wall time of the exam in timeZone, e.g. 2026-03-09T09:00:00.000-04:00' })
  get localStart(): string | null {
    return this.timeZone ? localTime(this.scheduledAt, this.timeZone) : null;
  }

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => String, { nullable: true, description: 'The time of the exam as people read it in timeZone, e.g. "Monday, March 9, 2026, 9:00 AM EDT"' })
  get localStartText(): string | null {
    return this.timeZone ? readableTime(this.scheduledAt, this.timeZone) : null;
  }

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => String, { nullable: true, description: "The wall time of the exam in the examiner's zone (examinerTimeZone), for their calendar" })
  get examinerLocalStart(): string | null {
    const zone = this.examinerTimeZone ?? this.timeZone;
    return zone ? localTime(this.scheduledAt, zone) : null;
  }

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => InterpreterArrangement, { nullable: true, description: 'The interpreter arranged for this exam (not for ANALYST)' })
  @Embedded(() => InterpreterArrangement, { nullable: true, prefix: 'interpreter_' })
  interpreter: InterpreterArrangement | null = null;

  /** The accommodations arranged for this exam (arrangeAccommodation); a database default too, for rows written by COPY. */
  @Property({ type: 'json', defaultRaw: "'[]'" })
  accommodationArrangements: AccommodationArrangementRecord[] = [];

  // What the claimant needs can say much about their health: read as their personal data, audited (docs/security.md).
  @PersonalData('Appointment.accommodations')
  @Field(() => [AccommodationArrangement], { nullable: true, description: "The accommodations arranged for this exam, one per need of the claimant's: personal data, audited (not for ANALYST)" })
  get accommodations(): AccommodationArrangement[] {
    return (this.accommodationArrangements ?? []).map((a) => ({ ...a, recordedAt: new Date(a.recordedAt) }));
  }

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
