import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlError } from './support/fixtures';
import { panelWorld } from './support/journey';
import { lifecycleStates } from './support/lifecycle-states';
import { sha256, transfer } from './support/documents';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * The generated documents (docs/documents.md, "Generated PDFs"): the final report rendered once at finalisation,
 * stored, and its hash on every delivery; the notice as a letter in the claimant's language when it is served.
 */
let t: TestPlatform;
let world: Awaited<ReturnType<typeof panelWorld>>;
let states: ReturnType<typeof lifecycleStates>;
let adminToken: string;
let origin: string;
beforeAll(async () => {
  t = await startTestPlatform({ IME_ENTITY_NAME: 'Empire IME Services', IME_ENTITY_REGISTRATION: 'NY-IME-00042' });
  world = await panelWorld(t.gateway, { examiners: 2 });
  states = lifecycleStates(t.gateway, t.sql, world.specialty.code);
  adminToken = await t.token({ role: 'ADMIN', sub: 'test-admin', name: 'Test administrator' });
  origin = new URL(t.gatewayUrl).origin;
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function download(path: string, token = adminToken) {
  const answer = await transfer(origin + path, { method: 'GET', token });
  expect(answer.status).toBe(200);
  return answer;
}

describe('the final report as a PDF', () => {
  it('is generated once at finalisation, and every delivery records the hash of the bytes each recipient receives', async () => {
    const report = await states.final(world.client.id, world.examiners[0].id);
    const { report: final } = await t.gateway.request<any>(`query ($id: ID!) { report(id: $id) { status pdfSha256 pdfSize pdfPageCount requiredRecipients case { referenceNumber } } }`, { id: report.id });
    expect(final.status).toBe('FINAL');
    expect(final.pdfSha256).toMatch(/^[0-9a-f]{64}$/);

    const link = await t.gateway.request<any>(`mutation ($id: ID!) { requestReportPdfDownload(reportId: $id) { path sha256 } }`, { id: report.id });
    expect(link.requestReportPdfDownload.sha256).toBe(final.pdfSha256);
    const pdf = await download(link.requestReportPdfDownload.path);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(sha256(pdf.body)).toBe(final.pdfSha256);
    expect(pdf.body.length).toBe(final.pdfSize);
    const parsed = await PDFDocument.load(pdf.body);
    expect(parsed.getPageCount()).toBe(final.pdfPageCount);
    expect(parsed.getTitle()).toBe(`Independent Medical Examination Report ${final.case.referenceNumber}`);
    expect(parsed.getAuthor()).toBe('Empire IME Services');

    await t.gateway.request(`mutation ($id: ID!, $d: [DeliveryInput!]!) { recordReportDeliveries(id: $id, deliveries: $d) { id } }`, {
      id: report.id,
      d: final.requiredRecipients.map((recipient: string) => ({ recipient, method: 'EMAIL' })),
    });
    const { report: delivered } = await t.gateway.request<any>(`query ($id: ID!) { report(id: $id) { status pdfSha256 deliveries { recipient documentSha256 } } }`, { id: report.id });
    expect(delivered.status).toBe('DELIVERED');
    expect(delivered.pdfSha256).toBe(final.pdfSha256);
    expect(delivered.deliveries.length).toBe(final.requiredRecipients.length);
    for (const delivery of delivered.deliveries) expect(delivery.documentSha256).toBe(final.pdfSha256);

    // A second download is the same bytes; the stored content is kept once.
    const again = await t.gateway.request<any>(`mutation ($id: ID!) { requestReportPdfDownload(reportId: $id) { path } }`, { id: report.id });
    expect((await download(again.requestReportPdfDownload.path)).body.equals(pdf.body)).toBe(true);
    const stored = await t.sql.query('select count(*)::int as n from reports.document_content where sha256 = $1', [final.pdfSha256]);
    expect(stored.rows[0].n).toBe(1);
    const audit = await t.sql.query(`select count(*)::int as n from reports.audit_entry where operation = 'Report.content' and action = 'READ' and $1 = any(record_ids) and actor_id = 'test-admin' and operation_name is null`, [report.id]);
    expect(audit.rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it('is not there before the report is final, and not for another organisation', async () => {
    const draft = await states.completeDraft(world.client.id, world.examiners[1].id);
    expect((await graphqlError(t.gateway.request(`mutation ($id: ID!) { requestReportPdfDownload(reportId: $id) { path } }`, { id: draft.id }))).extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'REPORT_NOT_FINAL',
    });
    const report = await states.final(world.client.id, world.examiners[1].id);
    const stranger = await t.as({ role: 'CLIENT', clientId: (await t.gateway.request<any>(`mutation { createClient(input: { name: "Other Co", kind: INSURER, contactEmail: "o@example.org" }) { id } }`)).createClient.id });
    expect((await graphqlError(stranger.request(`mutation ($id: ID!) { requestReportPdfDownload(reportId: $id) { path } }`, { id: report.id }))).extensions.code).toBe('NOT_FOUND');
  });
});

describe('the notice as a PDF letter', () => {
  const documents = `query ($id: ID!) { case(id: $id) { documents { id kind status sha256 pageCount mediaType fileName } } }`;

  async function noticeOf(caseId: string) {
    const { case: read } = await t.gateway.request<any>(documents, { id: caseId });
    const notices = read.documents.filter((d: any) => d.kind === 'NOTICE');
    expect(notices).toHaveLength(1);
    const link = await t.gateway.request<any>(`mutation ($id: ID!) { requestDocumentDownload(documentId: $id) { path } }`, { id: notices[0].id });
    const pdf = await download(link.requestDocumentDownload.path);
    expect(sha256(pdf.body)).toBe(notices[0].sha256);
    const parsed = await PDFDocument.load(pdf.body);
    expect(parsed.getPageCount()).toBe(notices[0].pageCount);
    return { document: notices[0], language: (parsed.catalog.lookup(PDFName.of('Lang'), PDFString) as PDFString).decodeText() };
  }

  it('is stored when the notice is served, in English for an English-speaking claimant', async () => {
    const kase = await states.noticed(world.client.id, world.examiners[0].id);
    const { document, language } = await noticeOf(kase.id);
    expect(document).toMatchObject({ status: 'STORED', mediaType: 'application/pdf' });
    expect(document.fileName).toMatch(/-en\.pdf$/);
    expect(language).toBe('en');
  });

  it('is in Spanish for a Spanish-speaking claimant', async () => {
    const kase = await states.scheduled(world.client.id, world.examiners[1].id);
    await t.sql.query(`update cases.ime_case set claimant_language = 'es' where id = $1`, [kase.id]);
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { serveNotice(caseId: $id, version: $v, input: { method: EMAIL }) { id } }`, { id: kase.id, v: kase.version });
    const { document, language } = await noticeOf(kase.id);
    expect(document.fileName).toMatch(/-es\.pdf$/);
    expect(language).toBe('es');
  });
});

describe("the examiner's records reviewed as a list of the case's documents", () => {
  const UPDATE = `mutation ($id: ID!, $v: Int!, $input: UpdateReportInput!) { updateReport(id: $id, version: $v, input: $input) { id version reviewedRecords { documentId label received reviewed reliedOn } } }`;

  it('lists documents of the case with received, reviewed and relied-on marks, which the completeness check counts', async () => {
    const draft = await states.completeDraft(world.client.id, world.examiners[0].id);
    const upload = await t.gateway.request<any>(
      `mutation ($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { document { id } link { path } } }`,
      { input: { caseId: draft.caseId, kind: 'IMAGING_REPORT', fileName: 'mri-lumbar.pdf', declaredType: 'application/pdf', providedBy: 'ATTORNEY' } },
    );
    const { samplePdf } = await import('./support/documents');
    expect((await transfer(origin + upload.requestDocumentUpload.link.path, { method: 'POST', token: adminToken, source: await samplePdf(4) })).status).toBe(201);
    const documentId = upload.requestDocumentUpload.document.id;

    const unknown = await graphqlError(t.gateway.request(UPDATE, { id: draft.id, v: draft.version, input: { reviewedRecords: [{ documentId: '00000000-0000-4000-8000-000000000000', reviewed: true }] } }));
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.reviewedRecords.0.documentId' }] });

    // Only the case's document now, no free text: relied on is reviewed and received too.
    const updated = (await t.gateway.request<any>(UPDATE, { id: draft.id, v: draft.version, input: { recordsReviewed: [], reviewedRecords: [{ documentId, received: false, reliedOn: true }] } })).updateReport;
    expect(updated.reviewedRecords).toEqual([{ documentId, label: 'imaging report: mri-lumbar.pdf', received: true, reviewed: true, reliedOn: true }]);
    const submitted = await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!) { submitReport(id: $id, version: $v) { status } }`, { id: draft.id, v: updated.version });
    expect(submitted.submitReport.status).toBe('SUBMITTED');

    // Received but not reviewed is not a record reviewed.
    const other = await states.completeDraft(world.client.id, world.examiners[1].id);
    const notReviewed = (await t.gateway.request<any>(UPDATE, { id: other.id, v: other.version, input: { recordsReviewed: [] } })).updateReport;
    const refused = await graphqlError(t.gateway.request(`mutation ($id: ID!, $v: Int!) { submitReport(id: $id, version: $v) { status } }`, { id: other.id, v: notReviewed.version }));
    expect(refused.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'REPORT_INCOMPLETE' });
  });
});

describe('report versions', () => {
  it('keeps every save, submission and the final report, with a readable diff between two', async () => {
    const report = await states.final(world.client.id, world.examiners[1].id);
    const { report: read } = await t.gateway.request<any>(`query ($id: ID!) { report(id: $id) { versions { number event status actor } } }`, { id: report.id });
    expect(read.versions.map((v: any) => v.event)).toEqual(['CREATED', 'SAVED', 'SUBMITTED', 'FINALISED']);
    expect(read.versions.map((v: any) => v.number)).toEqual([1, 2, 3, 4]);
    expect(read.versions[1].actor).toBe('Test administrator');

    const diff = (await t.gateway.request<any>(`query ($id: ID!) { reportVersionDiff(reportId: $id, from: 1, to: 4) { from { number } to { number status } changes { field before after lines } } }`, { id: report.id })).reportVersionDiff;
    expect(diff.to).toEqual({ number: 4, status: 'FINAL' });
    const fields = diff.changes.map((c: any) => c.field);
    expect(fields).toEqual(expect.arrayContaining(['causationOpinion', 'recordsReviewed', 'diagnoses', 'answers']));
    expect(diff.changes.find((c: any) => c.field === 'causationOpinion')).toEqual({ field: 'causationOpinion', before: null, after: 'Work-related.', lines: ['+ Work-related.'] });
    expect((await t.gateway.request<any>(`query ($id: ID!) { reportVersionDiff(reportId: $id, from: 3, to: 4) { changes { field } } }`, { id: report.id })).reportVersionDiff.changes).toEqual([]);
    expect((await graphqlError(t.gateway.request(`query ($id: ID!) { reportVersionDiff(reportId: $id, from: 1, to: 9) { changes { field } } }`, { id: report.id }))).extensions.code).toBe('NOT_FOUND');
  });
});
