import { describe, expect, it } from 'vitest';
import { isValidNpi, npiCheckDigit } from './npi';

describe('npiCheckDigit', () => {
  it('computes the CMS example: 123456789 → 3', () => {
    expect(npiCheckDigit('123456789')).toBe(3);
  });

  it('agrees with the CMS shortcut of adding 24 to the doubled-digit sum', () => {
    for (const first9 of ['123456789', '100000000', '199999999', '298765432', '154321098', '111111111']) {
      let sum = 24;
      [...first9].forEach((c, i) => {
        let d = Number(c);
        if (i % 2 === 0) {
          d *= 2;
          if (d > 9) d -= 9;
        }
        sum += d;
      });
      expect(npiCheckDigit(first9)).toBe((10 - (sum % 10)) % 10);
    }
  });

  it.each(['12345678', '1234567890', '12345678a', ' 23456789'])('refuses %j', (input) => {
    expect(() => npiCheckDigit(input)).toThrow(RangeError);
  });
});

describe('isValidNpi', () => {
  it.each(['1234567893', '1245319599', '1003000126', '1982736450'])('accepts %s', (npi) => {
    expect(isValidNpi(npi)).toBe(true);
  });

  it('accepts every NPI built with its check digit', () => {
    for (const first9 of ['100000000', '200000000', '155555555', '287654321']) {
      expect(isValidNpi(first9 + npiCheckDigit(first9))).toBe(true);
    }
  });

  it('refuses a wrong check digit', () => {
    for (let digit = 0; digit <= 9; digit += 1) {
      if (digit !== 3) expect(isValidNpi(`123456789${digit}`)).toBe(false);
    }
  });

  it('catches a transposition of adjacent digits', () => {
    expect(isValidNpi('2134567893')).toBe(false);
  });

  it.each(['', '123456789', '12345678930', '123456789X', '1234-567893', ' 1234567893', '１２３４５６７８９３'])('refuses malformed %j', (npi) => {
    expect(isValidNpi(npi)).toBe(false);
  });
});
