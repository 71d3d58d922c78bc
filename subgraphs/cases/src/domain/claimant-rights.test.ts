import { describe, expect, it } from 'vitest';
import { checkClaimantRequest, checkComplaint, checkFeedback, feedbackRating, monthStart } from './claimant-rights';

const ca = { status: 'SCHEDULED', recordingAllowed: true, observerAllowed: true, jurisdictionName: 'California' };
const ny = { status: 'SCHEDULED', recordingAllowed: false, observerAllowed: false, jurisdictionName: 'New York' };

describe('claimant requests', () => {
  it('allow an observer or a recording only where the rule gives it', () => {
    expect(checkClaimantRequest(ca, { kind: 'RECORDING', details: 'audio' })).toEqual({ ok: true });
    expect(checkClaimantRequest(ny, { kind: 'RECORDING', details: 'audio' })).toMatchObject({ ok: false, rule: 'NOT_A_RIGHT_HERE' });
    expect(checkClaimantRequest(ny, { kind: 'OBSERVER', details: 'my sister' })).toMatchObject({ rule: 'NOT_A_RIGHT_HERE' });
    expect(checkClaimantRequest(ny, { kind: 'INTERPRETER', details: '' })).toEqual({ ok: true });
  });
  it('need a reason for a new date or an accommodation, and come before the exam', () => {
    expect(checkClaimantRequest(ca, { kind: 'RESCHEDULE', details: ' ' })).toMatchObject({ rule: 'REASON_REQUIRED' });
    expect(checkClaimantRequest(ca, { kind: 'ACCOMMODATION', details: 'Wheelchair access' })).toEqual({ ok: true });
    expect(checkClaimantRequest({ ...ca, status: 'EXAMINED' }, { kind: 'INTERPRETER', details: '' })).toMatchObject({ rule: 'EXAM_OVER' });
  });
});

describe('feedback and complaints', () => {
  it('come after the exam; feedback once', () => {
    expect(checkFeedback({ status: 'SCHEDULED', alreadyGiven: false })).toMatchObject({ rule: 'EXAM_NOT_HELD' });
    expect(checkFeedback({ status: 'EXAMINED', alreadyGiven: false })).toEqual({ ok: true });
    expect(checkFeedback({ status: 'REPORTED', alreadyGiven: true })).toMatchObject({ rule: 'FEEDBACK_GIVEN' });
    expect(checkComplaint({ status: 'SCHEDULED', details: 'He was rude to me during the exam' })).toMatchObject({ rule: 'EXAM_NOT_HELD' });
    expect(checkComplaint({ status: 'CLOSED', details: 'rude' })).toMatchObject({ rule: 'REASON_REQUIRED' });
    expect(checkComplaint({ status: 'CLOSED', details: 'He was rude to me during the exam' })).toEqual({ ok: true });
  });
  it('rate conduct from 1 to 5', () => {
    expect(feedbackRating({ durationMinutes: 30, explained: true, courtesy: 5, privacyRespected: true })).toBe(5);
    expect(feedbackRating({ durationMinutes: 30, explained: false, courtesy: 4, privacyRespected: false })).toBe(2);
    expect(feedbackRating({ durationMinutes: 5, explained: false, courtesy: 1, privacyRespected: false })).toBe(1);
  });
  it('are dated by month only', () => {
    expect(monthStart('2026-12-17')).toBe('2026-12-01');
  });
});
