/**
 * Completeness of an IME report, checked at submission (docs/rules.md): every referral question answered,
 * records reviewed listed, MMI stated where asked, an impairment rating citing edition, table and page.
 *
 * These checks are about form, never about the medical opinion: a causation opinion must be *stated*, but any
 * conclusion passes; an impairment must *cite its source*, whatever the percentage. QA works from the same list.
 */

import type { ImeReason } from '@imepanel/runtime/vocabulary';

/** The reasons an IME is ordered for: the runtime's vocabulary, which the cases subgraph's referral names too. */
export { IME_REASONS, type ImeReason } from '@imepanel/runtime/vocabulary';

export interface CompletenessInput {
  reasons: ImeReason[];
  referralQuestions: { id: string; text: string }[];
  answers: { questionId: string; answer: string }[];
  recordsReviewed: string[];
  /** The case's documents on the examiner's list (docs/documents.md): one reviewed is a record reviewed listed. */
  reviewedRecords?: { reviewed: boolean; reliedOn: boolean }[];
  mmi?: { reached: boolean | null; date?: string | null } | null;
  impairment?: { wholePersonPercent: number | null; guideEdition: string | null; table: string | null; page: string | null } | null;
  diagnoses: { icd10: string }[];
  causationOpinion?: string | null;
  workCapacity?: string | null;
  examStartedAt?: Date | null;
  examEndedAt?: Date | null;
}

export interface MissingItem {
  /** Path of the report field, as the report input names it (e.g. 'answers.q-2', 'impairment.page'). */
  field: string;
  message: string;
}

/**
 * ICD-10(-CM) code shape: a letter, a digit, a letter or digit, then optionally up to four more letters or
 * digits after a dot ('S83.241A', 'M54.5', 'U07.1'). The dotless form used in claims data ('S83241A') is
 * accepted too. Case-insensitive; surrounding spaces are not accepted, so the stored code is clean. Checks the
 * shape only, not that the code exists in the current code set.
 */
export function isValidIcd10(code: string): boolean {
  return /^[A-Z][0-9][A-Z0-9](\.?[A-Z0-9]{1,4})?$/i.test(code);
}

const blank = (text: string | null | undefined) => !text || text.trim().length === 0;

function quote(text: string): string {
  const oneLine = text.trim().replace(/\s+/g, ' ');
  return oneLine.length > 80 ? `"${oneLine.slice(0, 77)}…"` : `"${oneLine}"`;
}

/** Everything missing or malformed in a report, in the order of the report; empty when it may be submitted. */
export function checkCompleteness(report: CompletenessInput): MissingItem[] {
  const missing: MissingItem[] = [];
  const asked = new Set(report.reasons);

  // Every referral question gets an answer: the referral source is entitled to one per question.
  for (const question of report.referralQuestions) {
    const answered = report.answers.some((a) => a.questionId === question.id && !blank(a.answer));
    if (!answered) missing.push({ field: `answers.${question.id}`, message: `referral question ${quote(question.text)} is not answered` });
  }

  // The opinion rests on the records: the report lists what was reviewed.
  if (report.recordsReviewed.every((r) => blank(r)) && !(report.reviewedRecords ?? []).some((r) => r.reviewed || r.reliedOn)) {
    missing.push({ field: 'recordsReviewed', message: 'no records reviewed are listed' });
  }

  if (asked.has('MMI')) {
    // MMI asked: say whether it is reached, and since when.
    if (!report.mmi || report.mmi.reached === null) {
      missing.push({ field: 'mmi.reached', message: 'MMI was asked: state whether maximum medical improvement has been reached' });
    } else if (report.mmi.reached && blank(report.mmi.date)) {
      missing.push({ field: 'mmi.date', message: 'MMI is reached: state the date it was reached' });
    }
  }

  if (asked.has('IMPAIRMENT_RATING')) {
    // A rating is only checkable with its source: guide edition, table and page (e.g. AMA Guides 6th, Table 15-5, p. 401).
    const impairment = report.impairment;
    if (!impairment || impairment.wholePersonPercent === null) {
      missing.push({ field: 'impairment.wholePersonPercent', message: 'an impairment rating was asked: state the whole-person percentage' });
    } else if (!(impairment.wholePersonPercent >= 0 && impairment.wholePersonPercent <= 100)) {
      missing.push({ field: 'impairment.wholePersonPercent', message: `the whole-person percentage must be from 0 to 100, not ${impairment.wholePersonPercent}` });
    }
    if (blank(impairment?.guideEdition)) missing.push({ field: 'impairment.guideEdition', message: 'the impairment rating must cite the rating guide edition' });
    if (blank(impairment?.table)) missing.push({ field: 'impairment.table', message: 'the impairment rating must cite the table' });
    if (blank(impairment?.page)) missing.push({ field: 'impairment.page', message: 'the impairment rating must cite the page' });
  }

  if (asked.has('CAUSATION') && blank(report.causationOpinion)) {
    missing.push({ field: 'causationOpinion', message: 'causation was asked: state the causation opinion' });
  }

  if (asked.has('WORK_CAPACITY') && blank(report.workCapacity)) {
    missing.push({ field: 'workCapacity', message: 'work capacity was asked: state the work capacity' });
  }

  report.diagnoses.forEach((diagnosis, index) => {
    if (!isValidIcd10(diagnosis.icd10)) {
      missing.push({ field: `diagnoses.${index}.icd10`, message: `'${diagnosis.icd10}' is not an ICD-10 code (like S83.241A)` });
    }
  });

  // A records-only review has neither time; an exam has both, in order.
  const started = report.examStartedAt ?? null;
  const ended = report.examEndedAt ?? null;
  if (started && !ended) missing.push({ field: 'examEndedAt', message: 'the exam start is recorded: record its end too' });
  if (!started && ended) missing.push({ field: 'examStartedAt', message: 'the exam end is recorded: record its start too' });
  if (started && ended && ended.getTime() <= started.getTime()) {
    missing.push({ field: 'examEndedAt', message: `the exam end (${ended.toISOString()}) must be after its start (${started.toISOString()})` });
  }
  return missing;
}
