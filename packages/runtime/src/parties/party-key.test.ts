import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { claimantIdentity, normaliseIdentity, partyKey } from './party-key';

const secret = 'test-secret';

describe('normaliseIdentity', () => {
  it('trims, lower-cases, collapses whitespace and strips diacritics', () => {
    expect(normaliseIdentity('  José   María\tNÚÑEZ \n')).toBe('jose maria nunez');
    expect(normaliseIdentity('Zoë Ørsted-Müller')).toBe('zoe ørsted-muller');
    expect(normaliseIdentity('ＡＣＭＥ Insurance')).toBe('acme insurance'); // full-width letters
  });
});

describe('partyKey', () => {
  it('is a 64-character hex HMAC-SHA256 of the type-prefixed normalised identity', () => {
    const key = partyKey(secret, 'CLIENT', 'Acme Insurance');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).toBe(createHmac('sha256', secret).update('CLIENT:acme insurance').digest('hex'));
  });

  it('is stable across calls', () => {
    expect(partyKey(secret, 'CLIENT', 'Acme Insurance')).toBe(partyKey(secret, 'CLIENT', 'Acme Insurance'));
  });

  it('ignores case, spacing and accents', () => {
    const key = partyKey(secret, 'ATTORNEY', 'José Núñez');
    for (const variant of ['jose nunez', '  JOSE   NUNEZ ', 'José\tNúñez', 'Jose\u0301 Nu\u0303n\u0303ez']) {
      expect(partyKey(secret, 'ATTORNEY', variant)).toBe(key);
    }
  });

  it('differs for different spellings, party types and secrets', () => {
    const key = partyKey(secret, 'CLIENT', 'Acme Insurance');
    expect(partyKey(secret, 'CLIENT', 'Acme Insurance Co')).not.toBe(key);
    expect(partyKey(secret, 'EMPLOYER', 'Acme Insurance')).not.toBe(key);
    expect(partyKey('another-secret', 'CLIENT', 'Acme Insurance')).not.toBe(key);
  });

  it('refuses an empty secret or a blank identity', () => {
    expect(() => partyKey('', 'CLIENT', 'Acme')).toThrow(/secret/);
    expect(() => partyKey(secret, 'CLIENT', ' \t ')).toThrow(RangeError);
  });
});

describe('claimantIdentity', () => {
  it('builds last|first|date of birth, normalised', () => {
    expect(claimantIdentity({ lastName: ' Núñez ', firstName: 'María  José', dateOfBirth: '1980-04-02' })).toBe(
      'nunez|maria jose|1980-04-02',
    );
  });

  it('gives the same claimant key for differently typed records', () => {
    const a = partyKey(secret, 'CLAIMANT', claimantIdentity({ lastName: 'Núñez', firstName: 'María', dateOfBirth: '1980-04-02' }));
    const b = partyKey(secret, 'CLAIMANT', claimantIdentity({ lastName: 'NUNEZ ', firstName: ' maria', dateOfBirth: '1980-04-02' }));
    const other = partyKey(secret, 'CLAIMANT', claimantIdentity({ lastName: 'Nunez', firstName: 'Maria', dateOfBirth: '1980-04-03' }));
    expect(a).toBe(b);
    expect(other).not.toBe(a);
  });

  it('refuses missing parts', () => {
    expect(() => claimantIdentity({ lastName: '', firstName: 'A', dateOfBirth: '1980-01-01' })).toThrow(/last name/);
    expect(() => claimantIdentity({ lastName: 'B', firstName: ' ', dateOfBirth: '1980-01-01' })).toThrow(/first name/);
    expect(() => claimantIdentity({ lastName: 'B', firstName: 'A', dateOfBirth: '01/02/1980' })).toThrow(/date of birth/);
  });
});
