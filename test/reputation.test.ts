import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addVerifiedCredential, createExaminer, graphqlError, isoDate } from './support/fixtures';
import { panelWorld, scheduledCase, timeTravelToExam } from './support/journey';
import { startTestPlatform, type TestPlatform } from './support/platform';

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(async () => {
  await t?.close();
});

/** Takes a scheduled, noticed case through the exam and a complete report to FINAL. */
async function examineAndReport(caseId: string, version: number, beforeSubmit?: (reportId: string) => Promise<void>) {
  await timeTravelToExam(t.sql, caseId);
  await t.gateway.request(`mutation ($id: ID!, $v: Int!) { markExamined(caseId: $id, version: $v) { id } }`, { id: caseId, v: version });
  const { startReport: report } = await t.gateway.request<any>(`mutation ($c: ID!) { startReport(input: { caseId: $c }) { id version questions { id } } }`, { c: caseId });
  const { updateReport: updated } = await t.gateway.request<any>(
    `mutation ($id: ID!, $v: Int!, $input: UpdateReportInput!) { updateReport(id: $id, version: $v, input: $input) { version } }`,
    {
      id: report.id,
      v: report.version,
      input: {
        recordsReviewed: ['Clinic notes'],
        diagnoses: [{ icd10: 'M17.12' }],
        answers: report.questions.map((q: any) => ({ questionId: q.id, answer: 'Answered.' })),
        causationOpinion: 'Degenerative.',
        mmiReached: true,
        mmiDate: isoDate(-1),
      },
    },
  );
  await beforeSubmit?.(report.id);
  const { submitReport } = await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!) { submitReport(id: $id, version: $v) { version } }`, { id: report.id, v: updated.version });
  const { startReportQa } = await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!) { startReportQa(id: $id, version: $v) { version } }`, { id: report.id, v: submitReport.version });
  await t.gateway.request(`mutation ($id: ID!, $v: Int!) { finaliseReport(id: $id, version: $v) { id } }`, { id: report.id, v: startReportQa.version });
  return report.id as string;
}

const REFRESH = `mutation { refreshReputation { examinersScored takenAt } }`;
const REPUTATION = `query ($id: ID!) { examiner(id: $id) {
  reputationScore
  reputation { score reportsCounted examsCounted components { name value weight } history { score takenAt } }
  reportMetrics { reportsCounted onTimeRate medianTurnaroundDays }
  caseMetrics { appointmentsCounted examsCounted }
} }`;

describe('reputation', () => {
  it('drops after a late report: the on-time rate and the composite go down on the next refresh', async () => {
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const examiner = world.examiners[0];
    const first = await scheduledCase(t.gateway, world, examiner.id);
    await examineAndReport(first.id, first.version);
    await t.gateway.request(REFRESH);
    const before = (await t.gateway.request<any>(REPUTATION, { id: examiner.id })).examiner;
    expect(before.reportMetrics).toMatchObject({ reportsCounted: 1, onTimeRate: 1 });
    expect(before.caseMetrics).toMatchObject({ appointmentsCounted: 1, examsCounted: 1 });
    expect(before.reputation.score).toBeGreaterThan(0);
    // The sample the score rests on, as the refresh counted it (the console's "from 1 report").
    expect(before.reputation).toMatchObject({ reportsCounted: 1, examsCounted: 1 });
    expect(before.reputationScore).toBe(before.reputation.score);

    const second = await scheduledCase(t.gateway, world, examiner.id);
    // The report is submitted after its due date: make the due date yesterday before submitting.
    await examineAndReport(second.id, second.version, async (reportId) => {
      await t.sql.query(`update reports.report set due_date = current_date - 1 where id = $1`, [reportId]);
    });
    await t.gateway.request(REFRESH);
    const after = (await t.gateway.request<any>(REPUTATION, { id: examiner.id })).examiner;
    expect(after.reportMetrics).toMatchObject({ reportsCounted: 2, onTimeRate: 0.5 });
    expect(after.reputation.score).toBeLessThan(before.reputation.score);
    expect(after.reputation.history).toHaveLength(2);
    expect(after.reputation).toMatchObject({ reportsCounted: 2, examsCounted: 2 });
    const timeliness = after.reputation.components.find((c: any) => c.name === 'timeliness');
    expect(timeliness.value).toBe(50);
  });

  it('counts QA audits and complaints, and previews other weights without changing scores', async () => {
    const examiner = await createExaminer(t.gateway);
    await t.gateway.request(
      `mutation ($id: ID!) { a: recordReputationEvent(examinerId: $id, input: { kind: QA_AUDIT, score: 90 }) { id } b: recordReputationEvent(examinerId: $id, input: { kind: QA_AUDIT, score: 70 }) { id } }`,
      { id: examiner.id },
    );
    await t.gateway.request(REFRESH);
    const scored = (await t.gateway.request<any>(REPUTATION, { id: examiner.id })).examiner;
    expect(scored.reputation.components.find((c: any) => c.name === 'audit').value).toBe(80);
    expect(scored.reputation.score).toBe(80);
    const badScore = await graphqlError(
      t.gateway.request(`mutation ($id: ID!) { recordReputationEvent(examinerId: $id, input: { kind: CLIENT_FEEDBACK, score: 9 }) { id } }`, { id: examiner.id }),
    );
    expect(badScore.extensions.fields).toEqual([{ field: 'input.score', message: 'Feedback needs a whole-number rating from 1 to 5' }]);
    const weights = { timeliness: 1, turnaround: 1, completeness: 1, qa: 1, audit: 0, reliability: 1, conduct: 1, credentials: 1 };
    const preview = await t.gateway.request<any>(
      `query ($input: ReputationWeightsInput!) { previewReputationWeights(input: $input, page: { limit: 200 }) { total items { examiner { id } currentScore previewScore } } }`,
      { input: weights },
    );
    const mine = preview.previewReputationWeights.items.find((i: any) => i.examiner.id === examiner.id);
    expect(mine).toMatchObject({ currentScore: 80, previewScore: null });
  });
});

describe('credential tracking', () => {
  it('lists expiring credentials and removes an examiner with an expired licence from eligibility on that date', async () => {
    const world = await panelWorld(t.gateway, { examiners: 0 });
    const examiner = await createExaminer(t.gateway, { specialties: [{ code: world.specialty.code }] });
    const licence = await addVerifiedCredential(t.gateway, examiner.id, { jurisdiction: 'US-NY', expiresOn: isoDate(30) });
    const expiring = await t.gateway.request<any>(`query { expiringCredentials(withinDays: 60, page: { limit: 200 }) { items { id expiryState } } }`);
    expect(expiring.expiringCredentials.items).toContainEqual({ id: licence.id, expiryState: 'EXPIRING' });
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { changeExaminerStatus(id: $id, version: $v, input: { status: ACTIVE }) { id } }`, {
      id: examiner.id,
      v: examiner.version,
    });
    const question = (examDate: string) => ({ specialtyCode: world.specialty.code, jurisdiction: 'US-NY', examDate });
    const EXPLAIN = `query ($id: ID!, $input: EligibilityInput!) { explainEligibility(examinerId: $id, input: $input) { eligible rules { rule passed reason } } }`;
    const inTime = await t.gateway.request<any>(EXPLAIN, { id: examiner.id, input: question(isoDate(10)) });
    expect(inTime.explainEligibility.eligible).toBe(true);
    const afterExpiry = await t.gateway.request<any>(EXPLAIN, { id: examiner.id, input: question(isoDate(31)) });
    expect(afterExpiry.explainEligibility.eligible).toBe(false);
    const licenceRule = afterExpiry.explainEligibility.rules.find((r: any) => r.rule === 'MEDICAL_LICENSE');
    expect(licenceRule.passed).toBe(false);
    expect(licenceRule.reason).toContain(isoDate(30));
    const eligibleLater = await t.gateway.request<any>(
      `query ($input: EligibilityInput!) { eligibleExaminers(input: $input) { examiner { id } } }`,
      { input: question(isoDate(31)) },
    );
    expect(eligibleLater.eligibleExaminers.map((e: any) => e.examiner.id)).not.toContain(examiner.id);
  });
});
