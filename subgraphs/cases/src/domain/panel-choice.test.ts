import { describe, expect, it } from 'vitest';
import { holidayCalendar, usFederalHolidaysForYears } from '@imepanel/runtime/calendar';
import {
  checkSelection,
  checkStrike,
  panelDeadlineNote,
  panelDeadlines,
  panelProcedure,
  sideOf,
  type PanelParty,
  type PanelState,
} from './panel-choice';

const CA = { claimantChoiceDays: 10, claimantChoiceUnit: 'CALENDAR_DAYS', strikeDays: 10, strikeUnit: 'CALENDAR_DAYS' } as const;

function panel(procedure: PanelState['procedure'], struck: Record<string, PanelParty> = {}, size = 3): PanelState {
  const members = ['e1', 'e2', 'e3', 'e4'].slice(0, size).map((examinerId) => ({ examinerId, struckBy: struck[examinerId] ?? null }));
  const due = panelDeadlines(procedure, '2026-12-01', CA);
  return { jurisdiction: 'US-CA', procedure, ...due, members };
}

const ON_TIME = '2026-12-11';
const LATE = '2026-12-12';

describe('panelProcedure', () => {
  it('follows the panel rule and representation', () => {
    expect(panelProcedure({ panelRequired: false, claimantRepresented: true })).toBe('UNRESTRICTED');
    expect(panelProcedure({ panelRequired: true, claimantRepresented: false })).toBe('CLAIMANT_CHOICE');
    expect(panelProcedure({ panelRequired: true, claimantRepresented: true })).toBe('PARTY_STRIKES');
  });
});

describe('sideOf', () => {
  it('puts the attorney with the claimant', () => {
    expect(['CLAIMANT', 'ATTORNEY', 'CLIENT', 'ADMIN', 'EXAMINER', 'OTHER'].map((p) => sideOf(p as PanelParty))).toEqual([
      'claimant',
      'claimant',
      'client',
      'other',
      'other',
      'other',
    ]);
  });
});

describe('panelDeadlines', () => {
  it('counts 10 calendar days from the panel for the period its procedure has', () => {
    expect(panelDeadlines('CLAIMANT_CHOICE', '2026-12-01', CA)).toEqual({ choiceDueOn: '2026-12-11', strikeDueOn: null });
    expect(panelDeadlines('PARTY_STRIKES', '2026-12-01', CA)).toEqual({ choiceDueOn: null, strikeDueOn: '2026-12-11' });
    expect(panelDeadlines('UNRESTRICTED', '2026-12-01', CA)).toEqual({ choiceDueOn: null, strikeDueOn: null });
  });

  it('counts business days over the holidays when the rule says business days', () => {
    const holidays = holidayCalendar('US-CA', 2026, 2027, usFederalHolidaysForYears(2026, 2027));
    const business = { ...CA, strikeUnit: 'BUSINESS_DAYS', claimantChoiceUnit: 'BUSINESS_DAYS' } as const;
    // From Friday 2026-12-18: 21–24 (4), Christmas off, 28–31 (8), New Year off, 4 and 5 January (10).
    expect(panelDeadlines('PARTY_STRIKES', '2026-12-18', business, holidays).strikeDueOn).toBe('2027-01-05');
    expect(panelDeadlines('CLAIMANT_CHOICE', '2026-12-18', business, holidays).choiceDueOn).toBe('2027-01-05');
  });

  it('has no deadline where the rule sets no period', () => {
    expect(panelDeadlines('PARTY_STRIKES', '2026-12-01', { ...CA, strikeDays: null })).toEqual({ choiceDueOn: null, strikeDueOn: null });
  });

  it('is told on the timeline', () => {
    expect(panelDeadlineNote('CLAIMANT_CHOICE', { choiceDueOn: '2026-12-11', strikeDueOn: null })).toContain('the claimant chooses by 2026-12-11');
    expect(panelDeadlineNote('PARTY_STRIKES', { choiceDueOn: null, strikeDueOn: '2026-12-11' })).toContain('strike one by 2026-12-11');
    expect(panelDeadlineNote('UNRESTRICTED', { choiceDueOn: null, strikeDueOn: null })).toBeNull();
  });
});

describe('an unrepresented claimant (CLAIMANT_CHOICE)', () => {
  it('lets the claimant choose, on time or late', () => {
    expect(checkSelection(panel('CLAIMANT_CHOICE'), { examinerId: 'e1', by: 'CLAIMANT', today: '2026-12-01' })).toMatchObject({ ok: true, basis: 'CLAIMANT_CHOICE' });
    expect(checkSelection(panel('CLAIMANT_CHOICE'), { examinerId: 'e1', by: 'CLAIMANT', today: LATE })).toMatchObject({ ok: true, basis: 'CLAIMANT_CHOICE' });
  });

  it('refuses the client until the choice period has lapsed, up to and including its last day', () => {
    for (const today of ['2026-12-01', ON_TIME]) {
      expect(checkSelection(panel('CLAIMANT_CHOICE'), { examinerId: 'e1', by: 'CLIENT', today })).toMatchObject({
        ok: false,
        rule: 'CLAIMANT_CHOICE_PERIOD',
        message: expect.stringContaining('until 2026-12-11'),
      });
    }
  });

  it('lets the client choose after the lapse, saying why', () => {
    expect(checkSelection(panel('CLAIMANT_CHOICE'), { examinerId: 'e2', by: 'CLIENT', today: LATE })).toEqual({
      ok: true,
      basis: 'CHOICE_PERIOD_LAPSED',
      reason: 'The claimant did not choose by 2026-12-11, so the client chose (Labor Code §4062.1(c), 8 CCR §31.3)',
    });
  });

  it('never lets the client choose without a choice period', () => {
    const state = { ...panel('CLAIMANT_CHOICE'), choiceDueOn: null };
    expect(checkSelection(state, { examinerId: 'e1', by: 'CLIENT', today: '2030-01-01' })).toMatchObject({ ok: false, rule: 'CLAIMANT_CHOICE_PERIOD' });
  });

  it('has no strikes', () => {
    expect(checkStrike(panel('CLAIMANT_CHOICE'), { examinerId: 'e1', by: 'CLIENT', today: '2026-12-01' })).toMatchObject({ ok: false, rule: 'STRIKES_REPRESENTED_ONLY' });
    expect(checkStrike(panel('CLAIMANT_CHOICE'), { examinerId: 'e1', by: 'CLAIMANT', today: '2026-12-01' })).toMatchObject({ ok: false, rule: 'STRIKES_REPRESENTED_ONLY' });
  });

  it('refuses choices by someone who is neither side', () => {
    for (const by of ['ADMIN', 'EXAMINER', 'OTHER'] as const) {
      expect(checkSelection(panel('CLAIMANT_CHOICE'), { examinerId: 'e1', by, today: LATE })).toMatchObject({ ok: false, rule: 'PANEL_PARTY_ONLY' });
    }
  });
});

describe('a represented claimant (PARTY_STRIKES)', () => {
  it('lets each side strike one within the period, and the one left is the evaluator', () => {
    const fresh = panel('PARTY_STRIKES');
    expect(checkStrike(fresh, { examinerId: 'e1', by: 'CLIENT', today: ON_TIME })).toEqual({ ok: true, evaluator: null });
    const one = panel('PARTY_STRIKES', { e1: 'CLIENT' });
    expect(checkStrike(one, { examinerId: 'e2', by: 'CLIENT', today: ON_TIME })).toMatchObject({ ok: false, rule: 'ONE_STRIKE_PER_SIDE' });
    expect(checkStrike(one, { examinerId: 'e1', by: 'ATTORNEY', today: ON_TIME })).toMatchObject({ ok: false, rule: 'MEMBER_STRUCK' });
    expect(checkStrike(one, { examinerId: 'e2', by: 'ATTORNEY', today: ON_TIME })).toEqual({ ok: true, evaluator: 'e3' });
  });

  it('refuses strikes after the period', () => {
    expect(checkStrike(panel('PARTY_STRIKES'), { examinerId: 'e1', by: 'ATTORNEY', today: LATE })).toMatchObject({
      ok: false,
      rule: 'STRIKE_PERIOD_ENDED',
      message: expect.stringContaining('ended on 2026-12-11'),
    });
  });

  it('refuses every selection while the strike period runs', () => {
    for (const struck of [{}, { e1: 'CLIENT' }, { e1: 'ATTORNEY' }] as Record<string, PanelParty>[]) {
      for (const by of ['CLIENT', 'CLAIMANT', 'ATTORNEY'] as const) {
        expect(checkSelection(panel('PARTY_STRIKES', struck), { examinerId: 'e2', by, today: ON_TIME })).toMatchObject({ ok: false, rule: 'STRIKE_PERIOD_OPEN' });
      }
    }
  });

  it('after the period, lets the side that struck choose for the side that did not', () => {
    const clientStruck = panel('PARTY_STRIKES', { e1: 'CLIENT' });
    expect(checkSelection(clientStruck, { examinerId: 'e2', by: 'CLIENT', today: LATE })).toEqual({
      ok: true,
      basis: 'STRIKE_PERIOD_LAPSED',
      reason: 'The strike period ended on 2026-12-11 and the claimant side did not strike, so the CLIENT chose (Labor Code §4062.2(c))',
    });
    expect(checkSelection(clientStruck, { examinerId: 'e2', by: 'ATTORNEY', today: LATE })).toMatchObject({
      ok: false,
      rule: 'STRIKE_NOT_EXERCISED',
      message: expect.stringContaining('The claimant side did not strike by 2026-12-11'),
    });
    const attorneyStruck = panel('PARTY_STRIKES', { e3: 'ATTORNEY' });
    expect(checkSelection(attorneyStruck, { examinerId: 'e1', by: 'CLAIMANT', today: LATE })).toMatchObject({ ok: true, basis: 'STRIKE_PERIOD_LAPSED' });
    expect(checkSelection(attorneyStruck, { examinerId: 'e1', by: 'CLIENT', today: LATE })).toMatchObject({ ok: false, rule: 'STRIKE_NOT_EXERCISED' });
  });

  it('lets either side choose when neither struck in time', () => {
    for (const by of ['CLIENT', 'ATTORNEY'] as const) {
      expect(checkSelection(panel('PARTY_STRIKES'), { examinerId: 'e1', by, today: LATE })).toMatchObject({
        ok: true,
        basis: 'STRIKE_PERIOD_LAPSED',
        reason: expect.stringContaining('neither side struck'),
      });
    }
  });

  it('lets either side choose from a larger panel once both have struck', () => {
    const both = panel('PARTY_STRIKES', { e1: 'CLIENT', e2: 'ATTORNEY' }, 4);
    expect(checkSelection(both, { examinerId: 'e3', by: 'CLIENT', today: ON_TIME })).toMatchObject({ ok: true, basis: 'REMAINING_AFTER_STRIKES' });
    expect(checkSelection(both, { examinerId: 'e1', by: 'ATTORNEY', today: ON_TIME })).toMatchObject({ ok: false, rule: 'MEMBER_STRUCK' });
  });

  it('makes a panel of two decided by its first strike', () => {
    expect(checkStrike(panel('PARTY_STRIKES', {}, 2), { examinerId: 'e1', by: 'ATTORNEY', today: ON_TIME })).toEqual({ ok: true, evaluator: 'e2' });
  });

  it('refuses strikes and choices by an administrator acting for no side', () => {
    expect(checkStrike(panel('PARTY_STRIKES'), { examinerId: 'e1', by: 'ADMIN', today: ON_TIME })).toMatchObject({ ok: false, rule: 'PANEL_PARTY_ONLY' });
    expect(checkSelection(panel('PARTY_STRIKES'), { examinerId: 'e1', by: 'ADMIN', today: LATE })).toMatchObject({ ok: false, rule: 'PANEL_PARTY_ONLY' });
  });

  it('never lapses without a strike period', () => {
    const state = { ...panel('PARTY_STRIKES'), strikeDueOn: null };
    expect(checkStrike(state, { examinerId: 'e1', by: 'CLIENT', today: '2030-01-01' })).toEqual({ ok: true, evaluator: null });
    expect(checkSelection(state, { examinerId: 'e1', by: 'CLIENT', today: '2030-01-01' })).toMatchObject({ ok: false, rule: 'STRIKE_PERIOD_OPEN' });
  });
});

describe('a panel where no panel rule applies (UNRESTRICTED)', () => {
  it('works as before: any party selects, each side strikes one, an administrator without limit', () => {
    expect(checkSelection(panel('UNRESTRICTED'), { examinerId: 'e1', by: 'CLIENT', today: '2026-12-01' })).toMatchObject({ ok: true, basis: 'PARTY_CHOICE' });
    expect(checkSelection(panel('UNRESTRICTED'), { examinerId: 'e1', by: 'ADMIN', today: '2026-12-01' })).toMatchObject({ ok: true, basis: 'PARTY_CHOICE' });
    expect(checkStrike(panel('UNRESTRICTED', { e1: 'CLIENT' }), { examinerId: 'e2', by: 'CLIENT', today: '2026-12-01' })).toMatchObject({ ok: false, rule: 'ONE_STRIKE_PER_SIDE' });
    expect(checkStrike(panel('UNRESTRICTED', { e1: 'ADMIN' }), { examinerId: 'e2', by: 'ADMIN', today: '2026-12-01' })).toEqual({ ok: true, evaluator: null });
    expect(checkStrike(panel('UNRESTRICTED', { e1: 'CLIENT', e2: 'ATTORNEY' }), { examinerId: 'e3', by: 'ADMIN', today: '2026-12-01' })).toMatchObject({
      ok: false,
      rule: 'LAST_PANEL_MEMBER',
    });
  });
});
