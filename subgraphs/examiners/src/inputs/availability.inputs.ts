import { DateField, InputListField, IntField, TextField } from '@imepanel/runtime';
import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AvailabilityExceptionKind, ExamFormat } from '../entities';

@InputType('WeeklyHoursInput')
export class WeeklyHoursInput {
  @IntField(1, 7, { description: 'ISO weekday: 1 Monday … 7 Sunday' })
  weekday!: number;

  @TextField(5, { description: 'HH:mm, local to the office (or the telehealth zone)' })
  start!: string;

  @TextField(5)
  end!: string;

  @Field(() => ID, { nullable: true, description: 'One of the examiner’s offices; null for telehealth hours' })
  @IsOptional()
  officeId?: string | null;
}

@InputType('AvailabilityExceptionInput')
export class AvailabilityExceptionInput {
  @Field(() => AvailabilityExceptionKind)
  kind!: AvailabilityExceptionKind;

  @DateField()
  startsOn!: string;

  @DateField()
  endsOn!: string;

  @TextField(5, { optional: true, description: 'HH:mm; leave out with endTime for whole days' })
  startTime?: string | null;

  @TextField(5, { optional: true })
  endTime?: string | null;

  @Field(() => ID, { nullable: true, description: 'TIME_OFF: null for every place; EXTRA_HOURS: the office, or null for telehealth' })
  @IsOptional()
  officeId?: string | null;

  @TextField(64, { optional: true, description: "IANA zone of the dates and hours; default: the office's, else the primary office's, else the telehealth zone" })
  timeZone?: string | null;

  @TextField(500, { optional: true, blank: true })
  note?: string | null;
}

@InputType('ExamLengthInput')
export class ExamLengthInput {
  @Field(() => ExamFormat)
  format!: ExamFormat;

  @TextField(50, { optional: true })
  specialtyCode?: string | null;

  @IntField(15, 480)
  minutes!: number;
}

@InputType('AvailabilityInput', { description: 'The whole availability: the lists given replace the saved ones' })
export class AvailabilityInput {
  @TextField(64, { optional: true, description: "IANA zone of telehealth hours; default: the primary office's, else America/New_York" })
  telehealthTimeZone?: string | null;

  @IntField(0, 240, { optional: true })
  bufferMinutes?: number | null;

  @IntField(1, 24, { optional: true })
  maxExamsPerDay?: number | null;

  @IntField(5, 240, { optional: true })
  slotMinutes?: number | null;

  @IntField(0, 200, { optional: true })
  recordReviewsPerWeek?: number | null;

  @InputListField(() => WeeklyHoursInput, 100)
  weeklyHours: WeeklyHoursInput[] = [];

  @InputListField(() => AvailabilityExceptionInput, 200)
  exceptions: AvailabilityExceptionInput[] = [];

  @InputListField(() => ExamLengthInput, 50)
  examLengths: ExamLengthInput[] = [];
}
