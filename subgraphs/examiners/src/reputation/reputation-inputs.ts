import type { ServiceClient } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReputationInputs } from '../domain/reputation';

/** Reputation looks back this far: events, metrics and lapses older than a year no longer count. */
export const REPUTATION_WINDOW_DAYS = 365;

interface CaseMetrics {
  appointmentsCounted: number;
  examinerNoShows: number;
  examinerLateCancellations: number;
}
interface ReportMetrics {
  reportsCounted: number;
  onTimeRate: number | null;
  medianTurnaroundDays: number | null;
  addendumRateExcludingLateRecords: number | null;
  qaFirstPassRate: number | null;
}

const CASE_METRICS = /* GraphQL */ `
  query CaseMetrics($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Examiner { id caseMetrics { appointmentsCounted examinerNoShows examinerLateCancellations } } }
  }
`;
const REPORT_METRICS = /* GraphQL */ `
  query ReportMetrics($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Examiner { id reportMetrics { reportsCounted onTimeRate medianTurnaroundDays addendumRateExcludingLateRecords qaFirstPassRate } }
    }
  }
`;

/** Asks another subgraph for its metrics on these examiners, through the same entity resolution the gateway uses. */
async function entityMetrics<T>(client: ServiceClient, query: string, field: string, ids: string[]): Promise<Map<string, T>> {
  const data = await client.request<{ _entities: ({ id: string } & Record<string, T>)[] }>(query, {
    representations: ids.map((id) => ({ __typename: 'Examiner', id })),
  });
  return new Map(data._entities.map((e) => [e.id, e[field]]));
}

interface LocalRow {
  examiner_id: string;
  audit_scores: number[] | null;
  complaints: string;
  commendations: string;
  client_feedback: number[] | null;
  claimant_feedback: number[] | null;
  lapses: string;
}

/**
 * The curated events and credential lapses of this subgraph, per examiner, in one aggregate statement. A lapse
 * is a licence or malpractice policy that expired within the window and was not replaced by one valid today.
 * "Today" is the refresh's (the clock's), not the database's.
 */
async function localInputs(em: EntityManager, ids: string[], today: string): Promise<Map<string, LocalRow>> {
  const rows: LocalRow[] = await em.execute(
    `select e.id as examiner_id,
            (select array_agg(ev.score) from examiners.reputation_event ev where ev.examiner_id = e.id and ev.kind = 'QA_AUDIT' and ev.occurred_on >= ?::date - ?::int) as audit_scores,
            (select count(*) from examiners.reputation_event ev where ev.examiner_id = e.id and ev.kind = 'COMPLAINT' and ev.occurred_on >= ?::date - ?::int) as complaints,
            (select count(*) from examiners.reputation_event ev where ev.examiner_id = e.id and ev.kind = 'COMMENDATION' and ev.occurred_on >= ?::date - ?::int) as commendations,
            (select array_agg(ev.score) from examiners.reputation_event ev where ev.examiner_id = e.id and ev.kind = 'CLIENT_FEEDBACK' and ev.occurred_on >= ?::date - ?::int) as client_feedback,
            (select array_agg(ev.score) from examiners.reputation_event ev where ev.examiner_id = e.id and ev.kind = 'CLAIMANT_FEEDBACK' and ev.occurred_on >= ?::date - ?::int) as claimant_feedback,
            (select count(*) from examiners.credential c
              where c.examiner_id = e.id and c.kind in ('MEDICAL_LICENSE', 'MALPRACTICE_INSURANCE')
                and c.expires_on < ?::date and c.expires_on >= ?::date - ?::int
                and not exists (select 1 from examiners.credential r
                                 where r.examiner_id = c.examiner_id and r.kind = c.kind and r.jurisdiction is not distinct from c.jurisdiction
                                   and r.verification_status = 'VERIFIED' and (r.expires_on is null or r.expires_on >= ?::date))) as lapses
       from examiners.examiner e where e.id in (?)`,
    [...Array(5).fill([today, REPUTATION_WINDOW_DAYS]).flat(), today, today, REPUTATION_WINDOW_DAYS, today, ids],
  );
  return new Map(rows.map((r) => [r.examiner_id, r]));
}

/** Everything the reputation formula needs, for a batch of examiners. */
export async function reputationInputs(
  em: EntityManager,
  clients: { cases: ServiceClient; reports: ServiceClient },
  ids: string[],
  today: string,
): Promise<Map<string, ReputationInputs>> {
  const [caseMetrics, reportMetrics, local] = await Promise.all([
    entityMetrics<CaseMetrics>(clients.cases, CASE_METRICS, 'caseMetrics', ids),
    entityMetrics<ReportMetrics>(clients.reports, REPORT_METRICS, 'reportMetrics', ids),
    localInputs(em, ids, today),
  ]);
  return new Map(
    ids.map((id) => {
      const c = caseMetrics.get(id);
      const r = reportMetrics.get(id);
      const l = local.get(id);
      return [
        id,
        {
          reportsCounted: r?.reportsCounted ?? 0,
          onTimeRate: r?.onTimeRate ?? null,
          // A report submitted before its exam date (a data error) must not make turnaround negative.
          medianTurnaroundDays: r?.medianTurnaroundDays == null ? null : Math.max(0, r.medianTurnaroundDays),
          // More addenda than reports is possible; for the score, every report needing one is the floor.
          addendumRateExcludingLateRecords: r?.addendumRateExcludingLateRecords == null ? null : Math.min(1, r.addendumRateExcludingLateRecords),
          qaFirstPassRate: r?.qaFirstPassRate ?? null,
          auditScores: (l?.audit_scores ?? []).map(Number),
          // Exams held or due: every appointment booked, so a no-show weighs against the exams it replaced.
          examsCounted: c?.appointmentsCounted ?? 0,
          examinerNoShows: c?.examinerNoShows ?? 0,
          examinerLateCancellations: c?.examinerLateCancellations ?? 0,
          complaints: Number(l?.complaints ?? 0),
          commendations: Number(l?.commendations ?? 0),
          credentialLapses: Number(l?.lapses ?? 0),
          clientFeedback: (l?.client_feedback ?? []).map(Number),
          claimantFeedback: (l?.claimant_feedback ?? []).map(Number),
        },
      ];
    }),
  );
}
