import { FieldErrors, REQUIRED_CREDENTIAL_KINDS, assertVersion, isRequiredCredentialKind, notFound } from '@imepanel/runtime';
import { LocalDate } from '@imepanel/runtime/scalars';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { addJurisdictionHoliday, extendJurisdictionHolidays, removeJurisdictionHoliday, seedComputedHolidays } from '../commands/jurisdiction-holidays';
import type { CasesContext } from '../context';
import { defaultHolidayCalendarKind } from '../domain/holiday-calendar';
import { JurisdictionHoliday, JurisdictionRule } from '../entities';
import { CreateJurisdictionRuleInput, HolidayInput, JurisdictionRuleInput } from '../inputs/jurisdiction-rule.inputs';

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

@Resolver(() => JurisdictionRule)
export class JurisdictionRuleResolver {
  @Authorized()
  @Query(() => JurisdictionRule, { nullable: true })
  jurisdictionRule(@Arg('code', () => String) code: string, @Ctx() ctx: CasesContext) {
    return ctx.loaders.ruleByCode.load(code);
  }

  @Authorized()
  @Query(() => [JurisdictionRule], { description: 'Every jurisdiction with IME rules, by code' })
  jurisdictionRules(@Ctx() ctx: CasesContext) {
    return ctx.em.find(JurisdictionRule, {}, { orderBy: { code: 'asc' } });
  }

  @Authorized('ADMIN')
  @Mutation(() => JurisdictionRule)
  createJurisdictionRule(@Arg('input', () => CreateJurisdictionRuleInput) input: CreateJurisdictionRuleInput, @Ctx() ctx: CasesContext) {
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

  @Authorized('ADMIN')
  @Mutation(() => JurisdictionRule)
  updateJurisdictionRule(
    @Arg('code', () => String) code: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => JurisdictionRuleInput) input: JurisdictionRuleInput,
    @Ctx() ctx: CasesContext,
  ) {
    return ctx.em.transactional(async (tx) => {
      const rule = await tx.findOne(JurisdictionRule, { code });
      if (!rule) throw notFound('JurisdictionRule', code);
      assertVersion('JurisdictionRule', { id: rule.code, version: rule.version }, version);
      checkRule(input);
      assign(rule, input);
      rule.updatedAt = new Date();
      await tx.flush();
      return rule;
    });
  }

  @Authorized()
  @FieldResolver(() => [JurisdictionHoliday], {
    description: 'The days business-day counts skip here, by date (within the covered years, holidayYearsFrom–holidayYearsThrough); from/to narrow the list',
  })
  async holidays(
    @Root() rule: JurisdictionRule,
    @Ctx() ctx: CasesContext,
    @Arg('from', () => LocalDate, { nullable: true }) from?: string | null,
    @Arg('to', () => LocalDate, { nullable: true }) to?: string | null,
  ) {
    const holidays = await ctx.loaders.holidaysByRule.load(rule.code);
    return holidays.filter((h) => (!from || h.date >= from) && (!to || h.date <= to));
  }

  @Authorized('ADMIN')
  @Mutation(() => JurisdictionRule, { description: "Adds a day the jurisdiction's business-day counts skip (e.g. a state holiday)" })
  addJurisdictionHoliday(@Arg('code', () => String) code: string, @Arg('input', () => HolidayInput) input: HolidayInput, @Ctx() ctx: CasesContext) {
    return addJurisdictionHoliday(ctx.em, code, input, ctx.actor);
  }

  @Authorized('ADMIN')
  @Mutation(() => JurisdictionRule, { description: 'Removes a holiday the jurisdiction does not observe, computed or added' })
  removeJurisdictionHoliday(@Arg('code', () => String) code: string, @Arg('date', () => LocalDate) date: string, @Ctx() ctx: CasesContext) {
    return removeJurisdictionHoliday(ctx.em, code, date);
  }

  @Authorized('ADMIN')
  @Mutation(() => JurisdictionRule, {
    description: 'Extends the years the holiday calendar covers, computing the federal holidays of the added years where the jurisdiction follows them',
  })
  extendJurisdictionHolidays(@Arg('code', () => String) code: string, @Arg('throughYear', () => Int) throughYear: number, @Ctx() ctx: CasesContext) {
    return extendJurisdictionHolidays(ctx.em, code, throughYear);
  }
}
