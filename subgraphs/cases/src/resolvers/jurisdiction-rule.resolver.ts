import { FieldErrors, assertVersion, notFound } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { CasesContext } from '../context';
import { JurisdictionRule } from '../entities';
import { CreateJurisdictionRuleInput, JurisdictionRuleInput } from '../inputs/jurisdiction-rule.inputs';

const CREDENTIAL_KINDS = ['MEDICAL_LICENSE', 'BOARD_CERTIFICATION', 'IME_CERTIFICATION', 'QME_CERTIFICATION', 'DEA_REGISTRATION', 'MALPRACTICE_INSURANCE'];

function checkRule(input: JurisdictionRuleInput) {
  const errors = new FieldErrors();
  if (input.reportRecipients.length === 0) errors.add('input.reportRecipients', 'At least one report recipient is required');
  input.requiredCredentialKinds.forEach((kind, i) => {
    if (!CREDENTIAL_KINDS.includes(kind)) errors.add(`input.requiredCredentialKinds.${i}`, `Unknown credential kind ${kind}; use one of ${CREDENTIAL_KINDS.join(', ')}`);
  });
  if (input.schedulingWindowExtendedDays && input.schedulingWindowDays && input.schedulingWindowExtendedDays < input.schedulingWindowDays) {
    errors.add('input.schedulingWindowExtendedDays', 'The extended window cannot be shorter than the normal one');
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
      const rule = tx.create(JurisdictionRule, { code: input.code, name: input.name });
      assign(rule, input);
      await tx.persist(rule).flush();
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
}
