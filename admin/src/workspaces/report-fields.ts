/**
 * The report editor's fields and the completeness check the API runs at submission (docs/rules.md,
 * "Report completeness"): which input each missing item belongs to, and what to call it, so a refusal is shown
 * field by field next to what to fill in.
 */

export interface MissingItem {
  field: string;
  message: string;
}

/**
 * ICD-10(-CM) code shape, as the reports API checks it: a letter, a digit, a letter or digit, then optionally up to
 * four letters or digits after a dot ('S83.241A', 'M54.5'); the dotless form ('S83241A') too. The shape only: the
 * API does not look the code up in a code set either.
 */
export const ICD10_SHAPE = /^[A-Z][0-9][A-Z0-9](\.?[A-Z0-9]{1,4})?$/i;

/** react-admin validator of a diagnosis code (undefined when it has the shape). */
export function icd10Code(value: unknown): string | undefined {
  const code = String(value ?? '').trim();
  if (code === '') return 'Enter the ICD-10 code, like S83.241A';
  return ICD10_SHAPE.test(code) ? undefined : `'${code}' is not an ICD-10 code (a letter, two characters, then up to four after a dot, like S83.241A)`;
}

/** The API's path of a missing item (UpdateReportInput's names, `mmi.*` and `impairment.*` grouped) → the form's input. */
const INPUT_BY_FIELD: Record<string, string> = {
  'mmi.reached': 'mmiReached',
  'mmi.date': 'mmiDate',
  'impairment.wholePersonPercent': 'impairmentPercent',
  'impairment.guideEdition': 'impairmentGuideEdition',
  'impairment.table': 'impairmentTable',
  'impairment.page': 'impairmentPage',
};

const LABELS: Record<string, string> = {
  recordsReviewed: 'Records reviewed',
  mmiReached: 'MMI reached',
  mmiDate: 'MMI date',
  impairmentPercent: 'Whole-person impairment (%)',
  impairmentGuideEdition: 'Rating guide edition',
  impairmentTable: 'Guide table',
  impairmentPage: 'Guide page',
  causationOpinion: 'Causation opinion',
  workCapacity: 'Work capacity',
  examStartedAt: 'Exam started',
  examEndedAt: 'Exam ended',
};

/**
 * Where a missing item goes in the form, and its label: `answers.<question id>` is the answer to that referral
 * question (the form keeps answers in the questions' order), `diagnoses.<n>.icd10` that diagnosis's code.
 */
export function missingItemInput(field: string, questionIds: readonly string[]): { input: string; label: string } {
  if (field.startsWith('answers.')) {
    const index = questionIds.indexOf(field.slice('answers.'.length));
    if (index >= 0) return { input: `answers.${index}.answer`, label: `Answer to question ${index + 1}` };
    return { input: field, label: 'Answer' };
  }
  const diagnosis = /^diagnoses\.(\d+)\.icd10$/.exec(field);
  if (diagnosis) return { input: field, label: `Diagnosis ${Number(diagnosis[1]) + 1}: ICD-10 code` };
  const input = INPUT_BY_FIELD[field] ?? field;
  return { input, label: LABELS[input] ?? input };
}

/** The form's values for a report and its content (answers in the order of the questions, one per question). */
export function reportFormValues(report: Record<string, any>, content: Record<string, any>): Record<string, any> {
  const answers = (content.questions ?? []).map((q: { id: string }) => ({
    questionId: q.id,
    answer: (content.answers ?? []).find((a: { questionId: string }) => a.questionId === q.id)?.answer ?? '',
  }));
  return {
    ...content,
    id: report.id,
    version: report.version,
    answers,
    recordsReviewed: content.recordsReviewed ?? [],
    reviewedRecords: (content.reviewedRecords ?? []).map((r: ReviewedRecordValue) => ({ documentId: r.documentId, received: r.received, reviewed: r.reviewed, reliedOn: r.reliedOn })),
    diagnoses: content.diagnoses ?? [],
    mmiReached: content.mmiReached === null || content.mmiReached === undefined ? null : String(content.mmiReached),
  };
}

/** react-admin form errors (nested, as errors.ts builds them) as `[input path, message]` pairs. */
export function flattenErrors(errors: Record<string, unknown> | undefined, prefix = ''): [string, string][] {
  return Object.entries(errors ?? {}).flatMap(([key, value]) => {
    const path = key === 'root' && prefix ? prefix : prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value] as [string, string]] : flattenErrors(value as Record<string, unknown>, path);
  });
}

/** One document of the case marked in the report (UpdateReportInput.reviewedRecords). */
export interface ReviewedRecordValue {
  documentId: string;
  received: boolean;
  reviewed: boolean;
  reliedOn: boolean;
}

/**
 * The marks after one checkbox changed (CA 8 CCR §35: what was received, reviewed and relied on): relying on a
 * record marks it reviewed and received, reviewing marks it received; unmarking received unmarks the others, and
 * unmarking reviewed unmarks relied on. A document with no mark left is dropped from the list.
 */
export function markReviewedRecord(marks: readonly ReviewedRecordValue[], documentId: string, mark: 'received' | 'reviewed' | 'reliedOn', on: boolean): ReviewedRecordValue[] {
  const current = marks.find((m) => m.documentId === documentId) ?? { documentId, received: false, reviewed: false, reliedOn: false };
  const next = { ...current, [mark]: on };
  if (on && mark === 'reliedOn') Object.assign(next, { reviewed: true, received: true });
  if (on && mark === 'reviewed') next.received = true;
  if (!on && mark === 'received') Object.assign(next, { reviewed: false, reliedOn: false });
  if (!on && mark === 'reviewed') next.reliedOn = false;
  const others = marks.filter((m) => m.documentId !== documentId);
  return next.received || next.reviewed || next.reliedOn ? [...others, next] : others;
}
