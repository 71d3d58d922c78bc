import { describe, expect, it } from 'vitest';
import { LOW_CONFIDENCE_REPORTS, sampleCue } from './sample';

describe('sampleCue', () => {
  it('says how many reports the score rests on, low-confidence under the threshold', () => {
    expect(sampleCue({ reportsCounted: 1, examsCounted: 1 })).toEqual({ text: 'from 1 report', low: true });
    expect(sampleCue({ reportsCounted: LOW_CONFIDENCE_REPORTS - 1, examsCounted: 9 })).toEqual({ text: 'from 4 reports', low: true });
    expect(sampleCue({ reportsCounted: LOW_CONFIDENCE_REPORTS, examsCounted: 9 })).toEqual({ text: 'from 5 reports', low: false });
  });

  it('names the appointments when there is no report yet', () => {
    expect(sampleCue({ reportsCounted: 0, examsCounted: 2 })).toEqual({ text: 'from 2 appointments, no report', low: true });
    expect(sampleCue({ reportsCounted: 0, examsCounted: 0 })).toEqual({ text: 'from no report or appointment', low: true });
  });

  it('says nothing before the first refresh', () => {
    expect(sampleCue({ reportsCounted: null, examsCounted: null })).toBeNull();
    expect(sampleCue(undefined)).toBeNull();
  });
});
