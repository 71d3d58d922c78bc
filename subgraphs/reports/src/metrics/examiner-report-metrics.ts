import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AddendumReason } from '../entities';

@ObjectType('ExaminerAddendumRate')
export class ExaminerAddendumRate {
  @Field(() => AddendumReason)
  reason!: AddendumReason;

  @Field(() => Int)
  addenda!: number;

  @Field(() => Float, { description: 'Addenda with this reason per IME report' })
  rate!: number;
}

/**
 * Timeliness and completeness of an examiner's reports over the trailing window — never what the findings
 * say (reputation is opinion-neutral, docs/rules.md).
 */
@ObjectType('ExaminerReportMetrics')
export class ExaminerReportMetrics {
  @Field(() => Int)
  windowDays!: number;

  @Field(() => Int, { description: 'IME reports first submitted in the window' })
  reportsCounted!: number;

  @Field(() => Float, { nullable: true, description: 'Days from exam to first submission, median' })
  medianTurnaroundDays!: number | null;

  @Field(() => Float, { nullable: true })
  p90TurnaroundDays!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share first submitted on or before the due date' })
  onTimeRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Addenda per IME report, all reasons' })
  addendumRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Addenda per IME report, excluding LATE_RECORDS (not the examiner’s fault)' })
  addendumRateExcludingLateRecords!: number | null;

  @Field(() => [ExaminerAddendumRate])
  addendumRateByReason!: ExaminerAddendumRate[];

  @Field(() => Float, { nullable: true, description: 'Share of reviewed reports whose first QA review passed' })
  qaFirstPassRate!: number | null;
}

export const METRICS_WINDOW_DAYS = 365;

interface MetricsRow {
  examiner_id: string;
  reports: string;
  median_days: number | null;
  p90_days: number | null;
  on_time: string;
  with_due: string;
  reviewed: string;
  first_pass: string;
}

/** Report metrics of many examiners over the window up to `now` (the clock's), in two aggregate statements (percentiles in PostgreSQL). */
export async function examinerReportMetrics(em: EntityManager, examinerIds: readonly string[], now: Date): Promise<Map<string, ExaminerReportMetrics>> {
  const ids = [...examinerIds];
  const rows: MetricsRow[] = await em.execute(
    `with ime as (
       select r.* from reports.report r
        where r.examiner_id in (?) and r.kind = 'IME' and r.first_submitted_at >= ?::timestamptz - make_interval(days => ?)
     ), first_review as (
       select distinct on (q.report_id) q.report_id, q.outcome from reports.qa_review q
        where q.report_id in (select id from ime) order by q.report_id, q.reviewed_at
     )
     select ime.examiner_id,
            count(*) as reports,
            percentile_cont(0.5) within group (order by (ime.first_submitted_at::date - ime.exam_date)) filter (where ime.exam_date is not null) as median_days,
            percentile_cont(0.9) within group (order by (ime.first_submitted_at::date - ime.exam_date)) filter (where ime.exam_date is not null) as p90_days,
            count(*) filter (where ime.due_date is not null and ime.first_submitted_at::date <= ime.due_date) as on_time,
            count(*) filter (where ime.due_date is not null) as with_due,
            count(fr.report_id) as reviewed,
            count(fr.report_id) filter (where fr.outcome = 'PASSED') as first_pass
       from ime left join first_review fr on fr.report_id = ime.id
      group by ime.examiner_id`,
    [ids, now, METRICS_WINDOW_DAYS],
  );
  const addenda: { examiner_id: string; reason: AddendumReason; addenda: string }[] = await em.execute(
    `select a.examiner_id, a.addendum_reason as reason, count(*) as addenda
       from reports.report a
      where a.examiner_id in (?) and a.kind = 'ADDENDUM' and a.created_at >= ?::timestamptz - make_interval(days => ?)
      group by a.examiner_id, a.addendum_reason`,
    [ids, now, METRICS_WINDOW_DAYS],
  );
  const byId = new Map(rows.map((r) => [r.examiner_id, r]));
  return new Map(
    ids.map((id) => {
      const r = byId.get(id);
      const reports = Number(r?.reports ?? 0);
      const withDue = Number(r?.with_due ?? 0);
      const reviewed = Number(r?.reviewed ?? 0);
      const mine = addenda.filter((a) => a.examiner_id === id);
      const total = mine.reduce((sum, a) => sum + Number(a.addenda), 0);
      const excludingLate = mine.filter((a) => a.reason !== 'LATE_RECORDS').reduce((sum, a) => sum + Number(a.addenda), 0);
      return [
        id,
        {
          windowDays: METRICS_WINDOW_DAYS,
          reportsCounted: reports,
          medianTurnaroundDays: r?.median_days ?? null,
          p90TurnaroundDays: r?.p90_days ?? null,
          onTimeRate: withDue ? Number(r!.on_time) / withDue : null,
          addendumRate: reports ? total / reports : null,
          addendumRateExcludingLateRecords: reports ? excludingLate / reports : null,
          addendumRateByReason: reports ? mine.map((a) => ({ reason: a.reason, addenda: Number(a.addenda), rate: Number(a.addenda) / reports })) : [],
          qaFirstPassRate: reviewed ? Number(r!.first_pass) / reviewed : null,
        },
      ];
    }),
  );
}
