import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@imepanel/runtime';
import { seedDemoDataOnce } from '../scripts/seeding/demo-seed';
import { sha256, transfer } from './support/documents';
import { DEFAULT_SPECIALTY_CODE } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * The demo data's documents (scripts/seeding/demo/documents.ts): records on every examined case, released to its
 * examiner, a PDF for every final report, and a delivered report whose every recipient got the bytes one downloads.
 */
let t: TestPlatform;
let adminToken: string;
beforeAll(async () => {
  t = await startTestPlatform();
  await t.sql.query(`delete from examiners.specialty where code = $1`, [DEFAULT_SPECIALTY_CODE]);
  expect(await seedDemoDataOnce({ DATABASE_URL: t.databaseUrl }, createLogger('demo-documents-test', 'silent'))).toBe(true);
  // The links below are asked for as t.gateway's administrator: the same user downloads on them.
  adminToken = await t.token({ role: 'ADMIN', sub: 'test-admin', name: 'Test administrator' });
}, 300_000);
afterAll(async () => {
  await t?.close();
});

describe('demo documents', () => {
  it('puts stored records on every examined case, released to the examiner, on an intact chain of custody', async () => {
    const { rows: missing } = await t.sql.query(
      `select c.id from cases.ime_case c where c.examined_at is not null
         and not exists (select 1 from cases.case_document d where d.case_id = c.id and d.kind = 'MEDICAL_RECORD' and d.status = 'STORED')`,
    );
    expect(missing).toEqual([]);
    const { rows: [sample] } = await t.sql.query(`select c.id, c.examiner_id from cases.ime_case c where c.status = 'CLOSED' order by c.reference_number limit 1`);
    const examiner = await t.as({ role: 'EXAMINER', examinerId: sample.examiner_id });
    const { case: read } = await examiner.request<any>(`query ($id: ID!) { case(id: $id) { documents { kind releasedToExaminer pageCount } } }`, { id: sample.id });
    expect(read.documents.map((d: any) => d.kind).sort()).toEqual(['MEDICAL_RECORD', 'REFERRAL']);
    for (const document of read.documents) expect(document).toMatchObject({ releasedToExaminer: true, pageCount: expect.any(Number) });
    const chain = await t.gateway.request<any>(`query ($id: ID!) { verifyCaseChain(caseId: $id) { entries verified } }`, { id: sample.id });
    expect(chain.verifyCaseChain.verified).toBe(true);
    expect(chain.verifyCaseChain.entries).toBeGreaterThan(2);
  });

  it('gives every final report a PDF, whose hash every delivery records and a download matches', async () => {
    const { rows: withoutPdf } = await t.sql.query(`select id from reports.report where status in ('FINAL', 'DELIVERED') and pdf_sha256 is null`);
    expect(withoutPdf).toEqual([]);
    const { rows: mismatched } = await t.sql.query(`select d.id from reports.report_delivery d join reports.report r on r.id = d.report_id where d.document_sha256 is distinct from r.pdf_sha256`);
    expect(mismatched).toEqual([]);
    const { rows: [delivered] } = await t.sql.query(`select id, pdf_sha256, pdf_page_count from reports.report where status = 'DELIVERED' and kind = 'IME' order by finalised_at limit 1`);
    const link = await t.gateway.request<any>(`mutation ($id: ID!) { requestReportPdfDownload(reportId: $id) { path } }`, { id: delivered.id });
    const pdf = await transfer(new URL(t.gatewayUrl).origin + link.requestReportPdfDownload.path, { method: 'GET', token: adminToken });
    expect(pdf.status).toBe(200);
    expect(sha256(pdf.body)).toBe(delivered.pdf_sha256);
    expect((await PDFDocument.load(pdf.body)).getPageCount()).toBe(delivered.pdf_page_count);
  });
});
