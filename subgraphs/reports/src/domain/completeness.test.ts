import { describe, expect, it } from 'vitest';
import { checkCompleteness, isValidIcd10, type CompletenessInput } from './completeness';

const complete: CompletenessInput = {
  reasons: ['CAUSATION', 'WORK_CAPACITY', 'IMPAIRMENT_RATING', 'MMI', 'TREATMENT_NEED'],
  referralQuestions: [
    { id: 'q-1', text: 'Is the knee injury causally related to the accident of 2026-01-12?' },
    { id: 'q-2', text: 'Is further treatment needed?' },
  ],
  answers: [
    { questionId: 'q-1', answer: 'Yes, within a reasonable degree of medical certainty.' },
    { questionId: 'q-2', answer: 'Physical therapy for six weeks.' },
  ],
  recordsReviewed: ['ER record 2026-01-12', 'MRI right knee 2026-02-03'],
  mmi: { reached: true, date: '2026-05-01' },
  impairment: { wholePersonPercent: 4, guideEdition: 'AMA Guides 6th', table: '16-3', page: '509' },
  diagnoses: [{ icd10: 'S83.241A' }, { icd10: 'M25.561' }],
  causationOpinion: 'Causally related.',
  workCapacity: 'Modified duty, no kneeling.',
  examStartedAt: new Date('2026-05-10T14:00:00Z'),
  examEndedAt: new Date('2026-05-10T14:45:00Z'),
};

const fieldsMissing = (change: Partial<CompletenessInput>) => checkCompleteness({ ...complete, ...change }).map((m) => m.field);

describe('checkCompleteness', () => {
  it('finds nothing missing in a complete report', () => {
    expect(checkCompleteness(complete)).toEqual([]);
  });

  it('takes a document of the case reviewed or relied on as a record reviewed listed', () => {
    expect(checkCompleteness({ ...complete, recordsReviewed: [], reviewedRecords: [{ reviewed: true, reliedOn: false }] })).toEqual([]);
    expect(checkCompleteness({ ...complete, recordsReviewed: [], reviewedRecords: [{ reviewed: false, reliedOn: true }] })).toEqual([]);
  });

  it.each<[string, Partial<CompletenessInput>, string[]]>([
    ['an unanswered question', { answers: [complete.answers[0]!] }, ['answers.q-2']],
    ['a blank answer', { answers: [complete.answers[0]!, { questionId: 'q-2', answer: '   ' }] }, ['answers.q-2']],
    ['no records reviewed', { recordsReviewed: [] }, ['recordsReviewed']],
    ['only blank records reviewed', { recordsReviewed: [' '] }, ['recordsReviewed']],
    ['documents received but none reviewed', { recordsReviewed: [], reviewedRecords: [{ reviewed: false, reliedOn: false }] }, ['recordsReviewed']],
    ['MMI not stated', { mmi: null }, ['mmi.reached']],
    ['MMI reached unknown', { mmi: { reached: null } }, ['mmi.reached']],
    ['MMI reached without a date', { mmi: { reached: true, date: null } }, ['mmi.date']],
    ['no impairment', { impairment: null }, ['impairment.wholePersonPercent', 'impairment.guideEdition', 'impairment.table', 'impairment.page']],
    ['impairment without percentage', { impairment: { ...complete.impairment!, wholePersonPercent: null } }, ['impairment.wholePersonPercent']],
    ['impairment over 100 %', { impairment: { ...complete.impairment!, wholePersonPercent: 140 } }, ['impairment.wholePersonPercent']],
    ['impairment without edition', { impairment: { ...complete.impairment!, guideEdition: null } }, ['impairment.guideEdition']],
    ['impairment without table', { impairment: { ...complete.impairment!, table: '' } }, ['impairment.table']],
    ['impairment without page', { impairment: { ...complete.impairment!, page: ' ' } }, ['impairment.page']],
    ['no causation opinion', { causationOpinion: null }, ['causationOpinion']],
    ['blank causation opinion', { causationOpinion: '  ' }, ['causationOpinion']],
    ['no work capacity', { workCapacity: undefined }, ['workCapacity']],
    ['a malformed ICD-10 code', { diagnoses: [{ icd10: 'S83.241A' }, { icd10: 'knee sprain' }] }, ['diagnoses.1.icd10']],
    ['an exam ending at its start', { examEndedAt: complete.examStartedAt }, ['examEndedAt']],
    ['an exam ending before its start', { examEndedAt: new Date('2026-05-10T13:00:00Z') }, ['examEndedAt']],
    ['an exam start without an end', { examEndedAt: null }, ['examEndedAt']],
    ['an exam end without a start', { examStartedAt: undefined }, ['examStartedAt']],
  ])('reports %s alone', (_name, change, fields) => {
    expect(fieldsMissing(change)).toEqual(fields);
  });

  it('words the messages for the author', () => {
    const missing = checkCompleteness({ ...complete, answers: [], mmi: { reached: true }, diagnoses: [{ icd10: 'X' }] });
    expect(missing.map((m) => m.message)).toEqual([
      'referral question "Is the knee injury causally related to the accident of 2026-01-12?" is not answered',
      'referral question "Is further treatment needed?" is not answered',
      'MMI is reached: state the date it was reached',
      "'X' is not an ICD-10 code (like S83.241A)",
    ]);
  });

  it('shortens long question texts in messages', () => {
    const long = 'Please address '.repeat(10);
    const [item] = checkCompleteness({ ...complete, referralQuestions: [{ id: 'q-9', text: long }] });
    expect(item!.message.length).toBeLessThan(120);
    expect(item!.message).toMatch(/…" is not answered$/);
  });

  it('asks for MMI, impairment, causation and work capacity only when those reasons are given', () => {
    const onlySecondOpinion: CompletenessInput = {
      ...complete,
      reasons: ['SECOND_OPINION'],
      mmi: null,
      impairment: null,
      causationOpinion: null,
      workCapacity: null,
    };
    expect(checkCompleteness(onlySecondOpinion)).toEqual([]);
  });

  it('accepts MMI not reached without a date', () => {
    expect(fieldsMissing({ mmi: { reached: false } })).toEqual([]);
  });

  it('accepts a records-only review without exam times, no questions and no diagnoses', () => {
    expect(checkCompleteness({ ...complete, referralQuestions: [], examStartedAt: null, examEndedAt: null, diagnoses: [] })).toEqual([]);
  });

  it('accepts any stated opinion, whatever it concludes', () => {
    expect(fieldsMissing({ causationOpinion: 'Not causally related.' })).toEqual([]);
    expect(fieldsMissing({ impairment: { ...complete.impairment!, wholePersonPercent: 0 } })).toEqual([]);
  });

  it('ignores answers to questions that are not on the referral', () => {
    expect(fieldsMissing({ answers: [...complete.answers, { questionId: 'q-x', answer: '' }] })).toEqual([]);
  });
});

describe('isValidIcd10', () => {
  it.each(['S83.241A', 'M54.5', 'M545', 'U07.1', 'Z00.00', 'S83241A', 'A00', 'c50.911', 'M1A.0110'])('accepts %s', (code) => {
    expect(isValidIcd10(code)).toBe(true);
  });

  it.each(['', 'S8', '583.2', 'SA3.2', 'S83.', 'S83.24112', 'S83..2', ' S83.2', 'S83.2 ', 'S83-241A', 'S83.24_A'])('refuses %j', (code) => {
    expect(isValidIcd10(code)).toBe(false);
  });
});
