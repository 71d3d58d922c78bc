import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, Int, ObjectType } from 'type-graphql';

/** Reliability of an examiner over the trailing window, from the appointments they were booked for. */
@ObjectType('ExaminerCaseMetrics')
export class ExaminerCaseMetrics {
  @Field(() => Int, { description: 'Window the figures cover, in days back from today' })
  windowDays!: number;

  @Field(() => Int, { description: 'Appointments booked with the examiner in the window' })
  appointmentsCounted!: number;

  @Field(() => Int, { description: 'Exams that took place' })
  examsCounted!: number;

  @Field(() => Int, { description: 'Appointments the examiner failed to attend' })
  examinerNoShows!: number;

  @Field(() => Int, { description: 'Appointments the examiner cancelled or moved less than 48 hours ahead' })
  examinerLateCancellations!: number;

  @Field(() => Float, { nullable: true })
  examinerNoShowRate!: number | null;

  @Field(() => Float, { nullable: true })
  examinerLateCancellationRate!: number | null;
}

/** A late cancellation is one made by the examiner within this many hours of the exam. */
export const LATE_CANCELLATION_HOURS = 48;
export const METRICS_WINDOW_DAYS = 365;

/** Case metrics of many examiners over the window back from `now`, in one aggregate statement (never rows loaded into Node). */
export async function examinerCaseMetrics(em: EntityManager, examinerIds: readonly string[], now: Date): Promise<Map<string, ExaminerCaseMetrics>> {
  const rows: { examiner_id: string; booked: string; kept: string; no_shows: string; late: string }[] = await em.execute(
    `select a.examiner_id,
            count(*) as booked,
            count(*) filter (where a.status = 'COMPLETED') as kept,
            count(*) filter (where a.status = 'NO_SHOW' and a.no_show_party = 'EXAMINER') as no_shows,
            count(*) filter (where a.status in ('CANCELLED', 'RESCHEDULED') and a.cancelled_by = 'EXAMINER'
                               and a.cancelled_at > a.scheduled_at - make_interval(hours => ?)) as late
       from cases.appointment a
      where a.examiner_id in (?) and a.scheduled_at >= ?::timestamptz - make_interval(days => ?)
      group by a.examiner_id`,
    [LATE_CANCELLATION_HOURS, [...examinerIds], now, METRICS_WINDOW_DAYS],
  );
  const byId = new Map(rows.map((r) => [r.examiner_id, r]));
  return new Map(
    examinerIds.map((id) => {
      const r = byId.get(id);
      const booked = Number(r?.booked ?? 0);
      const noShows = Number(r?.no_shows ?? 0);
      const late = Number(r?.late ?? 0);
      return [
        id,
        {
          windowDays: METRICS_WINDOW_DAYS,
          appointmentsCounted: booked,
          examsCounted: Number(r?.kept ?? 0),
          examinerNoShows: noShows,
          examinerLateCancellations: late,
          examinerNoShowRate: booked ? noShows / booked : null,
          examinerLateCancellationRate: booked ? late / booked : null,
        },
      ];
    }),
  );
}
