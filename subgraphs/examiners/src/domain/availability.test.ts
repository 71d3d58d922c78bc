import { describe, expect, it } from 'vitest';
import { availabilityProblems, defaultTimeZoneForRegion, examMinutes, type AvailabilityShape } from './availability';

const valid: AvailabilityShape = {
  telehealthTimeZone: 'America/New_York',
  weeklyHours: [
    { weekday: 1, start: '09:00', end: '12:00', officeId: 'o1' },
    { weekday: 1, start: '13:00', end: '17:00', officeId: 'o1' },
    { weekday: 2, start: '09:00', end: '17:00', officeId: null },
  ],
  exceptions: [{ kind: 'TIME_OFF', startsOn: '2026-12-24', endsOn: '2026-12-31', startTime: null, endTime: null, officeId: null, timeZone: null }],
  examLengths: [{ format: 'IN_PERSON', specialtyCode: 'ORTHO', minutes: 90 }],
};

describe('availabilityProblems', () => {
  it('accepts a well-formed availability', () => {
    expect(availabilityProblems(valid, new Set(['o1']), true)).toEqual([]);
  });

  it('names each field that is wrong', () => {
    const problems = availabilityProblems(
      {
        telehealthTimeZone: 'Mars/Olympus',
        weeklyHours: [
          { weekday: 8, start: '9:00', end: '17:00', officeId: 'elsewhere' },
          { weekday: 1, start: '12:00', end: '11:00', officeId: null },
          { weekday: 3, start: '09:00', end: '12:00', officeId: 'o1' },
          { weekday: 3, start: '11:00', end: '13:00', officeId: 'o1' },
        ],
        exceptions: [{ kind: 'TIME_OFF', startsOn: '2026-12-31', endsOn: '2026-12-24', startTime: '10:00', endTime: null, officeId: null, timeZone: 'Nowhere' }],
        examLengths: [
          { format: 'IN_PERSON', specialtyCode: null, minutes: 60 },
          { format: 'IN_PERSON', specialtyCode: null, minutes: 45 },
        ],
      },
      new Set(['o1']),
      false,
    ).map((p) => p.field);
    expect(problems).toEqual([
      'input.telehealthTimeZone',
      'input.weeklyHours.0.weekday',
      'input.weeklyHours.0.start',
      'input.weeklyHours.0.officeId',
      'input.weeklyHours.1.end',
      'input.weeklyHours.1.officeId',
      'input.weeklyHours.3',
      'input.exceptions.0.endsOn',
      'input.exceptions.0.endTime',
      'input.exceptions.0.timeZone',
      'input.examLengths.1',
    ]);
  });
});

describe('examMinutes and zones', () => {
  it('prefers the specialty length, then the format, then the default', () => {
    expect(examMinutes(valid.examLengths, 'IN_PERSON', 'ORTHO')).toBe(90);
    expect(examMinutes(valid.examLengths, 'IN_PERSON', 'NEURO')).toBe(60);
    expect(examMinutes([{ format: 'TELEHEALTH', specialtyCode: null, minutes: 30 }], 'TELEHEALTH', 'ORTHO')).toBe(30);
  });

  it('guesses an office zone from its state', () => {
    expect(defaultTimeZoneForRegion('US', 'CA')).toBe('America/Los_Angeles');
    expect(defaultTimeZoneForRegion('US', 'ny')).toBe('America/New_York');
    expect(defaultTimeZoneForRegion('US', 'TX')).toBe('America/Chicago');
  });
});
