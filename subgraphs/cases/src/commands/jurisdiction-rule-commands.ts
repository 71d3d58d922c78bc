import { FieldErrors, REQUIRED_CREDENTIAL_KINDS, assertVersion, isRequiredCredentialKind, loadOrNotFound } from '@imepanel/runtime';
import type { CasesCommandContext } from '../context';
import { defaultHolidayCalendarKind } from '../domain/holiday-calendar';
import { JurisdictionRule } from '../entities';
import type { CreateJurisdictionRuleInput, JurisdictionRuleInput } from '../inputs/jurisdiction-rule.inputs';
import { seedComputedHolidays } from './jurisdiction-holidays';

function checkRule(input: JurisdictionRuleInput) {
  const errors = new FieldErrors();
  if (input.reportRecipients.length === 0) errors.add('input.reportRecipients', 'At least one report recipient is required');
  input.requiredCredentialKinds.forEach((kind, i) => {
    // The medical licence is always required (docs/rules.md, eligibility): a rule lists only the kinds beyond it.
    if (!isRequiredCredentialKind(kind)) {
      errors.add(`input.requiredCredentialKinds.${i}`, `${kind} is not a credential kind a jurisdiction can require; use one of ${REQUIRED_CREDENTIAL_KINDS.join(', ')}`);
    }
  });
  if (input.schedulingWindowExtendedDays && input.schedulingWindowDays && input.schedulingWindowExtendedDays < input.schedulingWindowDays) {
    errors.add('input.schedulingWindowExtendedDays', 'The extended window cannot be shorter than the normal one');
  }
  // The panel periods (Labor Code §§4062.1(c), 4062.2(c)) run only on a required panel; elsewhere they would be stored and never used.
  if (!input.panelRequired) {
    if (input.claimantChoiceDays != null) errors.add('input.claimantChoiceDays', 'A claimant choice period applies only where a panel is required (panelRequired: true)');
    if (input.strikeDays != null) errors.add('input.strikeDays', 'A strike period applies only where a panel is required (panelRequired: true)');
  }
  errors.throwIfAny();
}

function assign(rule: JurisdictionRule, input: JurisdictionRuleInput) {
  Object.assign(rule, {
    name: input.name.trim(),
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
    schedulingWindowDays: input.schedulingWindowDays ?? null,
    schedulingWindowExtendedDays: input.schedulingWindowExtendedDays ?? null,
    recordingAllowed: input.recordingAllowed,
    observerAllowed: input.observerAllowed,
    reportRecipients: [...new Set(input.reportRecipients)],
    reportSameDay: input.reportSameDay,
    requiredCredentialKinds: [...new Set(input.requiredCredentialKinds)],
    notes: input.notes ?? null,
  });
}

/** Adds the rules of a new jurisdiction, with the holidays of its calendar for the covered years. */
export async function createJurisdictionRule(ctx: CasesCommandContext, input: CreateJurisdictionRuleInput): Promise<JurisdictionRule> {
  return ctx.em.transactional(async (tx) => {
    if (await tx.count(JurisdictionRule, { code: input.code })) {
      new FieldErrors().add('input.code', `A rule for ${input.code} already exists`).throwIfAny();
    }
    checkRule(input);
    const rule = tx.create(JurisdictionRule, { code: input.code, name: input.name, holidayCalendar: input.holidayCalendar ?? defaultHolidayCalendarKind(input.code) });
    assign(rule, input);
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
    checkRule(input);
    assign(rule, input);
    await tx.flush();
    return rule;
  });
}
