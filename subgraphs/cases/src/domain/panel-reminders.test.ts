import { describe, expect, it } from 'vitest';
import { panelPeriodEnding, sidesThatCanAct } from './panel-reminders';

describe('panel period reminders', () => {
  it('is due the day before and on the last day of the period, for the procedure the panel follows', () => {
    expect(panelPeriodEnding('CLAIMANT_CHOICE', '2026-12-11', null, '2026-12-09')).toBeNull();
    expect(panelPeriodEnding('CLAIMANT_CHOICE', '2026-12-11', null, '2026-12-10')).toEqual({ period: 'CHOICE', endsOn: '2026-12-11' });
    expect(panelPeriodEnding('CLAIMANT_CHOICE', '2026-12-11', null, '2026-12-11')).toEqual({ period: 'CHOICE', endsOn: '2026-12-11' });
    expect(panelPeriodEnding('CLAIMANT_CHOICE', '2026-12-11', null, '2026-12-12')).toBeNull();
    expect(panelPeriodEnding('PARTY_STRIKES', null, '2026-12-11', '2026-12-10')).toEqual({ period: 'STRIKE', endsOn: '2026-12-11' });
    expect(panelPeriodEnding('UNRESTRICTED', null, null, '2026-12-10')).toBeNull();
  });

  it('tells the sides that can still act', () => {
    expect(sidesThatCanAct('CHOICE', [])).toEqual(['CLAIMANT']);
    expect(sidesThatCanAct('STRIKE', [null, null, null])).toEqual(['CLAIMANT', 'CLIENT']);
    expect(sidesThatCanAct('STRIKE', ['ATTORNEY', null, null])).toEqual(['CLIENT']);
    expect(sidesThatCanAct('STRIKE', ['CLIENT', 'CLAIMANT', null])).toEqual([]);
  });
});
