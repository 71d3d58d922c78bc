import { LocalDate } from '@imepanel/runtime/scalars';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { addJurisdictionHoliday, extendJurisdictionHolidays, removeJurisdictionHoliday } from '../commands/jurisdiction-holidays';
import { createJurisdictionRule, updateJurisdictionRule } from '../commands/jurisdiction-rule-commands';
import type { CasesContext } from '../context';
import { JurisdictionHoliday, JurisdictionRule } from '../entities';
import { CreateJurisdictionRuleInput, HolidayInput, JurisdictionRuleInput } from '../inputs/jurisdiction-rule.inputs';
import { findJurisdictionRules } from '../queries/jurisdiction-rule-query';

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
    return findJurisdictionRules(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => JurisdictionRule)
  createJurisdictionRule(@Arg('input', () => CreateJurisdictionRuleInput) input: CreateJurisdictionRuleInput, @Ctx() ctx: CasesContext) {
    return createJurisdictionRule(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => JurisdictionRule)
  updateJurisdictionRule(
    @Arg('code', () => String) code: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => JurisdictionRuleInput) input: JurisdictionRuleInput,
    @Ctx() ctx: CasesContext,
  ) {
    return updateJurisdictionRule(ctx, code, version, input);
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
    return addJurisdictionHoliday(ctx, code, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => JurisdictionRule, { description: 'Removes a holiday the jurisdiction does not observe, computed or added' })
  removeJurisdictionHoliday(@Arg('code', () => String) code: string, @Arg('date', () => LocalDate) date: string, @Ctx() ctx: CasesContext) {
    return removeJurisdictionHoliday(ctx, code, date);
  }

  @Authorized('ADMIN')
  @Mutation(() => JurisdictionRule, {
    description: 'Extends the years the holiday calendar covers, computing the federal holidays of the added years where the jurisdiction follows them',
  })
  extendJurisdictionHolidays(@Arg('code', () => String) code: string, @Arg('throughYear', () => Int) throughYear: number, @Ctx() ctx: CasesContext) {
    return extendJurisdictionHolidays(ctx, code, throughYear);
  }
}
