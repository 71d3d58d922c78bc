import { describe, expect, it } from 'vitest';
import { accommodationSentences, describeMissing, missingArrangements, sameNeed } from './exam-arrangements';

const wheelchair = { accommodation: 'Wheelchair-accessible room', arrangement: 'ground-floor room 2', arrangedBy: 'Front desk (Albany office)', confirmed: true };

describe('exam arrangements', () => {
  it('needs nothing when the claimant asked for nothing', () => {
    expect(missingArrangements({ interpreterNeeded: false, language: 'en', accommodations: [] }, { interpreter: null, accommodations: [] })).toEqual([]);
  });

  it('names the interpreter and each accommodation not confirmed, telling unarranged from unconfirmed', () => {
    const needs = { interpreterNeeded: true, language: 'es', accommodations: ['Wheelchair-accessible room', 'Sign language interpreter (ASL)'] };
    const missing = missingArrangements(needs, {
      interpreter: { language: 'es', name: null, agency: 'Lingua', confirmed: false },
      accommodations: [{ ...wheelchair, confirmed: false }],
    });
    expect(missing).toEqual([
      { kind: 'INTERPRETER', what: 'es', unconfirmed: true },
      { kind: 'ACCOMMODATION', what: 'Wheelchair-accessible room', unconfirmed: true },
      { kind: 'ACCOMMODATION', what: 'Sign language interpreter (ASL)', unconfirmed: false },
    ]);
    expect(describeMissing(missing)).toBe(
      'an interpreter for language "es" (arranged, not confirmed); accommodation "Wheelchair-accessible room" (arranged, not confirmed); accommodation "Sign language interpreter (ASL)" (not arranged)',
    );
  });

  it('is satisfied once each is confirmed, matching needs as written', () => {
    expect(sameNeed('  wheelchair-accessible   ROOM ', 'Wheelchair-accessible room')).toBe(true);
    const needs = { interpreterNeeded: true, language: 'es', accommodations: ['wheelchair-accessible room'] };
    expect(missingArrangements(needs, { interpreter: { language: 'es', name: 'Marta Ruiz', agency: null, confirmed: true }, accommodations: [wheelchair] })).toEqual([]);
  });

  it('says what was arranged, confirmed ones only', () => {
    expect(accommodationSentences([wheelchair, { ...wheelchair, accommodation: 'Chaperone', confirmed: false }])).toEqual([
      'Arranged and confirmed for you (Wheelchair-accessible room): ground-floor room 2, by Front desk (Albany office).',
    ]);
    expect(accommodationSentences([wheelchair], 'es')[0]).toContain('a cargo de Front desk');
  });
});
