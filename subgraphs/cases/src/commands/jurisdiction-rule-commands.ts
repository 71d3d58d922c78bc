import { FieldErrors, assertVersion, loadOrNotFound } from '@imepanel/runtime';
import type { CasesCommandContext } from '../context';
import { defaultHolidayCalendarKind } from '../domain/holiday-calendar';
import { jurisdictionRuleFieldProblems, type JurisdictionRuleDraft } from '../domain/jurisdiction-rules';
import { JurisdictionRule } from '../entities';
import type { CreateJurisdictionRuleInput, JurisdictionRuleInput } from '../inputs/jurisdiction-rule.inputs';
import { seedComputedHolidays } from './jurisdiction-holidays';

/**
 * Refuses a rule the domain finds inconsistent (domain/jurisdiction-rules.ts), each problem at the caller's field,
 * as the rule will be stored: its report recipients once each.
 */
function checkRule(input: JurisdictionRuleInput, fixed: Pick<JurisdictionRule, 'code' | 'holidayCalendar'>) {
  const draft: JurisdictionRuleDraft = {
    ...fixed,
    name: input.name,
    noticeLeadDays: input.noticeLeadDays ?? null,
    noticeLeadUnit: input.noticeLeadUnit,
    reportDueDays: input.reportDueDays ?? null,
    reportDueUnit: input.reportDueUnit,
    reportDueDaysOutOfState: input.reportDueDaysOutOfState ?? null,
    panelRequired: input.panelRequired,
    panelSize: input.panelSize,
    claimantChoiceDays: input.claimantChoiceDays ?? null,
    claimantChoiceUnit: input.claimantChoiceUnit,
    strikeDays: input.strikeDays ?? null,
    strikeUnit: input.strikeUnit,
    recordsServiceDays: input.recordsServiceDays ?? null,
    schedulingWindowDays: input.schedulingWindowDays ?? null,
    schedulingWindowExtendedDays: input.schedulingWindowExtendedDays ?? null,
    recordingAllowed: input.recordingAllowed,
    observerAllowed: input.observerAllowed,
    reportRecipients: [...new Set(input.reportRecipients)],
    reportSameDay: input.reportSameDay,
    requiredCredentialKinds: input.requiredCredentialKinds,
    notes: input.notes ?? null,
  };
  const errors = new FieldErrors();
  for (const problem of jurisdictionRuleFieldProblems(draft)) errors.add(`input.${problem.field}`, problem.message);
  errors.throwIfAny();
  return draft;
}

/** Writes a checked rule's values (its code and holiday calendar are fixed when it is created). */
function assign(rule: JurisdictionRule, draft: JurisdictionRuleDraft) {
  const { code: _code, holidayCalendar: _calendar, ...values } = draft;
  Object.assign(rule, { ...values, name: values.name.trim(), requiredCredentialKinds: [...new Set(values.requiredCredentialKinds)] });
}

/** Adds the rules of a new jurisdiction, with the holidays of its calendar for the covered years. */
export async function createJurisdictionRule(ctx: CasesCommandContext, input: CreateJurisdictionRuleInput): Promise<JurisdictionRule> {
  return ctx.em.transactional(async (tx) => {
    if (await tx.count(JurisdictionRule, { code: input.code })) {
      new FieldErrors().add('input.code', `A rule for ${input.code} already exists`).throwIfAny();
    }
    const holidayCalendar = input.holidayCalendar ?? defaultHolidayCalendarKind(input.code);
    const draft = checkRule(input, { code: input.code, holidayCalendar });
    const rule = tx.create(JurisdictionRule, { code: input.code, name: input.name, holidayCalendar });
    assign(rule, draft);
    tx.persist(rule);
    // Business days skip the jurisdiction's holidays from the start (docs/rules.md, "Holidays").
    seedComputedHolidays(tx, rule, rule.holidayYearsFrom, rule.holidayYearsThrough);
    await tx.flush();
    return rule;
  });
}

/** Replaces the rules of a jurisdiction (its code and holiday calendar stay). */
export async function updateJurisdictionRule(ctx: CasesCommandContext, code: string, version: number, input: JurisdictionRuleInput): Promise<JurisdictionRule> {
  return ctx.em.transactional(async (tx) => {
    const rule = await loadOrNotFound(tx, JurisdictionRule, code, { by: 'code' });
    assertVersion('JurisdictionRule', { id: rule.code, version: rule.version }, version);
    assign(rule, checkRule(input, rule));
    await tx.flush();
    return rule;
  });
}
