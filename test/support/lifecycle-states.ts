import type { GraphQLClient } from 'graphql-request';
import type pg from 'pg';
import { caseInput } from './fixtures';
import { earliestSlot, examDateAhead, timeTravelToExam } from './journey';

/** Report content that passes the completeness check for a case with the default referral questions. */
export const completeReportContent = (questions: { id: string }[]) => ({
  recordsReviewed: ['Clinic notes'],
  diagnoses: [{ icd10: 'M54.16' }],
  answers: questions.map((q) => ({ questionId: q.id, answer: 'Answered.' })),
  causationOpinion: 'Work-related.',
  mmiReached: false,
});

/**
 * Cases and reports brought, as an administrator, to the state a lifecycle operation starts from — so a test
 * can then try that operation as another role. Each call makes fresh records.
 */
export function lifecycleStates(admin: GraphQLClient, sql: pg.Pool, specialtyCode: string) {
  const version = async (id: string) => (await sql.query('select version from cases.ime_case where id = $1', [id])).rows[0].version as number;
  const reportVersion = async (id: string) => (await sql.query('select version from reports.report where id = $1', [id])).rows[0].version as number;

  const states = {
    version,
    reportVersion,
    async requested(clientId: string, overrides: Record<string, unknown> = {}) {
      const data = await admin.request<any>(`mutation ($input: CreateCaseInput!) { createCase(input: $input) { id version } }`, {
        input: caseInput(clientId, { requiredSpecialtyCode: specialtyCode, ...overrides }),
      });
      return data.createCase as { id: string; version: number };
    },
    /** A case with an open panel of two (the world's examiners E and F). */
    async withPanel(clientId: string) {
      const kase = await states.requested(clientId);
      const data = await admin.request<any>(
        `mutation ($id: ID!) { proposePanel(caseId: $id, input: { size: 2, allowSmallerPanel: true }) { id members { examinerId } } }`,
        { id: kase.id },
      );
      return { caseId: kase.id, panelId: data.proposePanel.id as string, members: data.proposePanel.members.map((m: any) => m.examinerId) as string[] };
    },
    async assigned(clientId: string, examinerId: string, overrides: Record<string, unknown> = {}) {
      const kase = await states.requested(clientId, overrides);
      await admin.request(`mutation ($id: ID!, $v: Int!, $e: ID!) { assignExaminer(caseId: $id, version: $v, examinerId: $e) { id } }`, {
        id: kase.id,
        v: kase.version,
        e: examinerId,
      });
      return { id: kase.id, version: await version(kase.id) };
    },
    /** Assigned and booked in the examiner's earliest free slot; `overrides` go into the case created. */
    async scheduled(clientId: string, examinerId: string, overrides: Record<string, unknown> = {}) {
      const kase = await states.assigned(clientId, examinerId, overrides);
      await admin.request(
        `mutation ($id: ID!, $v: Int!, $at: DateTime!) { scheduleExam(caseId: $id, version: $v, input: { scheduledAt: $at }) { id } }`,
        { id: kase.id, v: kase.version, at: (await earliestSlot(admin, kase.id, examDateAhead())).startsAt },
      );
      return { id: kase.id, version: await version(kase.id) };
    },
    async noticed(clientId: string, examinerId: string) {
      const kase = await states.scheduled(clientId, examinerId);
      await admin.request(`mutation ($id: ID!, $v: Int!) { serveNotice(caseId: $id, version: $v, input: { method: EMAIL }) { id } }`, {
        id: kase.id,
        v: kase.version,
      });
      return { id: kase.id, version: await version(kase.id) };
    },
    /** Noticed, and the days until the exam have passed. */
    async examDue(clientId: string, examinerId: string) {
      const kase = await states.noticed(clientId, examinerId);
      await timeTravelToExam(sql, kase.id);
      return kase;
    },
    async examined(clientId: string, examinerId: string) {
      const kase = await states.examDue(clientId, examinerId);
      await admin.request(`mutation ($id: ID!, $v: Int!) { markExamined(caseId: $id, version: $v) { id } }`, { id: kase.id, v: kase.version });
      return { id: kase.id, version: await version(kase.id) };
    },
    /** A complete DRAFT report on an examined case. */
    async completeDraft(clientId: string, examinerId: string) {
      const kase = await states.examined(clientId, examinerId);
      const { startReport: report } = await admin.request<any>(`mutation ($id: ID!) { startReport(input: { caseId: $id }) { id version questions { id } } }`, { id: kase.id });
      await admin.request(`mutation ($id: ID!, $v: Int!, $input: UpdateReportInput!) { updateReport(id: $id, version: $v, input: $input) { id } }`, {
        id: report.id,
        v: report.version,
        input: completeReportContent(report.questions),
      });
      return { caseId: kase.id, id: report.id as string, version: await reportVersion(report.id) };
    },
    async submitted(clientId: string, examinerId: string) {
      const report = await states.completeDraft(clientId, examinerId);
      await admin.request(`mutation ($id: ID!, $v: Int!) { submitReport(id: $id, version: $v) { id } }`, { id: report.id, v: report.version });
      return { ...report, version: await reportVersion(report.id) };
    },
    async inQa(clientId: string, examinerId: string) {
      const report = await states.submitted(clientId, examinerId);
      await admin.request(`mutation ($id: ID!, $v: Int!) { startReportQa(id: $id, version: $v) { id } }`, { id: report.id, v: report.version });
      return { ...report, version: await reportVersion(report.id) };
    },
    /** A FINAL report (the case is REPORTED). */
    async final(clientId: string, examinerId: string) {
      const report = await states.inQa(clientId, examinerId);
      await admin.request(`mutation ($id: ID!, $v: Int!) { finaliseReport(id: $id, version: $v) { id } }`, { id: report.id, v: report.version });
      return { ...report, version: await reportVersion(report.id) };
    },
    /** A REPORTED case whose final report reached every required recipient: ready to close. */
    async closable(clientId: string, examinerId: string) {
      const report = await states.final(clientId, examinerId);
      const { report: delivered } = await admin.request<any>(`query ($id: ID!) { report(id: $id) { requiredRecipients } }`, { id: report.id });
      await admin.request(`mutation ($id: ID!, $d: [DeliveryInput!]!) { recordReportDeliveries(id: $id, deliveries: $d) { id } }`, {
        id: report.id,
        d: delivered.requiredRecipients.map((recipient: string) => ({ recipient, method: 'EMAIL' })),
      });
      return { id: report.caseId, version: await version(report.caseId) };
    },
  };
  return states;
}
