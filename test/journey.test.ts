import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256, transfer } from './support/documents';
import { createCase, graphqlError } from './support/fixtures';
import { caseState, examDateAhead, panelWorld, timeTravelToExam } from './support/journey';
import { startTestPlatform, type TestPlatform } from './support/platform';

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(async () => {
  await t?.close();
});

const PROPOSE = `mutation ($caseId: ID!, $input: ProposePanelInput) { proposePanel(caseId: $caseId, input: $input) { id seed status poolSize members { examinerId position } } }`;
const STRIKE = `mutation ($panelId: ID!, $examinerId: ID!, $by: CaseParty!) { strikePanelMember(panelId: $panelId, input: { examinerId: $examinerId, by: $by }) { id } }`;
const SELECT = `mutation ($panelId: ID!, $examinerId: ID!, $by: CaseParty!) { selectPanelMember(panelId: $panelId, input: { examinerId: $examinerId, by: $by }) { id status } }`;
const SCHEDULE = `mutation ($id: ID!, $version: Int!, $at: DateTime!) { scheduleExam(caseId: $id, version: $version, input: { scheduledAt: $at, location: "1 Main St, Albany NY" }) { version status } }`;
const NOTICE = `mutation ($id: ID!, $version: Int!) { serveNotice(caseId: $id, version: $version, input: { method: EMAIL }) { version notices { purpose rightsStatement examinerName } } }`;
const EXAMINED = `mutation ($id: ID!, $version: Int!) { markExamined(caseId: $id, version: $version) { version status } }`;
const START_REPORT = `mutation ($caseId: ID!) { startReport(input: { caseId: $caseId }) { id version status dueDate questions { id text } requiredRecipients } }`;
const UPDATE_REPORT = `mutation ($id: ID!, $version: Int!, $input: UpdateReportInput!) { updateReport(id: $id, version: $version, input: $input) { version missingItems { field } } }`;
const SUBMIT = `mutation ($id: ID!, $version: Int!) { submitReport(id: $id, version: $version) { version status } }`;
const START_QA = `mutation ($id: ID!, $version: Int!) { startReportQa(id: $id, version: $version) { version status } }`;
const REQUEST_CHANGES = `mutation ($id: ID!, $version: Int!) { requestReportChanges(id: $id, version: $version, input: { notes: "Cite the records reviewed by date" }) { version status } }`;
const FINALISE = `mutation ($id: ID!, $version: Int!, $input: FinaliseReportInput) { finaliseReport(id: $id, version: $version, input: $input) { version status distributionIssues } }`;
const DELIVER = `mutation ($id: ID!, $deliveries: [DeliveryInput!]!) { recordReportDeliveries(id: $id, deliveries: $deliveries) { status distributionIssues } }`;
const CLOSE = `mutation ($id: ID!, $version: Int!) { closeCase(caseId: $id, version: $version) { status closedAt } }`;

describe('the IME journey through the gateway', () => {
  it('goes from request to closed case, refusing each step taken out of turn with the rule that refused it', async () => {
    const world = await panelWorld(t.gateway, { examiners: 4 });
    const kase = await createCase(t.gateway, world.client.id, {
      requiredSpecialtyCode: world.specialty.code,
      reasons: ['CAUSATION', 'MMI'],
      claimant: { firstName: 'Rosa', lastName: 'Journey', dateOfBirth: '1975-02-03', latitude: 42.65, longitude: -73.75, language: 'en', representative: { name: 'Sam Counsel', firm: 'Counsel LLP' } },
    });

    // Panel: a seeded draw of 3 from the 4 eligible, reproducible from its seed.
    const first = (await t.gateway.request<any>(PROPOSE, { caseId: kase.id, input: { seed: 'journey-seed' } })).proposePanel;
    expect(first.members).toHaveLength(3);
    expect(first.poolSize).toBe(4);
    const again = (await t.gateway.request<any>(PROPOSE, { caseId: kase.id, input: { seed: 'journey-seed' } })).proposePanel;
    expect(again.members).toEqual(first.members);
    const panels = await t.sql.query(`select status from cases.panel where case_id = $1 order by proposed_at`, [kase.id]);
    expect(panels.rows.map((r) => r.status)).toEqual(['SUPERSEDED', 'OPEN']);

    // Strike: each side once.
    const [a, b, c] = again.members.map((m: any) => m.examinerId);
    await t.gateway.request(STRIKE, { panelId: again.id, examinerId: a, by: 'CLIENT' });
    const twice = await graphqlError(t.gateway.request(STRIKE, { panelId: again.id, examinerId: b, by: 'CLIENT' }));
    expect(twice.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'ONE_STRIKE_PER_SIDE' });
    await t.gateway.request(STRIKE, { panelId: again.id, examinerId: b, by: 'ATTORNEY' });
    const struckPick = await graphqlError(t.gateway.request(SELECT, { panelId: again.id, examinerId: a, by: 'CLAIMANT' }));
    expect(struckPick.extensions.rule).toBe('MEMBER_STRUCK');
    const selected = await t.gateway.request<any>(SELECT, { panelId: again.id, examinerId: c, by: 'CLAIMANT' });
    expect(selected.selectPanelMember.status).toBe('SELECTED');
    let state = await caseState(t.gateway, kase.id);
    expect(state).toMatchObject({ status: 'ASSIGNED', examinerId: c });

    // Schedule: tomorrow is inside NY's 7-business-day notice lead time; three weeks out is fine.
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    const tooEarly = await graphqlError(t.gateway.request(SCHEDULE, { id: kase.id, version: state.version, at: tomorrow.toISOString() }));
    expect(tooEarly.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'NOTICE_LEAD_TIME' });
    expect(tooEarly.message).toContain('7 business days');
    const scheduled = await t.gateway.request<any>(SCHEDULE, { id: kase.id, version: state.version, at: examDateAhead().toISOString() });
    expect(scheduled.scheduleExam.status).toBe('SCHEDULED');

    // Not examined without a notice.
    await timeTravelToExam(t.sql, kase.id);
    const noNotice = await graphqlError(t.gateway.request(EXAMINED, { id: kase.id, version: scheduled.scheduleExam.version }));
    expect(noNotice.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'NOTICE_NOT_SERVED' });
    // (the notice must precede the exam by the lead time: book again, serve, then let the days pass)
    const rebooked = await t.gateway.request<any>(SCHEDULE, { id: kase.id, version: scheduled.scheduleExam.version, at: examDateAhead().toISOString() });
    const noticed = await t.gateway.request<any>(NOTICE, { id: kase.id, version: rebooked.scheduleExam.version });
    expect(noticed.serveNotice.notices.at(-1).purpose).toContain('what caused the injury');
    expect(noticed.serveNotice.notices.at(-1).rightsStatement).toContain('record the examination');
    await timeTravelToExam(t.sql, kase.id);
    const examined = await t.gateway.request<any>(EXAMINED, { id: kase.id, version: noticed.serveNotice.version });
    expect(examined.markExamined.status).toBe('EXAMINED');

    // Report: incomplete submission refused with every missing item, then complete.
    const report = (await t.gateway.request<any>(START_REPORT, { caseId: kase.id })).startReport;
    expect(report.status).toBe('DRAFT');
    expect(report.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(report.requiredRecipients).toEqual(expect.arrayContaining(['CLIENT', 'CLAIMANT', 'CLAIMANT_REPRESENTATIVE', 'BOARD']));
    const incomplete = await graphqlError(t.gateway.request(SUBMIT, { id: report.id, version: report.version }));
    expect(incomplete.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'REPORT_INCOMPLETE' });
    expect(incomplete.extensions.missing.map((m: any) => m.field)).toEqual(expect.arrayContaining(['recordsReviewed', 'causationOpinion']));
    const complete = (
      await t.gateway.request<any>(UPDATE_REPORT, {
        id: report.id,
        version: report.version,
        input: {
          recordsReviewed: ['MRI lumbar spine 2026-05-01', 'Treating physician notes'],
          findings: 'Reduced lumbar flexion; neurologically intact.',
          diagnoses: [{ icd10: 'M54.16', description: 'Radiculopathy, lumbar region' }],
          answers: report.questions.map((q: any) => ({ questionId: q.id, answer: `Answer to: ${q.text}` })),
          causationOpinion: 'The lifting incident is the probable cause.',
          mmiReached: false,
        },
      })
    ).updateReport;
    expect(complete.missingItems).toEqual([]);
    const submitted = (await t.gateway.request<any>(SUBMIT, { id: report.id, version: complete.version })).submitReport;
    const inQa = (await t.gateway.request<any>(START_QA, { id: report.id, version: submitted.version })).startReportQa;
    const changes = (await t.gateway.request<any>(REQUEST_CHANGES, { id: report.id, version: inQa.version })).requestReportChanges;
    expect(changes.status).toBe('CHANGES_REQUESTED');
    const resubmitted = (await t.gateway.request<any>(SUBMIT, { id: report.id, version: changes.version })).submitReport;
    const inQaAgain = (await t.gateway.request<any>(START_QA, { id: report.id, version: resubmitted.version })).startReportQa;
    const final = (
      await t.gateway.request<any>(FINALISE, {
        id: report.id,
        version: inQaAgain.version,
        input: { checklist: [{ item: 'Every referral question answered', passed: true }], deliveries: [{ recipient: 'CLIENT', method: 'PORTAL' }] },
      })
    ).finaliseReport;
    expect(final.status).toBe('FINAL');
    expect(final.distributionIssues[0]).toContain('CLAIMANT');
    state = await caseState(t.gateway, kase.id);
    expect(state.status).toBe('REPORTED');

    // Close: refused until the claimant has the report too.
    const notYet = await graphqlError(t.gateway.request(CLOSE, { id: kase.id, version: state.version }));
    expect(notYet.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'REPORT_NOT_DELIVERED' });
    expect(notYet.message).toContain('the claimant');
    const delivered = await t.gateway.request<any>(DELIVER, {
      id: report.id,
      deliveries: ['CLAIMANT', 'CLAIMANT_REPRESENTATIVE', 'BOARD', 'TREATING_PHYSICIAN'].map((recipient) => ({ recipient, method: 'EMAIL' })),
    });
    expect(delivered.recordReportDeliveries.status).toBe('DELIVERED');
    const closed = await t.gateway.request<any>(CLOSE, { id: kase.id, version: state.version });
    expect(closed.closeCase.status).toBe('CLOSED');

    // The whole story, in one federated query across the three subgraphs.
    const story = await t.gateway.request<any>(
      `query ($id: ID!) { case(id: $id) {
          status currentReportStatus requiredSpecialty { code name }
          examiner { id displayName openCaseCount reports { id status } }
          reports { status deliveries { recipient } case { referenceNumber } examiner { id } }
          timeline { type fromStatus toStatus }
      } }`,
      { id: kase.id },
    );
    expect(story.case.currentReportStatus).toBe('DELIVERED');
    expect(story.case.requiredSpecialty.code).toBe(world.specialty.code);
    expect(story.case.examiner.id).toBe(c);
    expect(story.case.examiner.reports.map((r: any) => r.id)).toEqual([report.id]);
    expect(story.case.reports[0].case.referenceNumber).toBe(kase.referenceNumber);
    expect(story.case.timeline.map((e: any) => e.toStatus).filter(Boolean)).toEqual([
      'REQUESTED',
      'PANEL_PROPOSED',
      'PANEL_PROPOSED',
      'ASSIGNED',
      'SCHEDULED',
      'SCHEDULED',
      'EXAMINED',
      'REPORTED',
      'CLOSED',
    ]);

    // The delivered report: the PDF downloaded is the one every recipient received, and the case's chain of custody
    // vouches for its hash (docs/documents.md, "Generated PDFs", "Chain of custody").
    const token = await t.token({ role: 'ADMIN', sub: 'journey-admin' });
    const asAdmin = new GraphQLClient(t.gatewayUrl, { headers: { authorization: `Bearer ${token}` } });
    const link = (await asAdmin.request<any>(`mutation ($id: ID!) { requestReportPdfDownload(reportId: $id) { path } }`, { id: report.id })).requestReportPdfDownload;
    const pdf = await transfer(new URL(t.gatewayUrl).origin + link.path, { method: 'GET', token });
    expect(pdf.status).toBe(200);
    const downloaded = sha256(pdf.body);
    expect(pdf.headers['x-content-sha256']).toBe(downloaded);
    const held = (await t.gateway.request<any>(`query ($id: ID!) { report(id: $id) { pdfSha256 deliveries { recipient documentSha256 } } }`, { id: report.id })).report;
    expect(held.pdfSha256).toBe(downloaded);
    expect(held.deliveries.length).toBeGreaterThanOrEqual(5);
    for (const d of held.deliveries) expect(d.documentSha256, d.recipient).toBe(downloaded);
    const chain = await t.gateway.request<any>(
      `query ($id: ID!) { case(id: $id) { timeline { id type note } custody { kind subjectId contentHash hash } } verifyCaseChain(caseId: $id) { verified entries } }`,
      { id: kase.id },
    );
    const reported = chain.case.timeline.find((e: any) => e.type === 'REPORTED');
    expect(reported.note).toBe(`Final IME report; its PDF's SHA-256 is ${downloaded}`);
    expect(chain.case.custody.filter((e: any) => e.kind === 'EVENT' && e.subjectId === reported.id)).toHaveLength(1);
    expect(chain.verifyCaseChain).toMatchObject({ verified: true, entries: chain.case.custody.length });
  });

  it('refuses a panel when fewer examiners are eligible than its size, and says so', async () => {
    const world = await panelWorld(t.gateway, { examiners: 2 });
    const kase = await createCase(t.gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code });
    const error = await graphqlError(t.gateway.request(PROPOSE, { caseId: kase.id }));
    expect(error.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'PANEL_SHORTFALL', eligible: 2, requested: 3 });
    expect(error.message).toContain('allowSmallerPanel');
    const before = await t.sql.query('select count(*)::int as n from cases.panel where case_id = $1', [kase.id]);
    expect(before.rows[0].n).toBe(0);
    const small = await t.gateway.request<any>(PROPOSE, { caseId: kase.id, input: { allowSmallerPanel: true } });
    expect(small.proposePanel.members).toHaveLength(2);
  });

  it('refuses direct assignment where a panel is required, and illegal transitions, changing nothing', async () => {
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const kase = await createCase(t.gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code, jurisdiction: 'US-CA' });
    const panelRequired = await graphqlError(
      t.gateway.request(`mutation ($id: ID!, $v: Int!, $e: ID!) { assignExaminer(caseId: $id, version: $v, examinerId: $e) { id } }`, {
        id: kase.id,
        v: kase.version,
        e: world.examiners[0].id,
      }),
    );
    expect(panelRequired.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'PANEL_REQUIRED' });
    const closeEarly = await graphqlError(t.gateway.request(CLOSE, { id: kase.id, version: kase.version }));
    expect(closeEarly.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'ILLEGAL_TRANSITION' });
    expect(closeEarly.message).toContain('cannot CLOSE from REQUESTED');
    const after = await caseState(t.gateway, kase.id);
    expect(after).toMatchObject({ status: 'REQUESTED', version: kase.version });
  });

  it('refuses an examiner whose licence lapses before the exam date, naming the rule', async () => {
    const world = await panelWorld(t.gateway, { examiners: 0 });
    const { createExaminer, addVerifiedCredential, isoDate } = await import('./support/fixtures');
    const examiner = await createExaminer(t.gateway, { specialties: [{ code: world.specialty.code }] });
    await addVerifiedCredential(t.gateway, examiner.id, { jurisdiction: 'US-NY', expiresOn: isoDate(5) });
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { changeExaminerStatus(id: $id, version: $v, input: { status: ACTIVE }) { id } }`, {
      id: examiner.id,
      v: examiner.version,
    });
    const kase = await createCase(t.gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code });
    const error = await graphqlError(
      t.gateway.request(`mutation ($id: ID!, $v: Int!, $e: ID!) { assignExaminer(caseId: $id, version: $v, examinerId: $e) { id } }`, {
        id: kase.id,
        v: kase.version,
        e: examiner.id,
      }),
    );
    expect(error.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'EXAMINER_NOT_ELIGIBLE', failedRules: ['MEDICAL_LICENSE'] });
    expect(error.message).toMatch(/licen[cs]e/i);
  });
});
