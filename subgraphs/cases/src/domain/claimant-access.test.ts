import { describe, expect, it } from 'vitest';
import { MAX_FAILED_ATTEMPTS, accessStatus, checkCode, checkDateOfBirth, maskedEmail, matchesHash, newAccessToken, newVerificationCode, panelPartyOf, secretHash, sessionRefusal, type AccessFacts } from './claimant-access';

const now = new Date('2026-12-01T12:00:00Z');
const active = (over: Partial<AccessFacts> = {}): AccessFacts => ({
  expiresAt: new Date('2027-06-01T00:00:00Z'),
  revokedAt: null,
  lockedAt: null,
  failedAttempts: 0,
  codeHash: null,
  codeExpiresAt: null,
  codeSentAt: null,
  ...over,
});

describe('access links', () => {
  it('are random, URL-safe and stored as a hash only', () => {
    const a = newAccessToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newAccessToken()).not.toBe(a);
    expect(secretHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(matchesHash(a, secretHash(a))).toBe(true);
    expect(matchesHash(`${a}x`, secretHash(a))).toBe(false);
    expect(matchesHash(a, null)).toBe(false);
  });

  it('has a status: revoked before locked before expired', () => {
    expect(accessStatus(active(), now)).toBe('ACTIVE');
    expect(accessStatus(active({ expiresAt: now }), now)).toBe('EXPIRED');
    expect(accessStatus(active({ lockedAt: now, expiresAt: now }), now)).toBe('LOCKED');
    expect(accessStatus(active({ revokedAt: now, lockedAt: now }), now)).toBe('REVOKED');
  });

  it('maps the representative to the ATTORNEY side of the panel rules', () => {
    expect(panelPartyOf('CLAIMANT')).toBe('CLAIMANT');
    expect(panelPartyOf('REPRESENTATIVE')).toBe('ATTORNEY');
  });
});

describe('date of birth step', () => {
  it('accepts the right date and refuses a wrong one, counting down to the lock', () => {
    expect(checkDateOfBirth(active(), '1980-04-02', '1980-04-02', now)).toEqual({ ok: true });
    const wrong = checkDateOfBirth(active(), '1980-04-03', '1980-04-02', now);
    expect(wrong).toMatchObject({ ok: false, rule: 'WRONG_DATE_OF_BIRTH', attemptsLeft: MAX_FAILED_ATTEMPTS - 1, locks: false });
    const last = checkDateOfBirth(active({ failedAttempts: MAX_FAILED_ATTEMPTS - 1 }), '1980-04-03', '1980-04-02', now);
    expect(last).toMatchObject({ ok: false, attemptsLeft: 0, locks: true });
    expect((last as { message: string }).message).toMatch(/locked/);
  });

  it('refuses a revoked, locked or expired link whatever the date', () => {
    expect(checkDateOfBirth(active({ revokedAt: now }), '1980-04-02', '1980-04-02', now)).toMatchObject({ rule: 'ACCESS_REVOKED', locks: false });
    expect(checkDateOfBirth(active({ lockedAt: now }), '1980-04-02', '1980-04-02', now)).toMatchObject({ rule: 'ACCESS_LOCKED' });
    expect(checkDateOfBirth(active({ expiresAt: new Date('2026-11-30T00:00:00Z') }), '1980-04-02', '1980-04-02', now)).toMatchObject({ rule: 'ACCESS_EXPIRED' });
  });

  it('does not send a new code moments after the last one', () => {
    const sent = active({ codeSentAt: new Date(now.getTime() - 5_000), codeExpiresAt: new Date(now.getTime() + 60_000), codeHash: secretHash('123456') });
    expect(checkDateOfBirth(sent, '1980-04-02', '1980-04-02', now)).toMatchObject({ rule: 'CODE_RESEND_TOO_SOON' });
    expect(checkDateOfBirth({ ...sent, codeSentAt: new Date(now.getTime() - 60_000) }, '1980-04-02', '1980-04-02', now)).toEqual({ ok: true });
  });
});

describe('code step', () => {
  const sent = active({ codeHash: secretHash('042917'), codeExpiresAt: new Date(now.getTime() + 60_000), codeSentAt: now });
  it('accepts the code sent, before it expires', () => {
    expect(checkCode(sent, '042917', now)).toEqual({ ok: true });
    expect(checkCode(sent, ' 042917 ', now)).toEqual({ ok: true });
  });
  it('refuses a wrong, expired or unsent code', () => {
    expect(checkCode(sent, '042918', now)).toMatchObject({ rule: 'WRONG_CODE', attemptsLeft: 4 });
    expect(checkCode(sent, 'abc', now)).toMatchObject({ rule: 'WRONG_CODE' });
    expect(checkCode(sent, '042917', new Date(now.getTime() + 61_000))).toMatchObject({ rule: 'CODE_EXPIRED', locks: false });
    expect(checkCode(active(), '042917', now)).toMatchObject({ rule: 'CODE_NOT_SENT' });
    expect(checkCode({ ...sent, failedAttempts: 4 }, '000000', now)).toMatchObject({ locks: true });
  });
  it('draws six digits', () => {
    for (let i = 0; i < 50; i++) expect(newVerificationCode()).toMatch(/^\d{6}$/);
  });
});

describe('sessions', () => {
  it('end with their link', () => {
    expect(sessionRefusal(active(), now)).toBeNull();
    expect(sessionRefusal(active({ revokedAt: now }), now)).toMatch(/revoked/);
    expect(sessionRefusal(null, now)).toMatch(/not linked/);
  });
  it('show where the code went without the address', () => {
    expect(maskedEmail('maria.lopez@example.com')).toBe('m•••@example.com');
  });
});
