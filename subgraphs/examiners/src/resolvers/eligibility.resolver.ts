import { FieldErrors, notFound } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Field, Float, ID, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { ExaminersContext } from '../context';
import { ELIGIBILITY_RULES, explainEligibility, type EligibilityRule } from '../domain/eligibility';
import { candidateExaminers, specialtySubtree, toEligibilityExaminers, toEligibilityRequest } from '../eligibility/eligibility-pool';
import { Examiner } from '../entities';
import { EligibilityInput } from '../inputs/eligibility.inputs';

const EligibilityRuleEnum = Object.fromEntries(ELIGIBILITY_RULES.map((r) => [r, r])) as Record<EligibilityRule, EligibilityRule>;
registerEnumType(EligibilityRuleEnum, { name: 'EligibilityRule', description: 'The rules of DESIGN.md §5 an examiner must pass for a case' });

@ObjectType('EligibilityRuleResult')
export class EligibilityRuleResult {
  @Field(() => EligibilityRuleEnum)
  rule!: EligibilityRule;

  @Field(() => Boolean)
  passed!: boolean;

  @Field(() => String, { description: 'e.g. "medical licence in US-NY expired 2026-03-01"' })
  reason!: string;
}

@ObjectType('EligibilityExplanation')
export class EligibilityExplanation {
  @Field(() => Examiner)
  examiner!: Examiner;

  @Field(() => Boolean)
  eligible!: boolean;

  @Field(() => Float, { nullable: true, description: 'Distance from the claimant to the nearest office' })
  distanceKm!: number | null;

  @Field(() => [EligibilityRuleResult])
  rules!: EligibilityRuleResult[];
}

@ObjectType('EligibleExaminer')
export class EligibleExaminer {
  @Field(() => Examiner)
  examiner!: Examiner;

  @Field(() => Float, { nullable: true })
  distanceKm!: number | null;

  @Field(() => ID, { nullable: true, description: 'Panels take at most one examiner per practice group' })
  practiceGroupId!: string | null;

  @Field(() => Float, { nullable: true })
  reputationScore!: number | null;
}

/** The accepted specialty codes, refusing an unknown specialty rather than answering "nobody is eligible". */
async function acceptedSpecialties(em: EntityManager, code: string): Promise<string[]> {
  const accepted = await specialtySubtree(em, code);
  if (accepted.length === 0) new FieldErrors().add('input.specialtyCode', `Specialty ${code} does not exist`).throwIfAny();
  return accepted;
}

@Resolver()
export class EligibilityResolver {
  @Authorized('SERVICE')
  @Query(() => [EligibleExaminer], {
    description: 'Examiners who pass every eligibility rule for the case described, nearest first',
  })
  async eligibleExaminers(@Arg('input', () => EligibilityInput) input: EligibilityInput, @Ctx() ctx: ExaminersContext): Promise<EligibleExaminer[]> {
    const accepted = await acceptedSpecialties(ctx.em, input.specialtyCode);
    const candidates = await candidateExaminers(ctx.em, accepted, input.jurisdiction);
    const request = toEligibilityRequest(input, accepted);
    const judged = await toEligibilityExaminers(candidates, ctx.loaders);
    return candidates
      .map((examiner, i) => ({ examiner, explanation: explainEligibility(judged[i], request) }))
      .filter(({ explanation }) => explanation.eligible)
      .map(({ examiner, explanation }) => ({
        examiner,
        distanceKm: explanation.distanceKm,
        practiceGroupId: examiner.practiceGroup?.id ?? null,
        reputationScore: examiner.reputationScore,
      }))
      .sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.examiner.id.localeCompare(b.examiner.id));
  }

  @Authorized('SERVICE')
  @Query(() => EligibilityExplanation, { description: 'Every eligibility rule for one examiner and case, passed or failed, with the reason' })
  async explainEligibility(
    @Arg('examinerId', () => ID) examinerId: string,
    @Arg('input', () => EligibilityInput) input: EligibilityInput,
    @Ctx() ctx: ExaminersContext,
  ): Promise<EligibilityExplanation> {
    const examiner = await ctx.loaders.examinerById.load(examinerId);
    if (!examiner) throw notFound('Examiner', examinerId);
    const accepted = await acceptedSpecialties(ctx.em, input.specialtyCode);
    const [judged] = await toEligibilityExaminers([examiner], ctx.loaders);
    return { examiner, ...explainEligibility(judged, toEligibilityRequest(input, accepted)) };
  }
}
