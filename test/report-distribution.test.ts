import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, graphqlError, uniqueNpi } from './support/fixtures';
import { caseState, panelWorld } from './support/journey';
import { completeReportContent } from './support/lifecycle-states';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { markExamined } from './support/security-fixtures';

/**
 * A case closes only once its final report reached every recipient the jurisdiction requires (NY WCL §137: the
 * Board, the carrier, the treating physician, the claimant's representative and the claimant, the same day), and
 * a delivery is recorded only for a time between the report's finalisation and now (docs/rules.md).
 */
let t: TestPlatform;
let world: Awaited<ReturnType<typeof panelWorld>>;
beforeAll(async () => {
  t = await startTestPlatform();
  world = await panelWorld(t.gateway, { examiners: 1 });
});
afterAll(async () => {
  await t?.close();
});

const FINALISE = `mutation ($id: ID!, $v: Int!, $input: FinaliseReportInput) { finaliseReport(id: $id, version: $v, input: $input) { status version } }`;
const DELIVER = `mutation ($id: ID!, $d: [DeliveryInput!]!) { recordReportDeliveries(id: $id, deliveries: $d) { status missingRecipients sameDayViolation distributionIssues } }`;
const CLOSE = `mutation ($id: ID!, $v: Int!, $note: String) { closeCase(caseId: $id, version: $v, sameDayBreachNote: $note) { status closedAt timeline { type note } } }`;

/** An examined NY case with a representative and a treating physician, and its complete report in QA. */
async function reportInQa() {
  const kase = await createCase(t.gateway, world.client.id, {
    requiredSpecialtyCode: world.specialty.code,
    treatingProviderNpis: [uniqueNpi()],
    claimant: { firstName: 'Rosa', lastName: 'Delivery', dateOfBirth: '1975-02-03', latitude: 42.65, longitude: -73.75, language: 'en', representative: { name: 'Sam Counsel', firm: 'Counsel LLP' } },
  });
  await markExamined(t, kase.id, world.examiners[0]!.id);
  const { startReport: report } = await t.gateway.request<any>(`mutation ($id: ID!) { startReport(input: { caseId: $id }) { id version requiredRecipients questions { id } } }`, { id: kase.id });
  expect(report.requiredRecipients).toEqual(['CLIENT', 'CLAIMANT', 'BOARD', 'TREATING_PHYSICIAN', 'CLAIMANT_REPRESENTATIVE']);
  let version = (
    await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!, $input: UpdateReportInput!) { updateReport(id: $id, version: $v, input: $input) { version } }`, {
      id: report.id,
      v: report.version,
      input: completeReportContent(report.questions),
    })
  ).updateReport.version;
  version = (await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!) { submitReport(id: $id, version: $v) { version } }`, { id: report.id, v: version })).submitReport.version;
  version = (await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!) { startReportQa(id: $id, version: $v) { version } }`, { id: report.id, v: version })).startReportQa.version;
  return { caseId: kase.id, reportId: report.id as string, version: version as number };
}

async function finalReport() {
  const qa = await reportInQa();
  await t.gateway.request(FINALISE, { id: qa.reportId, v: qa.version });
  const state = await caseState(t.gateway, qa.caseId);
  expect(state.status).toBe('REPORTED');
  return { ...qa, caseVersion: state.version };
}

const deliveries = async (reportId: string) => (await t.sql.query('select recipient from reports.report_delivery where report_id = $1 order by recipient', [reportId])).rows;
const delivery = (recipient: string, deliveredAt?: Date) => ({ recipient, method: 'EMAIL', ...(deliveredAt ? { deliveredAt: deliveredAt.toISOString() } : {}) });
const DAY = 86_400_000;

describe('recording deliveries', () => {
  it('refuses a delivery time in the future, recording none of the batch', async () => {
    const report = await finalReport();
    const weekAhead = new Date(Date.now() + 7 * DAY);
    const error = await graphqlError(t.gateway.request(DELIVER, { id: report.reportId, d: [delivery('CLIENT'), delivery('CLAIMANT', weekAhead)] }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'deliveries.1.deliveredAt', message: expect.stringContaining('is later than now') }] });
    expect(await deliveries(report.reportId)).toEqual([]);
    // …so the case cannot close on a copy nobody has yet.
    const close = await graphqlError(t.gateway.request(CLOSE, { id: report.caseId, v: report.caseVersion }));
    expect(close.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'REPORT_NOT_DELIVERED' });
    expect(await caseState(t.gateway, report.caseId)).toMatchObject({ status: 'REPORTED', version: report.caseVersion });
  });

  it('refuses a delivery time before the report was finalised', async () => {
    const report = await finalReport();
    const error = await graphqlError(t.gateway.request(DELIVER, { id: report.reportId, d: [delivery('CLIENT', new Date(Date.now() - DAY))] }));
    expect(error.extensions.fields).toEqual([{ field: 'deliveries.0.deliveredAt', message: expect.stringContaining('is before the report was finalised') }]);
    expect(await deliveries(report.reportId)).toEqual([]);
  });

  it('refuses a future delivery given with the finalisation, which then does not happen', async () => {
    const qa = await reportInQa();
    const error = await graphqlError(
      t.gateway.request(FINALISE, { id: qa.reportId, v: qa.version, input: { deliveries: [delivery('CLIENT', new Date(Date.now() + DAY))] } }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.deliveries.0.deliveredAt', message: expect.stringContaining('later than now') }] });
    const row = await t.sql.query('select status, finalised_at from reports.report where id = $1', [qa.reportId]);
    expect(row.rows[0]).toEqual({ status: 'IN_QA', finalised_at: null });
    expect(await caseState(t.gateway, qa.caseId)).toMatchObject({ status: 'EXAMINED' });
  });
});

describe('closing a case', () => {
  it('requires every recipient NY requires, naming the missing ones, and closes once they all have it', async () => {
    const report = await finalReport();
    const partial = await t.gateway.request<any>(DELIVER, { id: report.reportId, d: [delivery('CLIENT'), delivery('CLAIMANT')] });
    expect(partial.recordReportDeliveries).toMatchObject({ status: 'FINAL', missingRecipients: ['BOARD', 'TREATING_PHYSICIAN', 'CLAIMANT_REPRESENTATIVE'], sameDayViolation: null });

    const error = await graphqlError(t.gateway.request(CLOSE, { id: report.caseId, v: report.caseVersion }));
    expect(error.extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'REPORT_NOT_DELIVERED',
      missingRecipients: ['BOARD', 'TREATING_PHYSICIAN', 'CLAIMANT_REPRESENTATIVE'],
      reportId: report.reportId,
    });
    expect(error.message).toContain("CLOSED requires the final report delivered to the Board, the treating physician and the claimant's representative");
    expect(await caseState(t.gateway, report.caseId)).toMatchObject({ status: 'REPORTED', version: report.caseVersion });

    await t.gateway.request(DELIVER, { id: report.reportId, d: [delivery('BOARD'), delivery('TREATING_PHYSICIAN'), delivery('CLAIMANT_REPRESENTATIVE')] });
    const closed = await t.gateway.request<any>(CLOSE, { id: report.caseId, v: report.caseVersion });
    expect(closed.closeCase.status).toBe('CLOSED');
  });

  it('requires the same day where the rule says so; only an administrator closes anyway, with the breach on record', async () => {
    const report = await finalReport();
    // Finalised two days ago; four copies went out the next day, the Board's only today.
    await t.sql.query(`update reports.report set finalised_at = now() - interval '2 days' where id = $1`, [report.reportId]);
    const dayAfter = new Date(Date.now() - 36 * 3600 * 1000);
    const delivered = await t.gateway.request<any>(DELIVER, {
      id: report.reportId,
      d: [...['CLIENT', 'CLAIMANT', 'TREATING_PHYSICIAN', 'CLAIMANT_REPRESENTATIVE'].map((r) => delivery(r, dayAfter)), delivery('BOARD')],
    });
    expect(delivered.recordReportDeliveries).toMatchObject({ status: 'DELIVERED', missingRecipients: [] });
    expect(delivered.recordReportDeliveries.sameDayViolation).toContain('the same day');

    const error = await graphqlError(t.gateway.request(CLOSE, { id: report.caseId, v: report.caseVersion }));
    expect(error.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'REPORT_SAME_DAY_DELIVERY', missingRecipients: [] });
    expect(error.extensions.sameDayViolation).toContain('BOARD on');
    const client = await t.as({ role: 'CLIENT', clientId: world.client.id });
    const notTheirs = await graphqlError(client.request(CLOSE, { id: report.caseId, v: report.caseVersion, note: 'Closing anyway' }));
    expect(notTheirs.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await caseState(t.gateway, report.caseId)).toMatchObject({ status: 'REPORTED', version: report.caseVersion });

    const closed = await t.gateway.request<any>(CLOSE, { id: report.caseId, v: report.caseVersion, note: 'Board copy re-sent by courier; breach reported to the Board' });
    expect(closed.closeCase.status).toBe('CLOSED');
    expect(closed.closeCase.timeline.at(-1)).toMatchObject({
      type: 'CLOSED',
      note: expect.stringContaining('Closed with the same-day rule broken'),
    });
    expect(closed.closeCase.timeline.at(-1).note).toContain('Board copy re-sent by courier');
  });
});
