import { describe, expect, it } from 'vitest';
import { accountTokenHash, accountTokenState, newAccountToken } from './account-tokens';

describe('account tokens', () => {
  it('are 256 random bits, and only their SHA-256 is kept', () => {
    const a = newAccountToken();
    const b = newAccountToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(accountTokenHash(a)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(accountTokenHash(a)).not.toContain(a);
    expect(accountTokenHash(a)).toBe(accountTokenHash(a));
    expect(accountTokenHash(a)).not.toBe(accountTokenHash(b));
    // The known SHA-256 of "abc" (FIPS 180-2, appendix B.1), in base64url.
    expect(accountTokenHash('abc')).toBe(Buffer.from('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'hex').toString('base64url'));
  });

  it('are usable until they expire or are used', () => {
    const expiresAt = new Date('2026-12-04T12:00:00Z');
    expect(accountTokenState({ usedAt: null, expiresAt }, new Date('2026-12-04T11:59:59Z'))).toBe('USABLE');
    expect(accountTokenState({ usedAt: null, expiresAt }, new Date('2026-12-04T12:00:00Z'))).toBe('EXPIRED');
    expect(accountTokenState({ usedAt: new Date('2026-12-02T00:00:00Z'), expiresAt }, new Date('2026-12-03T00:00:00Z'))).toBe('USED');
    expect(accountTokenState({ usedAt: new Date('2026-12-02T00:00:00Z'), expiresAt }, new Date('2026-12-05T00:00:00Z'))).toBe('USED');
  });
});
