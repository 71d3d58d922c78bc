import { Readable } from 'node:stream';
import { PDFDocument } from 'pdf-lib';
import { failedPrecondition, type StoredDocument } from '@imepanel/runtime';
import { fetchCaseFacts } from '../clients/cases-client';
import { fetchExaminerCover } from '../clients/examiners-client';
import type { ReportsCommandContext } from '../context';
import type { Report } from '../entities';
import { renderReportPdf, type ReportPdfModel } from './report-pdf';

/** The PDF's model: the report's fields, with the case reference and the examiner's cover from their subgraphs. */
export async function reportPdfModel(ctx: ReportsCommandContext, report: Report, finalisedAt: Date, parentId: string | null): Promise<ReportPdfModel> {
  let caseReference: string;
  let examiner: { name: string; qualifications: string[] };
  try {
    const [facts, cover] = await Promise.all([fetchCaseFacts(ctx.services.cases, report.caseId), fetchExaminerCover(ctx.services.examiners, report.examinerId)]);
    caseReference = facts?.referenceNumber ?? report.caseId;
    examiner = cover ?? { name: `Examiner ${report.examinerId}`, qualifications: [] };
  } catch (error) {
    throw failedPrecondition('DEPENDENCY_UNAVAILABLE', `The report PDF needs the case and the examiner, which could not be read (${(error as Error).message}); nothing was changed, try again`);
  }
  return reportPdfModelOf(report, { imeEntity: ctx.settings.imeEntity, caseReference, examiner, finalisedAt, parentId });
}

/** The PDF's model from the report and what its case and examiner say (also the demo seeder's, scripts/seeding/demo/documents.ts). */
export function reportPdfModelOf(
  report: Report,
  facts: { imeEntity: ReportPdfModel['imeEntity']; caseReference: string; examiner: ReportPdfModel['examiner']; finalisedAt: Date; parentId: string | null },
): ReportPdfModel {
  const { imeEntity, caseReference, examiner, finalisedAt, parentId } = facts;
  return {
    kind: report.kind,
    imeEntity,
    caseReference,
    jurisdiction: report.jurisdiction,
    examiner,
    examDate: report.examDate,
    finalisedAt,
    questions: report.questions,
    answers: report.answers,
    history: report.history,
    findings: report.findings,
    diagnoses: report.diagnoses,
    causationOpinion: report.causationOpinion,
    mmiReached: report.mmiReached,
    mmiDate: report.mmiDate,
    impairment: { percent: report.impairmentPercent, guideEdition: report.impairmentGuideEdition, table: report.impairmentTable, page: report.impairmentPage },
    workCapacity: report.workCapacity,
    workRestrictions: report.workRestrictions,
    treatmentRecommendations: report.treatmentRecommendations,
    // The case's documents with the examiner's marks, then the records the examiner listed in free text (not on file here).
    recordsReviewed: [
      ...report.reviewedRecords.map((r) => ({ label: r.label, received: r.received, reviewed: r.reviewed, reliedOn: r.reliedOn })),
      ...report.recordsReviewed.filter((r) => r.trim()).map((label) => ({ label, received: true, reviewed: true, reliedOn: null })),
    ],
    addendumOf: parentId,
  };
}

/**
 * Renders the final report and stores it (content-addressed: the same bytes are kept once): generated once, when
 * the report becomes final, so every recipient receives these bytes, whose SHA-256 each delivery records.
 */
export async function storeFinalReportPdf(ctx: ReportsCommandContext, report: Report, finalisedAt: Date): Promise<StoredDocument & { pageCount: number }> {
  const model = await reportPdfModel(ctx, report, finalisedAt, report.parent?.id ?? null);
  const bytes = await renderReportPdf(model);
  const stored = await ctx.settings.documents.put(Readable.from([Buffer.from(bytes)]), { maxBytes: Number.MAX_SAFE_INTEGER, allowedTypes: ['application/pdf'], declaredType: 'application/pdf' });
  return { ...stored, pageCount: (await PDFDocument.load(bytes)).getPageCount() };
}
