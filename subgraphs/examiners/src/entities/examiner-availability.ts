import { Entity, OneToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity, RecordFields } from '@imepanel/runtime';
import { LocalDate } from '@imepanel/runtime/scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AVAILABILITY_DEFAULTS } from '../domain/availability';
import { AvailabilityExceptionKind, ExamFormat } from './enums';
import { Examiner } from './examiner';

@ObjectType({ description: 'Working hours on one weekday at one office (or for telehealth), in the local time of its zone' })
export class WeeklyHours {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday' })
  weekday!: number;

  @Field(() => String, { description: 'HH:mm local time' })
  start!: string;

  @Field(() => String, { description: 'HH:mm local time, after start' })
  end!: string;

  @Field(() => ID, { nullable: true, description: 'The office; null for telehealth hours' })
  officeId!: string | null;

  @Field(() => String, { description: "The IANA zone the hours are read in: the office's, or the telehealth zone" })
  timeZone!: string;
}

@ObjectType({ description: 'Time off (the examiner cannot be booked) or extra hours, over a date range; whole days or hours of each day' })
export class AvailabilityException {
  @Field(() => AvailabilityExceptionKind)
  kind!: AvailabilityExceptionKind;

  @Field(() => LocalDate)
  startsOn!: string;

  @Field(() => LocalDate)
  endsOn!: string;

  @Field(() => String, { nullable: true, description: 'HH:mm; null with endTime for whole days' })
  startTime!: string | null;

  @Field(() => String, { nullable: true })
  endTime!: string | null;

  @Field(() => ID, { nullable: true, description: 'TIME_OFF: null for every place; EXTRA_HOURS: the office, or null for telehealth' })
  officeId!: string | null;

  @Field(() => String, { description: 'The IANA zone the dates and hours are read in' })
  timeZone!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ description: 'How long an exam takes, by format and (optionally) specialty' })
export class ExamLength {
  @Field(() => ExamFormat)
  format!: ExamFormat;

  @Field(() => String, { nullable: true, description: 'Null: every specialty without a length of its own' })
  specialtyCode!: string | null;

  @Field(() => Int)
  minutes!: number;
}

/**
 * When an examiner can be booked (docs/rules.md, "Scheduling"). One row per examiner, edited as a whole by the
 * examiner or an administrator and read as a whole by slot generation, so the lists are JSON columns of the row:
 * one statement reads the availability of any number of examiners.
 */
@RecordFields()
@ObjectType({ description: "An examiner's weekly hours, exceptions, exam lengths, buffer and daily maximum" })
@Entity({ tableName: 'examiner_availability' })
export class ExaminerAvailability extends BaseEntity<'examinerId' | 'bufferMinutes' | 'maxExamsPerDay' | 'slotMinutes' | 'recordReviewsPerWeek' | 'weeklyHours' | 'exceptions' | 'examLengths'> {
  @OneToOne(() => Examiner, { ref: true, owner: true, deleteRule: 'cascade', unique: true })
  examiner!: Ref<Examiner>;

  @Field(() => ID)
  get examinerId(): string {
    return this.examiner.id;
  }

  @Field(() => String, { description: 'The IANA zone of telehealth hours (e.g. America/New_York)' })
  @Property({ type: 'text' })
  telehealthTimeZone!: string;

  @Field(() => Int, { description: 'Minutes kept free after each exam' })
  @Property({ type: 'smallint' })
  bufferMinutes: number = AVAILABILITY_DEFAULTS.bufferMinutes;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  maxExamsPerDay: number = AVAILABILITY_DEFAULTS.maxExamsPerDay;

  @Field(() => Int, { description: 'Slots are offered on this grid from the start of each working period' })
  @Property({ type: 'smallint' })
  slotMinutes: number = AVAILABILITY_DEFAULTS.slotMinutes;

  @Field(() => Int, { description: 'Record reviews (no exam) the examiner takes each week' })
  @Property({ type: 'smallint' })
  recordReviewsPerWeek: number = AVAILABILITY_DEFAULTS.recordReviewsPerWeek;

  @Field(() => [WeeklyHours])
  @Property({ type: 'json' })
  weeklyHours: WeeklyHours[] = [];

  @Field(() => [AvailabilityException])
  @Property({ type: 'json' })
  exceptions: AvailabilityException[] = [];

  @Field(() => [ExamLength])
  @Property({ type: 'json' })
  examLengths: ExamLength[] = [];
}
