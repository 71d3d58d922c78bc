import { Readable } from 'node:stream';
import { PdfWriter, PostgresDocumentStore, type DocumentStore } from '@imepanel/runtime';
import { utcDateOf } from '@imepanel/runtime/calendar';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PDFDocument } from 'pdf-lib';
import { CaseDocument, CaseDocumentKind, CaseDocumentStatus, CaseParty } from '../../../subgraphs/cases/src/entities';
import { reportPdfModelOf } from '../../../subgraphs/reports/src/documents/final-report-pdf';
import { renderReportPdf } from '../../../subgraphs/reports/src/documents/report-pdf';
import { Report, ReportDelivery, ReportStatus } from '../../../subgraphs/reports/src/entities';
import type { ExaminedCaseFacts } from './cases';

/**
 * Demo documents (docs/documents.md): the records of every examined case — the referral and the medical records,
 * served on the other side well before the exam, so they are released to the examiner — and the PDF of every final
 * report with its hash on each delivery, as finaliseReport would have made them. No random draws: the rest of the
 * demo stays as it was. Stored through each subgraph's own document store, in the seeding transaction.
 */

/** The document store of a seeding transaction: chunks are written in it, so a failed seed leaves none. */
const storeOf = (em: EntityManager, schema: string): DocumentStore => new PostgresDocumentStore((em.getTransactionContext() ?? em.getKnex()) as never, schema);

async function put(store: DocumentStore, bytes: Uint8Array) {
  const stored = await store.put(Readable.from([Buffer.from(bytes)]), { maxBytes: Number.MAX_SAFE_INTEGER, allowedTypes: ['application/pdf'], declaredType: 'application/pdf' });
  return { ...stored, pageCount: (await PDFDocument.load(bytes)).getPageCount() };
}

/** A records PDF of the case: what a records vendor sends, a page per visit. */
async function recordsPdf(kase: ExaminedCaseFacts, title: string, at: Date, pages: string[]): Promise<Uint8Array> {
  const pdf = await PdfWriter.create({ title: `${title} ${kase.referenceNumber}`, author: kase.clientName, at, footer: `${kase.referenceNumber} - ${title}` });
  pdf.title(title);
  pdf.field('Case', kase.referenceNumber);
  pdf.field('Body parts', kase.bodyParts.join(', '));
  pdf.field('Occupation', kase.occupation);
  for (const page of pages) {
    pdf.heading(page);
    pdf.paragraph(`${kase.mechanism} The claimant, a ${kase.claimantAge}-year-old ${kase.occupation.toLowerCase()}, was seen for ${kase.bodyParts.join(' and ')} complaints.`);
  }
  return pdf.bytes();
}

/** Records on every examined case: its referral and its medical records, served 30 days before the exam. */
export async function seedCaseRecords(em: EntityManager, cases: ExaminedCaseFacts[]): Promise<{ documents: number }> {
  const store = storeOf(em, 'cases');
  let documents = 0;
  for (const kase of cases) {
    const examDay = utcDateOf(kase.examStartedAt);
    const receivedOn = dayBefore(examDay, 35);
    const servedOn = dayBefore(examDay, 30);
    const at = new Date(`${receivedOn}T15:00:00Z`);
    const records = [
      { kind: CaseDocumentKind.REFERRAL, fileName: `referral-${kase.referenceNumber}.pdf`, providedBy: CaseParty.CLIENT, servedOn: null, title: 'Referral for independent medical examination', pages: ['Questions for the examiner'] },
      {
        kind: CaseDocumentKind.MEDICAL_RECORD,
        fileName: `medical-records-${kase.referenceNumber}.pdf`,
        providedBy: CaseParty.CLIENT,
        servedOn,
        title: 'Medical records',
        pages: ['Emergency department visit', 'Primary treating physician, initial visit', 'Primary treating physician, follow-up', 'Physical therapy summary'],
      },
    ];
    for (const record of records) {
      const stored = await put(store, await recordsPdf(kase, record.title, at, record.pages));
      em.persist(
        em.create(CaseDocument, {
          case: kase.id,
          kind: record.kind,
          fileName: record.fileName,
          declaredType: 'application/pdf',
          providedBy: record.providedBy,
          servedOn: record.servedOn,
          receivedOn,
          status: CaseDocumentStatus.STORED,
          sha256: stored.sha256,
          size: stored.size,
          mediaType: stored.mediaType,
          pageCount: stored.pageCount,
          storedAt: at,
          uploadedBy: 'Demo seed',
          createdAt: at,
          updatedAt: at,
        }),
      );
      documents++;
    }
  }
  await em.flush();
  return { documents };
}

const dayBefore = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** A PDF for every final report (IME reports and addenda), its hash on the report and on each of its deliveries. */
export async function seedReportPdfs(em: EntityManager, cases: ExaminedCaseFacts[]): Promise<{ pdfs: number }> {
  const store = storeOf(em, 'reports');
  const byCase = new Map(cases.map((c) => [c.id, c]));
  const finals = await em.find(Report, { status: { $in: [ReportStatus.FINAL, ReportStatus.DELIVERED] } }, { orderBy: { finalisedAt: 'asc', id: 'asc' } });
  for (const report of finals) {
    const kase = byCase.get(report.caseId);
    if (!kase || !report.finalisedAt) continue;
    const model = reportPdfModelOf(report, {
      imeEntity: { name: 'IME Panel', registration: null },
      caseReference: kase.referenceNumber,
      examiner: { name: kase.examinerName, qualifications: [`Specialty ${kase.specialtyCode}`] },
      finalisedAt: report.finalisedAt,
      parentId: report.parent?.id ?? null,
    });
    const stored = await put(store, await renderReportPdf(model));
    Object.assign(report, { pdfSha256: stored.sha256, pdfSize: stored.size, pdfPageCount: stored.pageCount });
    for (const delivery of await em.find(ReportDelivery, { report: report.id })) delivery.documentSha256 = stored.sha256;
  }
  await em.flush();
  return { pdfs: finals.length };
}
