import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { checkTotpCode, decryptTotpSecret, encryptTotpSecret, newTotpEnrolment, totpEncryptionKey } from './totp';

describe('TOTP', () => {
  it('enrols with a base32 secret and an otpauth URI naming the platform and the account', () => {
    const { secret, otpauthUri } = newTotpEnrolment('casey@client.example');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/IME%20Panel:casey%40client\.example\?/);
    expect(otpauthUri).toContain(`secret=${secret}`);
  });

  it('keeps the secret encrypted, readable only with the key', () => {
    const key = totpEncryptionKey(null, 'a development secret of enough length');
    const { secret } = newTotpEnrolment('x@y.example');
    const stored = encryptTotpSecret(secret, key);
    expect(stored).not.toContain(secret);
    expect(decryptTotpSecret(stored, key)).toBe(secret);
    expect(() => decryptTotpSecret(stored, totpEncryptionKey('0'.repeat(64), null))).toThrow();
    expect(() => totpEncryptionKey('abcd', null)).toThrow(/32 bytes/);
  });

  it('accepts the current code once, a neighbouring step for clock drift, and refuses replays and wrong codes', async () => {
    const { secret } = newTotpEnrolment('x@y.example');
    const now = new Date('2026-12-01T12:00:10Z');
    const epoch = now.getTime() / 1000;
    const code = await generate({ secret, epoch });
    const step = await checkTotpCode(secret, code, now, null);
    expect(step).toBe(Math.floor(epoch / 30));
    expect(await checkTotpCode(secret, code, now, step)).toBeNull(); // replayed
    expect(await checkTotpCode(secret, code, new Date(now.getTime() + 30_000), null)).toBe(step); // 30 s late
    expect(await checkTotpCode(secret, code, new Date(now.getTime() + 120_000), null)).toBeNull(); // too late
    const next = await generate({ secret, epoch: epoch + 30 });
    expect(await checkTotpCode(secret, next, new Date(now.getTime() + 30_000), step)).toBe(step! + 1);
    expect(await checkTotpCode(secret, code === '000000' ? '111111' : '000000', now, null)).toBeNull();
    expect(await checkTotpCode(secret, 'abcdef', now, null)).toBeNull();
  });
});
