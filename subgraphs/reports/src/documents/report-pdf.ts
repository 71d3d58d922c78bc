import { PdfWriter } from '@imepanel/runtime';

/** Everything the final report's PDF states (docs/documents.md, "Generated PDFs"), gathered from the report and its case and examiner. */
export interface ReportPdfModel {
  kind: string;
  /** The IME entity issuing the report, and its registration where a jurisdiction requires one (NY WCL §13-n). */
  imeEntity: { name: string; registration: string | null };
  caseReference: string;
  jurisdiction: string;
  examiner: { name: string; qualifications: string[] };
  examDate: string | null;
  finalisedAt: Date;
  questions: { id: string; position: number; text: string }[];
  answers: { questionId: string; answer: string }[];
  history: string | null;
  findings: string | null;
  diagnoses: { icd10: string; description: string | null }[];
  causationOpinion: string | null;
  mmiReached: boolean | null;
  mmiDate: string | null;
  impairment: { percent: number | null; guideEdition: string | null; table: string | null; page: string | null };
  workCapacity: string | null;
  workRestrictions: string | null;
  treatmentRecommendations: string | null;
  /** Null where the examiner listed a record in free text without saying (records not on file, listed before documents were). */
  recordsReviewed: { label: string; received: boolean; reviewed: boolean; reliedOn: boolean | null }[];
  addendumOf: string | null;
}

const yesNo = (value: boolean | null) => (value === null ? 'not stated' : value ? 'yes' : 'no');

/**
 * The report as a PDF: a cover (IME entity, case reference, examiner and qualifications), each referral question
 * with its answer, history, findings, diagnoses with ICD-10 codes, causation, MMI, impairment with its citation,
 * work capacity, the records received, reviewed and relied on (CA 8 CCR §35), and the examiner's attestation.
 */
export async function renderReportPdf(model: ReportPdfModel): Promise<Uint8Array> {
  const title = model.kind === 'IME' ? 'Independent Medical Examination Report' : `${model.kind === 'ADDENDUM' ? 'Addendum' : 'Supplemental report'} to the IME report`;
  const pdf = await PdfWriter.create({
    title: `${title} ${model.caseReference}`,
    author: model.imeEntity.name,
    subject: `Case ${model.caseReference}`,
    at: model.finalisedAt,
    footer: `${model.imeEntity.name} - ${model.caseReference} - final ${model.finalisedAt.toISOString().slice(0, 10)}`,
  });
  pdf.title(title);
  pdf.field('Issued by', model.imeEntity.name);
  if (model.imeEntity.registration) pdf.field('IME entity registration', model.imeEntity.registration);
  pdf.field('Case reference', model.caseReference);
  pdf.field('Jurisdiction', model.jurisdiction);
  pdf.field('Examiner', model.examiner.name);
  pdf.field('Qualifications', model.examiner.qualifications.length ? model.examiner.qualifications.join('; ') : null);
  pdf.field('Date of examination', model.examDate);
  pdf.field('Finalised', model.finalisedAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC');
  if (model.addendumOf) pdf.field('Addendum to report', model.addendumOf);

  pdf.heading('Referral questions and answers');
  if (model.questions.length === 0) pdf.paragraph('No referral questions were asked.');
  for (const question of [...model.questions].sort((a, b) => a.position - b.position)) {
    pdf.paragraph(`${question.position}. ${question.text}`, { bold: true });
    pdf.paragraph(model.answers.find((a) => a.questionId === question.id)?.answer ?? 'Not answered.', { indent: 14 });
  }
  pdf.heading('History');
  pdf.paragraph(model.history ?? 'Not stated.');
  pdf.heading('Examination findings');
  pdf.paragraph(model.findings ?? 'Not stated.');
  pdf.heading('Diagnoses');
  if (model.diagnoses.length === 0) pdf.paragraph('None stated.');
  for (const diagnosis of model.diagnoses) pdf.paragraph(`${diagnosis.icd10}  ${diagnosis.description ?? ''}`.trim(), { indent: 8 });
  pdf.heading('Causation');
  pdf.paragraph(model.causationOpinion ?? 'Not addressed.');
  pdf.heading('Maximum medical improvement');
  pdf.paragraph(model.mmiReached === null ? 'Not addressed.' : model.mmiReached ? `Reached${model.mmiDate ? ` on ${model.mmiDate}` : ''}.` : 'Not yet reached.');
  pdf.heading('Impairment');
  const { impairment } = model;
  pdf.paragraph(
    impairment.percent === null
      ? 'Not rated.'
      : `${impairment.percent}% whole person impairment, per ${impairment.guideEdition ?? 'the rating guide'}${impairment.table ? `, ${impairment.table}` : ''}${impairment.page ? `, page ${impairment.page}` : ''}.`,
  );
  pdf.heading('Work capacity');
  pdf.field('Capacity', model.workCapacity ? model.workCapacity.replace(/_/g, ' ').toLowerCase() : 'not addressed');
  if (model.workRestrictions) pdf.field('Restrictions', model.workRestrictions);
  if (model.treatmentRecommendations) {
    pdf.heading('Treatment recommendations');
    pdf.paragraph(model.treatmentRecommendations);
  }
  pdf.heading('Records received, reviewed and relied on');
  if (model.recordsReviewed.length === 0) pdf.paragraph('None listed.');
  for (const record of model.recordsReviewed) {
    pdf.paragraph(`${record.label} - received: ${yesNo(record.received)}, reviewed: ${yesNo(record.reviewed)}, relied on: ${yesNo(record.reliedOn)}`, { indent: 8 });
  }
  pdf.heading('Attestation');
  pdf.paragraph(
    `I, ${model.examiner.name}, examined the claimant and wrote this report. I declare that its contents are true and correct to the best of my knowledge, ` +
      'that the opinions are my own, formed on the history, the examination and the records listed above, and that I have not violated the ' +
      'rules on ex parte communication or on conflicts of interest of the jurisdiction.',
  );
  pdf.field('Signed electronically by', model.examiner.name);
  pdf.field('On', model.finalisedAt.toISOString().slice(0, 10));
  return pdf.bytes();
}
