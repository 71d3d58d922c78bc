import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from './support/clock';
import { createCase } from './support/fixtures';
import { panelWorld } from './support/journey';
import { completeReportContent } from './support/lifecycle-states';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { markExamined } from './support/security-fixtures';

/**
 * The reports subgraph reads "now" and "today" from the platform clock (packages/runtime/src/clock.ts): when a
 * report was submitted, reviewed and finalised, whether it is overdue, and whether its claimant copy is past due
 * (docs/rules.md, "Report lifecycle", claimant right 4) — not from the system time nor the database's.
 */
const clock = new TestClock();
let t: TestPlatform;
let world: Awaited<ReturnType<typeof panelWorld>>;
beforeAll(async () => {
  t = await startTestPlatform({}, { clock });
  world = await panelWorld(t.gateway, { examiners: 1 });
});
afterEach(() => clock.reset());
afterAll(async () => {
  await t?.close();
});

const DAY = 86_400_000;

/** A DRAFT report, complete, on a NY case examined today (due 10 business days later). */
async function draftReport() {
  const kase = await createCase(t.gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code });
  await markExamined(t, kase.id, world.examiners[0]!.id);
  const { startReport: report } = await t.gateway.request<any>(`mutation ($id: ID!) { startReport(input: { caseId: $id }) { id version dueDate questions { id } } }`, {
    id: kase.id,
  });
  const { updateReport } = await t.gateway.request<any>(
    `mutation ($id: ID!, $v: Int!, $input: UpdateReportInput!) { updateReport(id: $id, version: $v, input: $input) { version } }`,
    { id: report.id, v: report.version, input: completeReportContent(report.questions) },
  );
  return { caseId: kase.id as string, reportId: report.id as string, version: updateReport.version as number, dueDate: report.dueDate as string };
}

async function submitted(report: { reportId: string; version: number }) {
  const { submitReport } = await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!) { submitReport(id: $id, version: $v) { version } }`, { id: report.reportId, v: report.version });
  const { startReportQa } = await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!) { startReportQa(id: $id, version: $v) { version } }`, { id: report.reportId, v: submitReport.version });
  return startReportQa.version as number;
}

const overdue = async (caseId: string) =>
  (await t.gateway.request<any>(`query ($caseId: ID!) { reports(filter: { caseId: $caseId, overdue: true }) { total } }`, { caseId })).reports.total as number;

const overdueClaimantCopies = async () => (await t.gateway.request<any>(`{ overdueClaimantCopies(page: { limit: 200 }) { items { id } } }`)).overdueClaimantCopies.items.map((r: { id: string }) => r.id);

describe('the reports subgraph on the clock', () => {
  it("counts a report overdue once its due date has passed on the clock's today", async () => {
    const report = await draftReport();
    expect(report.dueDate).toBeTruthy();
    expect(await overdue(report.caseId)).toBe(0);
    clock.set(new Date(new Date(`${report.dueDate}T12:00:00Z`).getTime() + DAY));
    expect(await overdue(report.caseId)).toBe(1);
  });

  it('stamps submission, the QA review and finalisation with the clock, and finds the claimant copy past due on it', async () => {
    const report = await draftReport();
    clock.advanceDays(2);
    const version = await submitted(report);
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { finaliseReport(id: $id, version: $v) { status } }`, { id: report.reportId, v: version });
    const row = (await t.sql.query('select submitted_at, first_submitted_at, finalised_at from reports.report where id = $1', [report.reportId])).rows[0];
    const review = (await t.sql.query('select reviewed_at from reports.qa_review where report_id = $1', [report.reportId])).rows[0];
    for (const stamp of [row.submitted_at, row.first_submitted_at, row.finalised_at, review.reviewed_at] as Date[]) {
      expect(Math.abs(stamp.getTime() - clock.now().getTime())).toBeLessThan(DAY / 2);
    }

    // NY requires every copy the same day: the claimant's is due by the end of the (clock's) day of finalisation.
    expect(await overdueClaimantCopies()).not.toContain(report.reportId);
    clock.advanceDays(7);
    expect(await overdueClaimantCopies()).toContain(report.reportId);
  });
});
