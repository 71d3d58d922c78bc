import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';

describe('passwords', () => {
  it('hashes with a salt and verifies only the right password', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('anything', 'plain-text')).toBe(false);
  });

  it('refuses short passwords and common ones (password-policy.ts)', async () => {
    expect(passwordProblem('short')).toMatch(/15 characters/);
    await expect(hashPassword('short')).rejects.toThrow(/15 characters/);
    await expect(hashPassword('eleven char')).rejects.toThrow(/15 characters/);
    await expect(hashPassword('1qaz2wsx3edc4rfv')).rejects.toThrow(/commonly used/);
    await expect(hashPassword('casey@client.example', { email: 'casey@client.example' })).rejects.toThrow(/e-mail address/);
  });
});
