import { IDENTIFIED_ROW_ROLES, LocalDate, readableTime } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { availableSlots } from '../commands/booking';
import { arrangeAccommodation, arrangeInterpreter } from '../commands/exam-commands';
import { revokeCalendarFeed, rotateCalendarFeed } from '../commands/calendar-feed';
import type { CasesContext } from '../context';
import { Case, ExamFormat, ExaminerRef } from '../entities';
import { ArrangeAccommodationInput, ArrangeInterpreterInput } from '../inputs/lifecycle.inputs';

@ObjectType('AvailableSlot', { description: "A free slot of an examiner's real time for a case: book it with scheduleExam(scheduledAt: startsAt)" })
export class AvailableSlot {
  @Field(() => ID)
  examinerId!: string;

  @Field(() => ExaminerRef, { description: 'Resolved by the examiners subgraph' })
  examiner!: ExaminerRef;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => ExamFormat)
  format!: ExamFormat;

  @Field(() => ID, { nullable: true, description: 'The office (null for telehealth)' })
  officeId!: string | null;

  @Field(() => String, { nullable: true, description: 'The office address' })
  location!: string | null;

  @Field(() => String, { description: "The IANA zone the slot is shown in: the office's for an in-person exam, the claimant's for telehealth" })
  timeZone!: string;

  @Field(() => String, { description: 'The wall time in timeZone, e.g. 2026-03-09T09:00:00.000-04:00' })
  localStart!: string;

  @Field(() => String, { description: 'The time as people read it in timeZone, e.g. "Monday, March 9, 2026, 9:00 AM EDT"' })
  localStartText!: string;

  @Field(() => LocalDate, { description: 'The exam date in timeZone' })
  localDate!: string;

  @Field(() => String, { description: "The IANA zone of the examiner's hours the slot comes from: the office's, or the examiner's telehealth zone" })
  examinerTimeZone!: string;

  @Field(() => String, { description: "The wall time in the examiner's zone" })
  examinerLocalStart!: string;
}

@ObjectType('AvailableSlots', { description: 'The free slots of a case over a range, the earliest per examiner and the earliest of all' })
export class AvailableSlots {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Date)
  from!: Date;

  @Field(() => Date)
  to!: Date;

  @Field(() => LocalDate, { description: 'The earliest exam date the notice lead time allows, from a notice served today' })
  earliestExamDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The end of the scheduling window, if the jurisdiction sets one' })
  latestExamDate!: string | null;

  @Field(() => [AvailableSlot], { description: 'Earliest first; at most limitPerExaminer per examiner' })
  slots!: AvailableSlot[];

  @Field(() => [AvailableSlot], { description: "Each examiner's earliest slot, earliest first" })
  earliestByExaminer!: AvailableSlot[];

  @Field(() => AvailableSlot, { nullable: true, description: 'The earliest slot of all the examiners asked about (the panel)' })
  earliest!: AvailableSlot | null;

  @Field(() => [ID], { description: 'Examiners asked about who have no availability saved' })
  examinersWithoutAvailability!: string[];
}

type Offered = Awaited<ReturnType<typeof availableSlots>>['slots'][number];

function slotOf(s: Offered): AvailableSlot {
  return {
    examinerId: s.examinerId,
    examiner: { id: s.examinerId },
    startsAt: s.start,
    endsAt: s.end,
    durationMinutes: s.durationMinutes,
    format: s.format,
    officeId: s.officeId,
    location: s.location,
    timeZone: s.shownZone,
    localStart: s.localStart,
    localStartText: readableTime(s.start, s.shownZone),
    localDate: s.shownDate,
    examinerTimeZone: s.zone,
    examinerLocalStart: s.examinerLocalStart,
  };
}

@ObjectType('CalendarFeedToken', { description: "An examiner's private iCalendar feed: the token is shown this once" })
export class CalendarFeedToken {
  @Field(() => ID)
  examinerId!: string;

  @Field(() => String, { description: 'The secret of the URL; rotate to replace it, revoke to end it' })
  token!: string;

  @Field(() => String, { description: 'The path on the cases subgraph: GET <cases subgraph URL><path> (text/calendar)' })
  path!: string;
}

@Resolver()
export class BookingResolver {
  @Authorized('EXAMINER')
  @Mutation(() => CalendarFeedToken, { description: "A new private .ics feed URL of the examiner's bookings, replacing any earlier one (the examiner or ADMIN)" })
  rotateCalendarFeed(@Arg('examinerId', () => ID) examinerId: string, @Ctx() ctx: CasesContext) {
    return rotateCalendarFeed(ctx, examinerId);
  }

  @Authorized('EXAMINER')
  @Mutation(() => Boolean, { description: "Revokes the examiner's .ics feed; its URL answers 404. False when there was none" })
  revokeCalendarFeed(@Arg('examinerId', () => ID) examinerId: string, @Ctx() ctx: CasesContext) {
    return revokeCalendarFeed(ctx, examinerId);
  }

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Query(() => AvailableSlots, {
    description:
      'Free exam slots for a case between from (default now) and to (default 90 days on): of examinerId, else the assigned examiner, else the open panel, else every eligible examiner',
  })
  async availableSlots(
    @Arg('caseId', () => ID) caseId: string,
    @Ctx() ctx: CasesContext,
    @Arg('from', () => Date, { nullable: true }) from?: Date,
    @Arg('to', () => Date, { nullable: true }) to?: Date,
    @Arg('examinerId', () => ID, { nullable: true }) examinerId?: string,
    @Arg('limitPerExaminer', () => Int, { nullable: true }) limitPerExaminer?: number,
    @Arg('windowWaived', () => Boolean, { nullable: true }) windowWaived?: boolean,
  ): Promise<AvailableSlots> {
    const answer = await availableSlots(ctx, caseId, { from, to, examinerId, limitPerExaminer, windowWaived });
    return {
      ...answer,
      slots: answer.slots.map(slotOf),
      earliestByExaminer: answer.earliestByExaminer.map(slotOf),
      earliest: answer.earliest ? slotOf(answer.earliest) : null,
    };
  }

  @Authorized('CLIENT')
  @Mutation(() => Case, { description: 'Records the interpreter or accommodation arranged for the booked exam; the notice is served only once it is confirmed' })
  arrangeInterpreter(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ArrangeInterpreterInput) input: ArrangeInterpreterInput,
    @Ctx() ctx: CasesContext,
  ) {
    return arrangeInterpreter(ctx, caseId, version, input);
  }

  @Authorized('CLIENT')
  @Mutation(() => Case, {
    description: "Records one accommodation arranged for the booked exam (what, by whom, whether confirmed) for one of the claimant's needs; the notice is served only once each is confirmed",
  })
  arrangeAccommodation(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ArrangeAccommodationInput) input: ArrangeAccommodationInput,
    @Ctx() ctx: CasesContext,
  ) {
    return arrangeAccommodation(ctx, caseId, version, input);
  }
}
