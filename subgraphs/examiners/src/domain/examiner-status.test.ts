import { describe, expect, it } from 'vitest';
import { checkExaminerStatusChange, type StatusChangeFacts } from './examiner-status';

const base: StatusChangeFacts = {
  from: 'PENDING_REVIEW',
  to: 'ACTIVE',
  reason: null,
  today: '2026-06-01',
  specialtyCount: 1,
  licences: [{ status: 'VERIFIED', expiresOn: '2027-01-01' }],
};

describe('checkExaminerStatusChange', () => {
  it('activates an examiner with a specialty and a verified unexpired licence', () => {
    expect(checkExaminerStatusChange(base)).toEqual({ ok: true });
  });

  it('accepts a licence expiring today', () => {
    expect(checkExaminerStatusChange({ ...base, licences: [{ status: 'VERIFIED', expiresOn: '2026-06-01' }] }).ok).toBe(true);
  });

  it.each([
    ['no specialty', { specialtyCount: 0 }, 'ACTIVATION_NEEDS_SPECIALTY'],
    ['no licence', { licences: [] }, 'ACTIVATION_NEEDS_LICENCE'],
    ['unverified licence', { licences: [{ status: 'UNVERIFIED', expiresOn: null }] }, 'ACTIVATION_NEEDS_LICENCE'],
    ['expired licence', { licences: [{ status: 'VERIFIED', expiresOn: '2026-05-31' }] }, 'ACTIVATION_NEEDS_LICENCE'],
    ['same status', { from: 'ACTIVE' as const }, 'STATUS_UNCHANGED'],
    ['back to review', { from: 'ACTIVE' as const, to: 'PENDING_REVIEW' as const }, 'STATUS_TRANSITION'],
    ['suspension without reason', { from: 'ACTIVE' as const, to: 'SUSPENDED' as const, reason: '  ' }, 'REASON_REQUIRED'],
    ['retirement without reason', { from: 'ACTIVE' as const, to: 'RETIRED' as const }, 'REASON_REQUIRED'],
  ])('refuses %s', (_label, change, rule) => {
    const verdict = checkExaminerStatusChange({ ...base, ...change });
    expect(verdict.ok).toBe(false);
    expect(verdict.ok === false && verdict.rule).toBe(rule);
  });

  it('suspends with a reason', () => {
    expect(checkExaminerStatusChange({ ...base, from: 'ACTIVE', to: 'SUSPENDED', reason: 'licence under review' }).ok).toBe(true);
  });
});
