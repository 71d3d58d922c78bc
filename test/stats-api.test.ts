import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExaminer, graphqlError } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { at, insertCase, insertClient, insertReport, plusDays, statsClient } from './support/stats-fixtures';
import type { GraphQLClient } from 'graphql-request';

/**
 * Statistics against a small fixed dataset whose figures were worked out by hand (see the comments by each
 * expectation). Every query filters on this file's own clients, so nothing else in the database counts.
 *
 * Who asks matters (docs/statistics.md, "Privacy"): an administrator gets exact figures for any question; a client
 * its own organisation's, with groups under five suppressed; an analyst only what the protected tables publish —
 * whole months, no weeks, months crossed with one other dimension, and February (four cases in all, fewer than
 * k) left out altogether. The figures computed by hand are asked of whoever may ask the question as written.
 */
let t: TestPlatform;
let adminClient: GraphQLClient;
let clientAClient: GraphQLClient;
let clientBClient: GraphQLClient;
let clientA: string;
let clientB: string;
let examinerOne: { id: string };
let examinerTwo: { id: string };

beforeAll(async () => {
  t = await startTestPlatform();
  analystClient = await statsClient(t, 'ANALYST');
  clientA = await insertClient(t.sql, 'Stats Insurer A');
  clientB = await insertClient(t.sql, 'Stats Insurer B');
  adminClient = await statsClient(t, 'ADMIN');
  clientAClient = await statsClient(t, 'CLIENT', clientA);
  clientBClient = await statsClient(t, 'CLIENT', clientB);
  examinerOne = await createExaminer(t.gateway, { firstName: 'Stella', lastName: 'Statham', suffix: 'MD' });
  examinerTwo = await createExaminer(t.gateway);

  // Client A, US-NY, requested in January 2026 (ISO week 2026-W02): six cases.
  const jan = (d: number) => at(`2026-01-${String(d).padStart(2, '0')}T00:00:00Z`);
  const one = examinerOne.id;
  await insertCase(t.sql, { clientId: clientA, createdAt: jan(5), status: 'CLOSED', examinerId: one, assignedAt: plusDays(jan(5), 2), examinedAt: plusDays(jan(5), 10), appointments: ['COMPLETED'] });
  await insertCase(t.sql, { clientId: clientA, createdAt: jan(6), status: 'CLOSED', examinerId: one, assignedAt: plusDays(jan(6), 4), examinedAt: plusDays(jan(6), 20), appointments: ['COMPLETED'] });
  await insertCase(t.sql, { clientId: clientA, createdAt: jan(7), status: 'REPORTED', examinerId: one, assignedAt: plusDays(jan(7), 6), examinedAt: plusDays(jan(7), 30), appointments: ['COMPLETED'] });
  await insertCase(t.sql, { clientId: clientA, createdAt: jan(8), status: 'EXAMINED', examinerId: one, assignedAt: plusDays(jan(8), 8), examinedAt: plusDays(jan(8), 40), appointments: ['NO_SHOW', 'COMPLETED'] });
  await insertCase(t.sql, { clientId: clientA, createdAt: jan(9), status: 'CANCELLED', examinerId: one, assignedAt: plusDays(jan(9), 1), cancelledAt: plusDays(jan(9), 3), cancellationChargeable: true });
  await insertCase(t.sql, { clientId: clientA, createdAt: jan(10), status: 'REQUESTED' });
  // Client A in February: three cases.
  const feb = (d: number) => at(`2026-02-${String(d).padStart(2, '0')}T00:00:00Z`);
  const two = examinerTwo.id;
  await insertCase(t.sql, { clientId: clientA, createdAt: feb(2), status: 'EXAMINED', examinerId: two, assignedAt: plusDays(feb(2), 3), examinedAt: plusDays(feb(2), 12), appointments: ['COMPLETED'] });
  await insertCase(t.sql, { clientId: clientA, createdAt: feb(3), status: 'CANCELLED', cancelledAt: plusDays(feb(3), 2), cancellationChargeable: false });
  await insertCase(t.sql, { clientId: clientA, createdAt: feb(4), status: 'NO_SHOW', examinerId: two, assignedAt: plusDays(feb(4), 5), appointments: ['NO_SHOW'] });
  // Client B, US-CA, neurology, auto: five cases in January (week 2026-W03), one in February.
  for (const [i, d] of [12, 13, 14, 15, 16].entries()) {
    await insertCase(t.sql, {
      clientId: clientB, createdAt: jan(d), jurisdiction: 'US-CA', specialtyCode: 'NEURO', lineOfBusiness: 'AUTO', status: 'CLOSED',
      examinerId: two, assignedAt: plusDays(jan(d), i + 1), examinedAt: plusDays(jan(d), 10), appointments: ['COMPLETED'],
    });
  }
  await insertCase(t.sql, { clientId: clientB, createdAt: feb(10), jurisdiction: 'US-CA', specialtyCode: 'NEURO', lineOfBusiness: 'AUTO', status: 'REQUESTED' });

  // Reports of client A (NY: every copy the same day): six IME reports, three addenda.
  const sameDay = { clientId: clientA, sameDay: true };
  await insertReport(t.sql, { ...sameDay, status: 'DELIVERED', examDate: '2026-01-10', dueDate: '2026-01-24', finalisedAt: at('2026-01-15T12:00:00Z'), claimantCopyAt: at('2026-01-15T18:00:00Z'), addenda: ['LATE_RECORDS'] });
  await insertReport(t.sql, { ...sameDay, status: 'DELIVERED', examDate: '2026-01-11', dueDate: '2026-01-25', finalisedAt: at('2026-01-21T10:00:00Z'), claimantCopyAt: at('2026-01-22T09:00:00Z') });
  await insertReport(t.sql, { ...sameDay, status: 'DELIVERED', examDate: '2026-01-12', dueDate: '2026-01-26', finalisedAt: at('2026-01-27T10:00:00Z'), claimantCopyAt: at('2026-01-27T11:00:00Z'), addenda: ['CLIENT_REQUEST', 'CORRECTION'] });
  await insertReport(t.sql, { ...sameDay, status: 'FINAL', examDate: '2026-01-13', dueDate: '2026-01-27', finalisedAt: at('2026-02-02T10:00:00Z') });
  await insertReport(t.sql, { ...sameDay, status: 'IN_QA', examDate: '2026-01-14', dueDate: '2026-01-28' });
  await insertReport(t.sql, { ...sameDay, status: 'DRAFT', examDate: '2026-01-15', dueDate: null });
  // Reports of client B (CA: the claimant's copy within five days of finalisation): five, all on time.
  for (const [i, copy] of ['2026-01-25T23:00:00Z', '2026-01-26T00:30:00Z', null, null, null].entries()) {
    const examDate = `2026-01-${String(10 + i).padStart(2, '0')}`;
    const finalisedAt = i < 2 ? at('2026-01-20T10:00:00Z') : plusDays(at(`${examDate}T09:00:00Z`), 3 + i);
    await insertReport(t.sql, {
      clientId: clientB, jurisdiction: 'US-CA', specialtyCode: 'NEURO', lineOfBusiness: 'AUTO', status: 'DELIVERED',
      examDate, dueDate: '2026-02-28', finalisedAt, claimantCopyAt: copy ? at(copy) : finalisedAt,
    });
  }
});
afterAll(async () => {
  await t?.close();
});

const CASE_MEASURES = `suppressed count medianDaysToAssignment p90DaysToAssignment medianDaysToExam p90DaysToExam
  noShowRate cancellationRate chargeableCancellationRate nonChargeableCancellationRate`;
const CASE_STATS = /* GraphQL */ `
  query ($filter: CaseStatsFilter, $groupBy: [CaseStatsDimension!], $limit: Int) {
    caseStats(filter: $filter, groupBy: $groupBy, limit: $limit) {
      groupBy truncated suppressionApplied minGroupSize suppressedGroups
      overall { ${CASE_MEASURES} }
      groups { month week status jurisdiction lineOfBusiness specialtyCode clientId examinerId client { name } examiner { displayName } ${CASE_MEASURES} }
    }
  }
`;
const REPORT_MEASURES = `suppressed count medianTurnaroundDays p90TurnaroundDays onTimeRate addendumRate addendumRates { reason rate } claimantCopyOnTimeRate`;
const REPORT_STATS = /* GraphQL */ `
  query ($filter: ReportStatsFilter, $groupBy: [ReportStatsDimension!]) {
    reportStats(filter: $filter, groupBy: $groupBy) {
      groupBy suppressionApplied minGroupSize suppressedGroups
      overall { ${REPORT_MEASURES} }
      groups { month status clientId jurisdiction ${REPORT_MEASURES} }
    }
  }
`;

let analystClient: GraphQLClient;
const analyst = () => analystClient;
const caseStats = (variables: Record<string, unknown>, as: GraphQLClient = analyst()) => as.request<any>(CASE_STATS, variables).then((d) => d.caseStats);
const reportStats = (variables: Record<string, unknown>, as: GraphQLClient = analyst()) => as.request<any>(REPORT_STATS, variables).then((d) => d.reportStats);
const admin = () => adminClient;

describe('caseStats', () => {
  it('answers the overall figures of a client, computed by hand', async () => {
    const stats = await caseStats({ filter: { clientId: [clientA] } }, clientAClient);
    // Nine cases. Days to assignment 1 2 3 4 5 6 8: median 4, p90 at rank 5.4 = 6 + 0.4 × 2 = 6.8.
    // Days to exam 10 12 20 30 40: median 20, p90 at rank 3.6 = 30 + 0.6 × 10 = 36.
    // No-shows: 2 cases of the 6 whose exam was attempted. Cancelled: 2 of 9, one chargeable.
    expect(stats.overall).toEqual({
      suppressed: false,
      count: 9,
      medianDaysToAssignment: 4,
      p90DaysToAssignment: 6.8,
      medianDaysToExam: 20,
      p90DaysToExam: 36,
      noShowRate: 0.3333,
      cancellationRate: 0.2222,
      chargeableCancellationRate: 0.1111,
      nonChargeableCancellationRate: 0.1111,
    });
    expect(stats.groups).toEqual([]);
    expect(stats).toMatchObject({ groupBy: [], truncated: false, suppressionApplied: true, minGroupSize: 5, suppressedGroups: 0 });
    // An analyst counts January only: February holds four cases in all, fewer than k, and is left out. Measures
    // resting on fewer than five cases are withheld: 1 no-show of 4 attempted exams, 1 cancellation of 6, the days
    // to 4 exams; the days to 5 assignments and the 0 non-chargeable cancellations of 6 stay.
    expect((await caseStats({ filter: { clientId: [clientA] } })).overall).toEqual({
      suppressed: false, count: 6, medianDaysToAssignment: 4, p90DaysToAssignment: 7.2, medianDaysToExam: null, p90DaysToExam: null,
      noShowRate: null, cancellationRate: null, chargeableCancellationRate: null, nonChargeableCancellationRate: 0,
    });
  });

  it('groups by two dimensions, suppressing groups under five and answering the others', async () => {
    const stats = await caseStats({ filter: { clientId: [clientA, clientB] }, groupBy: ['CLIENT', 'MONTH'] });
    const exact = await caseStats({ filter: { clientId: [clientA, clientB] }, groupBy: ['CLIENT', 'MONTH'] }, admin());
    const byKey = Object.fromEntries(stats.groups.map((g: any) => [`${g.client.name} ${g.month}`, g]));
    const exactly = Object.fromEntries(exact.groups.map((g: any) => [`${g.client.name} ${g.month}`, g]));
    // February (three cases of A, one of B: four in all) is not part of what an analyst sees.
    expect(Object.keys(byKey).sort()).toEqual(['Stats Insurer A 2026-01', 'Stats Insurer B 2026-01']);
    // A in January, six cases: days to assignment 1 2 4 6 8 (median 4, p90 = 6 + 0.6 × 2 = 7.2); to exam
    // 10 20 30 40 (median 25, p90 = 30 + 0.7 × 10 = 37); one no-show of four attempted; one cancellation, chargeable.
    expect(exactly['Stats Insurer A 2026-01']).toMatchObject({
      clientId: clientA, suppressed: false, count: 6,
      medianDaysToAssignment: 4, p90DaysToAssignment: 7.2, medianDaysToExam: 25, p90DaysToExam: 37,
      noShowRate: 0.25, cancellationRate: 0.1667, chargeableCancellationRate: 0.1667, nonChargeableCancellationRate: 0,
    });
    // The analyst gets the count, and the measures resting on five cases or more.
    expect(byKey['Stats Insurer A 2026-01']).toMatchObject({ clientId: clientA, suppressed: false, count: 6, medianDaysToAssignment: 4, medianDaysToExam: null, noShowRate: null, cancellationRate: null });
    // B in January, five cases: assigned after 1..5 days (median 3, p90 4.6), all examined after 10 days.
    expect(byKey['Stats Insurer B 2026-01']).toMatchObject({
      suppressed: false, count: 5, medianDaysToAssignment: 3, p90DaysToAssignment: 4.6, medianDaysToExam: 10, p90DaysToExam: 10,
      noShowRate: 0, cancellationRate: 0,
    });
    expect(stats.suppressedGroups).toBe(0);
    expect(stats.overall.count).toBe(11);
    // An administrator sees February too, exactly; a client sees its own February suppressed.
    expect(exact.groups.map((g: any) => `${g.client.name} ${g.month} ${g.count}`).sort()).toEqual([
      'Stats Insurer A 2026-01 6', 'Stats Insurer A 2026-02 3', 'Stats Insurer B 2026-01 5', 'Stats Insurer B 2026-02 1',
    ]);
    expect(exact.overall.count).toBe(15);
    const own = await caseStats({ groupBy: ['CLIENT', 'MONTH'] }, clientBClient);
    expect(own.groups.map((g: any) => [g.month, g.suppressed, g.count])).toEqual([['2026-01', true, null], ['2026-02', true, null]]);
    for (const small of own.groups) {
      expect(small).toMatchObject({ suppressed: true, count: null, medianDaysToAssignment: null, noShowRate: null, cancellationRate: null });
    }
  });

  it('also withholds the smallest other group when only one group is small, so the overall count cannot give it away', async () => {
    // A: six cases in January, three in February. Showing January would reveal February as 9 − 6.
    const stats = await caseStats({ filter: { clientId: [clientA] }, groupBy: ['MONTH'] }, clientAClient);
    expect(stats.groups.map((g: any) => [g.month, g.suppressed, g.count])).toEqual([
      ['2026-01', true, null],
      ['2026-02', true, null],
    ]);
    expect(stats.suppressedGroups).toBe(2);
    expect(stats.overall).toMatchObject({ suppressed: false, count: 9 });
  });

  it('suppresses the overall figures when the filter leaves fewer than five cases', async () => {
    const stats = await caseStats({ filter: { clientId: [clientA], from: '2026-02-01', to: '2026-02-28' } }, clientAClient);
    expect(stats.overall).toMatchObject({ suppressed: true, count: null, noShowRate: null });
    // For an analyst February is not there at all.
    expect((await caseStats({ filter: { clientId: [clientA], from: '2026-02-01', to: '2026-02-28' } })).overall).toMatchObject({ count: 0, noShowRate: null });
  });

  it('filters by date range, jurisdiction, line of business, specialty, status and examiner', async () => {
    const filter = { clientId: [clientA, clientB], from: '2026-01-12', to: '2026-01-31', jurisdiction: ['US-CA'], lineOfBusiness: ['AUTO'], specialtyCode: ['NEURO'], status: ['CLOSED'], examinerId: [examinerTwo.id] };
    // Client B's own cases (a client's filter is narrowed to its organisation); an analyst filters whole months only.
    expect((await caseStats({ filter }, clientBClient)).overall.count).toBe(5);
    expect((await caseStats({ filter: { ...filter, lineOfBusiness: ['WORKERS_COMP'] } }, clientBClient)).overall).toMatchObject({ suppressed: true, count: null });
    const byDay = await graphqlError(analyst().request(CASE_STATS, { filter }));
    expect(byDay.extensions.fields.map((f: any) => f.field)).toEqual(['filter.from', 'filter.jurisdiction', 'filter.lineOfBusiness', 'filter.specialtyCode', 'filter.examinerId', 'filter.status']);
  });

  it('groups by week, status and examiner, resolving the examiner through the examiners subgraph', async () => {
    // Weeks are finer than months: for administrators (exact) and clients, not for analysts.
    const weeks = await caseStats({ filter: { clientId: [clientA, clientB] }, groupBy: ['WEEK'] }, admin());
    expect(weeks.groups.map((g: any) => [g.week, g.count])).toEqual([['2026-W02', 6], ['2026-W03', 5], ['2026-W06', 3], ['2026-W07', 1]]);
    const ownWeeks = await caseStats({ groupBy: ['WEEK'] }, clientBClient);
    // Client B: one case in week 7 is withheld, and week 3 with it (the total would give it away).
    expect(ownWeeks.groups.map((g: any) => [g.week, g.count])).toEqual([['2026-W03', null], ['2026-W07', null]]);
    expect((await graphqlError(analyst().request(CASE_STATS, { groupBy: ['WEEK'] }))).extensions.code).toBe('BAD_USER_INPUT');

    const examiners = await caseStats({ filter: { clientId: [clientA] }, groupBy: ['EXAMINER'] }, clientAClient);
    const visible = examiners.groups.filter((g: any) => !g.suppressed);
    expect(visible).toHaveLength(1);
    expect(visible[0]).toMatchObject({ examinerId: examinerOne.id, examiner: { displayName: 'Stella Statham, MD' }, count: 5 });
    // Examiner two (2 cases) and the unassigned cases (2) are withheld.
    expect(examiners.groups.filter((g: any) => g.suppressed)).toHaveLength(2);

    // Two dimensions besides months are for administrators; an analyst is refused.
    const statuses = await caseStats({ filter: { clientId: [clientA, clientB] }, groupBy: ['STATUS', 'JURISDICTION'] }, admin());
    expect(statuses.groups.map((g: any) => [g.status, g.jurisdiction, g.count])).toEqual([
      ['CANCELLED', 'US-NY', 2],
      ['CLOSED', 'US-CA', 5],
      ['CLOSED', 'US-NY', 2],
      ['EXAMINED', 'US-NY', 2],
      ['NO_SHOW', 'US-NY', 1],
      ['REPORTED', 'US-NY', 1],
      ['REQUESTED', 'US-CA', 1],
      ['REQUESTED', 'US-NY', 1],
    ]);
    expect((await graphqlError(analyst().request(CASE_STATS, { groupBy: ['STATUS', 'JURISDICTION'] }))).extensions.fields).toEqual([
      { field: 'groupBy', message: expect.stringContaining('one other dimension') },
    ]);
  });

  it('refuses more than two dimensions, a repeated one and an out-of-range limit', async () => {
    const error = await graphqlError(analyst().request(CASE_STATS, { groupBy: ['MONTH', 'CLIENT', 'STATUS'], limit: 0 }));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields.map((f: any) => f.field)).toEqual(['groupBy', 'limit']);
    const repeated = await graphqlError(analyst().request(CASE_STATS, { groupBy: ['MONTH', 'MONTH'] }));
    expect(repeated.extensions.fields).toEqual([{ field: 'groupBy', message: 'groupBy names a dimension twice' }]);
    const badId = await graphqlError(analyst().request(CASE_STATS, { filter: { clientId: ['not-an-id'] } }));
    expect(badId.extensions.fields).toEqual([{ field: 'filter.clientId.0', message: expect.stringContaining('must be an id') }]);
  });

  it('truncates at the limit and says so', async () => {
    const stats = await caseStats({ filter: { clientId: [clientA, clientB] }, groupBy: ['WEEK'], limit: 2 }, admin());
    expect(stats.groups.map((g: any) => g.week)).toEqual(['2026-W02', '2026-W03']);
    expect(stats.truncated).toBe(true);
  });

  it('shows administrators every group, unsuppressed', async () => {
    const stats = await (await statsClient(t, 'ADMIN')).request<any>(CASE_STATS, { filter: { clientId: [clientA] }, groupBy: ['MONTH'] });
    expect(stats.caseStats.suppressionApplied).toBe(false);
    expect(stats.caseStats.groups.map((g: any) => [g.month, g.count])).toEqual([['2026-01', 6], ['2026-02', 3]]);
  });
});

describe('reportStats', () => {
  it('answers turnaround, on-time, addendum and claimant-copy rates over IME reports, computed by hand', async () => {
    const stats = await reportStats({ filter: { clientId: [clientA] } }, clientAClient);
    // Six IME reports (the three addenda are not counted). Turnaround of the four final ones 5 10 15 20 days:
    // median 12.5, p90 at rank 2.7 = 15 + 0.7 × 5 = 18.5. On time: 2 of 5 (four final with a due date, one
    // overdue in QA; the draft without a due date does not count). Addenda: 2 of 4 final reports, one for late
    // records, one for a client request and a correction. Claimant copy (same day in NY): on time for 2 of 4 —
    // one came a day late, one never came.
    expect(stats.overall).toEqual({
      suppressed: false,
      count: 6,
      medianTurnaroundDays: 12.5,
      p90TurnaroundDays: 18.5,
      onTimeRate: 0.4,
      addendumRate: 0.5,
      addendumRates: [
        { reason: 'LATE_RECORDS', rate: 0.25 },
        { reason: 'QUESTION_NOT_ANSWERED', rate: 0 },
        { reason: 'CLIENT_REQUEST', rate: 0.25 },
        { reason: 'CORRECTION', rate: 0.25 },
      ],
      claimantCopyOnTimeRate: 0.5,
    });
  });

  it('gives the claimant five days where the same day is not required, to the end of the fifth day (UTC)', async () => {
    const stats = await reportStats({ filter: { clientId: [clientB] } }, clientBClient);
    // Finalised on 20 January: a copy on the 25th at 23:00 is on time, one on the 26th at 00:30 is late.
    // Turnaround 10 9 5 6 7 days: median 7, p90 at rank 3.6 = 9 + 0.6 × 1 = 9.6.
    expect(stats.overall).toMatchObject({ count: 5, claimantCopyOnTimeRate: 0.8, onTimeRate: 1, addendumRate: 0, medianTurnaroundDays: 7, p90TurnaroundDays: 9.6 });
  });

  it('groups by client and by status, suppressing groups under five', async () => {
    const byClient = await reportStats({ filter: { clientId: [clientA, clientB] }, groupBy: ['CLIENT', 'JURISDICTION'] }, admin());
    expect(byClient.groups.map((g: any) => [g.clientId, g.jurisdiction, g.count])).toEqual(
      [[clientA, 'US-NY', 6], [clientB, 'US-CA', 5]].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    const byStatus = await reportStats({ filter: { clientId: [clientA] }, groupBy: ['STATUS'] }, clientAClient);
    expect(byStatus.groups.every((g: any) => g.suppressed && g.count === null && g.addendumRates === null)).toBe(true);
    expect(byStatus.suppressedGroups).toBe(4);
  });

  it('answers the same whether the statement gathers the filtered reports first (narrow filter) or not (broad)', async () => {
    // This file's database holds only the reports above, so "no filter" and "clients A and B" are the same set.
    const narrow = await reportStats({ filter: { clientId: [clientA, clientB] }, groupBy: ['CLIENT'] }, admin());
    const broad = await reportStats({ filter: { jurisdiction: ['US-NY', 'US-CA'] }, groupBy: ['CLIENT'] }, admin());
    expect(broad).toEqual(narrow);
    expect(narrow.overall.count).toBe(11);
  });

  it('filters by exam date, status and line of business', async () => {
    const stats = await reportStats({ filter: { clientId: [clientA, clientB], from: '2026-01-10', to: '2026-01-12', status: ['DELIVERED'], lineOfBusiness: ['WORKERS_COMP', 'AUTO'] } }, admin());
    // A: three delivered with exams 10–12 January; B: exams on 10, 11 and 12 January.
    expect(stats.overall.count).toBe(6);
  });
});

describe('statistics through the gateway', () => {
  it('answers case and report statistics in one request', async () => {
    const data = await admin().request<any>(
      `query ($clients: [ID!]) {
        caseStats(filter: { clientId: $clients }, groupBy: [JURISDICTION]) { groups { jurisdiction count } }
        reportStats(filter: { clientId: $clients }, groupBy: [JURISDICTION]) { groups { jurisdiction count specialty { code } } }
      }`,
      { clients: [clientA, clientB] },
    );
    expect(data.caseStats.groups).toEqual([{ jurisdiction: 'US-CA', count: 6 }, { jurisdiction: 'US-NY', count: 9 }]);
    expect(data.reportStats.groups.map((g: any) => [g.jurisdiction, g.count])).toEqual([['US-CA', 5], ['US-NY', 6]]);
  });

  it('never offers a claimant field on statistics types', async () => {
    for (const type of ['CaseStatsGroup', 'CaseStats', 'ReportStatsGroup', 'ReportStats']) {
      const data = await t.gateway.request<any>(`query ($name: String!) { __type(name: $name) { fields { name } } }`, { name: type });
      const names = data.__type.fields.map((f: any) => f.name as string);
      expect(names.length).toBeGreaterThan(3);
      expect(names.filter((n: string) => /claimant(?!CopyOnTimeRate)/i.test(n))).toEqual([]);
    }
  });

  it('exports any statistics result as CSV for spreadsheets, suppression included', async () => {
    const base = t.gatewayUrl.replace(/\/graphql$/, '');
    const asAnalyst = { headers: { authorization: `Bearer ${await t.token({ role: 'ANALYST' })}` } };
    const anonymous = await fetch(`${base}/stats/cases.csv`);
    expect(anonymous.status).toBe(401);
    const asAdmin = { headers: { authorization: `Bearer ${await t.token({ role: 'ADMIN' })}` } };
    const asClientA = { headers: { authorization: `Bearer ${await t.token({ role: 'CLIENT', clientId: clientA })}` } };
    const response = await fetch(`${base}/stats/cases.csv?clientId=${clientA},${clientB}&groupBy=CLIENT,MONTH`, asAdmin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'scope,clientId,clientName,month,suppressed,count,medianDaysToAssignment,p90DaysToAssignment,medianDaysToExam,p90DaysToExam,noShowRate,cancellationRate,chargeableCancellationRate,nonChargeableCancellationRate',
    );
    // All 15 cases: days to assignment 1 1 2 2 3 3 4 4 5 5 6 8 (median 3.5, p90 at rank 9.9 = 5.9); to exam
    // 10 ×6, 12, 20, 30, 40 (median 10, p90 at rank 8.1 = 31); no-shows 2 of 11 attempted; 2 of 15 cancelled.
    expect(lines).toContain('overall,,,,false,15,3.5,5.9,10,31,0.1818,0.1333,0.0667,0.0667');
    expect(lines).toContain(`group,${clientA},Stats Insurer A,2026-01,false,6,4,7.2,25,37,0.25,0.1667,0.1667,0`);
    expect(lines).toHaveLength(6); // the header, the overall row and four groups
    const own = (await (await fetch(`${base}/stats/cases.csv?groupBy=CLIENT,MONTH`, asClientA)).text()).trim().split('\r\n');
    expect(own).toContain(`group,${clientA},Stats Insurer A,2026-02,true,,,,,,,,,`);

    // An analyst's CSV is what the protected tables publish: January only, and small examiner groups withheld.
    const deidentified = (await (await fetch(`${base}/stats/cases.csv?clientId=${clientA},${clientB}&groupBy=CLIENT,MONTH`, asAnalyst)).text()).trim().split('\r\n');
    expect(deidentified).toContain(`group,${clientA},Stats Insurer A,2026-01,false,6,4,7.2,,,,,,0`);
    expect(deidentified).toHaveLength(4);
    const examiners = (await (await fetch(`${base}/stats/cases.csv?groupBy=EXAMINER`, asAnalyst)).text()).trim().split('\r\n');
    // January: five cases each for the two examiners, one unassigned. The one is withheld, and one examiner's five
    // with it (through both totals), or the month's total would give it away.
    // Withheld groups are left out, as empty ones are: a withheld group listed would say it holds cases.
    const groups = examiners.filter((l) => l.startsWith('group,'));
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatch(/^group,[0-9a-f-]{36},(?:"[^"]*"|[^,]*),false,5,/);
    expect(examiners[1]).toMatch(/^overall,,,false,11,/);

    const reports = await fetch(`${base}/stats/reports.csv?clientId=${clientA}`, asClientA);
    expect((await reports.text()).split('\r\n')[1]).toBe('overall,false,6,12.5,18.5,0.4,0.5,0.25,0,0.25,0.25,0.5');

    const refused = await fetch(`${base}/stats/cases.csv?groupBy=MONTH,CLIENT,STATUS`, asAnalyst);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
