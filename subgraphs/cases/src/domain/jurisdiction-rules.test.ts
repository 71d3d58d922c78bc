import { describe, expect, it } from 'vitest';
import { JURISDICTION_RULE_SEEDS, defaultJurisdictionRule, jurisdictionRuleFieldProblems, jurisdictionRuleProblems, jurisdictionRuleSeedFor } from './jurisdiction-rules';

describe('JURISDICTION_RULE_SEEDS', () => {
  it('seeds NY, CA, WA, OR and CT once each', () => {
    expect(JURISDICTION_RULE_SEEDS.map((r) => r.code)).toEqual(['US-NY', 'US-CA', 'US-WA', 'US-OR', 'US-CT']);
  });

  it.each(JURISDICTION_RULE_SEEDS.map((r) => [r.code, r] as const))('%s is internally consistent', (_code, rule) => {
    expect(jurisdictionRuleProblems(rule)).toEqual([]);
    expect(rule.notes).toMatch(/Verify before relying/);
  });

  it('carries the published jurisdiction values', () => {
    const [ny, ca, wa, or, ct] = JURISDICTION_RULE_SEEDS;
    expect(ny).toMatchObject({ noticeLeadDays: 7, noticeLeadUnit: 'BUSINESS_DAYS', reportDueDays: 10, reportDueUnit: 'BUSINESS_DAYS', reportDueDaysOutOfState: 20, reportSameDay: true, panelRequired: false });
    expect(ny!.reportRecipients).toHaveLength(5);
    expect(ca).toMatchObject({ panelRequired: true, panelSize: 3, claimantChoiceDays: 10, schedulingWindowDays: 90, schedulingWindowExtendedDays: 120, reportDueDays: 30, reportDueUnit: 'CALENDAR_DAYS', requiredCredentialKinds: ['QME_CERTIFICATION'] });
    expect(wa).toMatchObject({ noticeLeadDays: 28, noticeLeadUnit: 'CALENDAR_DAYS', reportDueDays: 14, reportDueUnit: 'CALENDAR_DAYS' });
    expect(or).toMatchObject({ noticeLeadDays: 10, noticeLeadUnit: 'CALENDAR_DAYS', reportDueDays: null });
    expect(ct).toMatchObject({ reportDueDays: 30, reportSameDay: true });
  });
});

describe('defaultJurisdictionRule', () => {
  it('is consistent, refuses nothing and still gives the claimant a copy', () => {
    const rule = defaultJurisdictionRule(' us-tx ');
    expect(rule.code).toBe('US-TX');
    expect(jurisdictionRuleProblems(rule)).toEqual([]);
    expect(rule).toMatchObject({ panelRequired: false, noticeLeadDays: null, schedulingWindowDays: null, reportDueDays: 30 });
    expect(rule.reportRecipients).toEqual(['CLIENT', 'CLAIMANT']);
  });

  it('is what jurisdictionRuleSeedFor gives for an unseeded code', () => {
    expect(jurisdictionRuleSeedFor('us-ny').code).toBe('US-NY');
    expect(jurisdictionRuleSeedFor('US-NY').noticeLeadDays).toBe(7);
    expect(jurisdictionRuleSeedFor('US-TX')).toEqual(defaultJurisdictionRule('US-TX'));
  });
});

describe('jurisdictionRuleProblems', () => {
  const ca = JURISDICTION_RULE_SEEDS[1]!;

  it.each<[string, Partial<typeof ca>, RegExp]>([
    ['bad code', { code: 'California' }, /ISO 3166-2/],
    ['extension shorter than window', { schedulingWindowExtendedDays: 60 }, /cannot be shorter/],
    ['extension without window', { schedulingWindowDays: null }, /needs schedulingWindowDays/],
    ['out-of-state without a base deadline', { reportDueDays: null, reportDueDaysOutOfState: 20 }, /needs reportDueDays/],
    ['choice without a panel', { panelRequired: false }, /only applies where a panel is required/],
    ['panel of one', { panelSize: 1 }, /at least 2/],
    ['no claimant copy', { reportRecipients: ['CLIENT'] }, /include CLAIMANT/],
    ['duplicate recipient', { reportRecipients: ['CLIENT', 'CLAIMANT', 'CLIENT'] }, /twice/],
    ['negative notice', { noticeLeadDays: -1 }, /noticeLeadDays/],
    ['notice longer than the window', { noticeLeadDays: 90 }, /no room/],
    ['licence listed', { requiredCredentialKinds: ['MEDICAL_LICENSE' as never] }, /unknown kind/],
    ['blank notes', { notes: ' ' }, /notes/],
    ['unknown unit', { reportDueUnit: 'WEEKS' as never }, /unit WEEKS/],
  ])('catches %s', (_name, change, problem) => {
    expect(jurisdictionRuleProblems({ ...ca, ...change }).join('; ')).toMatch(problem);
  });
});

describe('jurisdictionRuleFieldProblems', () => {
  const ca = { ...JURISDICTION_RULE_SEEDS[1]!, notes: null };
  const ny = { ...JURISDICTION_RULE_SEEDS[0]!, notes: null };

  it('finds nothing wrong with a consistent rule written without notes or the claimant copy listed', () => {
    expect(jurisdictionRuleFieldProblems(ca)).toEqual([]);
    expect(jurisdictionRuleFieldProblems({ ...ny, reportRecipients: ['CLIENT'] })).toEqual([]);
  });

  // Rules an administrator wrote were checked by the resolver's own, looser copy of these rules, which let each of
  // these through (issue 13): the write path now refuses them at the field.
  it.each<[string, Partial<typeof ca>, string, RegExp]>([
    ['an extended window without a normal one', { schedulingWindowDays: null }, 'schedulingWindowExtendedDays', /needs schedulingWindowDays/],
    ['an extended window shorter than the normal one', { schedulingWindowExtendedDays: 60 }, 'schedulingWindowExtendedDays', /cannot be shorter/],
    ['a required panel of one', { panelSize: 1 }, 'panelSize', /at least 2/],
    ['an out-of-state deadline without a base deadline', { reportDueDays: null, reportDueDaysOutOfState: 20 }, 'reportDueDaysOutOfState', /needs reportDueDays/],
    ['a notice lead time filling the scheduling window', { noticeLeadDays: 90 }, 'noticeLeadDays', /no room/],
    ['a claimant choice period without a required panel', { panelRequired: false, strikeDays: null }, 'claimantChoiceDays', /only applies where a panel is required/],
    ['a strike period without a required panel', { panelRequired: false, claimantChoiceDays: null }, 'strikeDays', /only applies where a panel is required/],
    ['no report recipient', { reportRecipients: [] }, 'reportRecipients', /At least one report recipient/],
  ])('refuses %s at its field', (_name, change, field, message) => {
    expect(jurisdictionRuleFieldProblems({ ...ca, ...change })).toEqual([{ field, message: expect.stringMatching(message) }]);
  });

  it('refuses the medical licence as a required kind at the item, naming the kinds accepted', () => {
    expect(jurisdictionRuleFieldProblems({ ...ca, requiredCredentialKinds: ['QME_CERTIFICATION', 'MEDICAL_LICENSE'] })).toEqual([
      { field: 'requiredCredentialKinds.1', message: expect.stringMatching(/^MEDICAL_LICENSE is not a credential kind a jurisdiction can require.*use one of .*QME_CERTIFICATION/) },
    ]);
  });
});
