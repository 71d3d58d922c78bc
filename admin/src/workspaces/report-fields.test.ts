import { describe, expect, it } from 'vitest';
import { flattenErrors, icd10Code, markReviewedRecord, missingItemInput, reportFormValues } from './report-fields';

describe('the report editor’s fields', () => {
  it('puts each missing item of the completeness check on its input, with a label a person reads', () => {
    const questions = ['q-a', 'q-b'];
    expect(missingItemInput('answers.q-b', questions)).toEqual({ input: 'answers.1.answer', label: 'Answer to question 2' });
    expect(missingItemInput('recordsReviewed', questions)).toEqual({ input: 'recordsReviewed', label: 'Records reviewed' });
    expect(missingItemInput('mmi.reached', questions)).toEqual({ input: 'mmiReached', label: 'MMI reached' });
    expect(missingItemInput('mmi.date', questions).input).toBe('mmiDate');
    expect(missingItemInput('impairment.wholePersonPercent', questions)).toEqual({ input: 'impairmentPercent', label: 'Whole-person impairment (%)' });
    expect(missingItemInput('impairment.page', questions)).toEqual({ input: 'impairmentPage', label: 'Guide page' });
    expect(missingItemInput('diagnoses.0.icd10', questions)).toEqual({ input: 'diagnoses.0.icd10', label: 'Diagnosis 1: ICD-10 code' });
    expect(missingItemInput('causationOpinion', questions).label).toBe('Causation opinion');
    expect(missingItemInput('workCapacity', questions).label).toBe('Work capacity');
  });

  it('accepts ICD-10 codes by shape, as the API does, and says what one looks like otherwise', () => {
    for (const code of ['S83.241A', 'M54.5', 'U07.1', 's83241a', 'M17']) expect(icd10Code(code), code).toBeUndefined();
    for (const code of ['', '83.1', 'S8', 'S83.24155', 'back pain']) expect(icd10Code(code), code).toMatch(/ICD-10/);
  });

  it('keeps one answer per referral question, in their order, and MMI as the yes/no the form offers', () => {
    const values = reportFormValues(
      { id: 'r1', version: 4 },
      { questions: [{ id: 'q1' }, { id: 'q2' }], answers: [{ questionId: 'q2', answer: 'Yes' }], recordsReviewed: null, diagnoses: [], mmiReached: false },
    );
    expect(values).toMatchObject({ id: 'r1', version: 4, answers: [{ questionId: 'q1', answer: '' }, { questionId: 'q2', answer: 'Yes' }], recordsReviewed: [], mmiReached: 'false' });
    expect(reportFormValues({ id: 'r' }, { mmiReached: null }).mmiReached).toBeNull();
  });

  it('flattens the API’s field errors onto the form’s inputs', () => {
    expect(flattenErrors({ diagnoses: { 0: { icd10: 'not a code' } }, examEndedAt: 'before the start', recordsReviewed: { root: 'list', 1: 'blank' } })).toEqual([
      ['diagnoses.0.icd10', 'not a code'],
      ['examEndedAt', 'before the start'],
      ['recordsReviewed.1', 'blank'],
      ['recordsReviewed', 'list'],
    ]);
  });

  it('marks a record received, reviewed and relied on as the rule reads (relied on implies reviewed and received)', () => {
    const relied = markReviewedRecord([], 'd1', 'reliedOn', true);
    expect(relied).toEqual([{ documentId: 'd1', received: true, reviewed: true, reliedOn: true }]);
    expect(markReviewedRecord(relied, 'd1', 'reviewed', false)).toEqual([{ documentId: 'd1', received: true, reviewed: false, reliedOn: false }]);
    expect(markReviewedRecord(relied, 'd1', 'received', false)).toEqual([]);
    const two = markReviewedRecord(relied, 'd2', 'reviewed', true);
    expect(two).toEqual([relied[0], { documentId: 'd2', received: true, reviewed: true, reliedOn: false }]);
    expect(reportFormValues({ id: 'r1', version: 1 }, { reviewedRecords: [{ documentId: 'd1', label: 'Medical record: a.pdf', received: true, reviewed: false, reliedOn: false }] }).reviewedRecords).toEqual([
      { documentId: 'd1', received: true, reviewed: false, reliedOn: false },
    ]);
  });
});
