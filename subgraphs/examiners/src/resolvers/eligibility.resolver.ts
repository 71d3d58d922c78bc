import { FieldErrors, notFound } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { ExaminersContext } from '../context';
import { ELIGIBILITY_RULES, explainEligibility, type EligibilityRule } from '../domain/eligibility';
import { candidateFacts, eligibilityFacts, specialtySubtree, toEligibilityRequest } from '../eligibility/eligibility-pool';
import { Examiner } from '../entities';
import { EligibilityInput } from '../inputs/eligibility.inputs';

const EligibilityRuleEnum = Object.fromEntries(ELIGIBILITY_RULES.map((r) => [r, r])) as Record<EligibilityRule, EligibilityRule>;
registerEnumType(EligibilityRuleEnum, { name: 'EligibilityRule', description: 'The rules (docs/rules.md) an examiner must pass for a case' });

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
  @Field(() => ID, { description: 'Enough to draw a panel; asking for examiner loads the whole record of each' })
  examinerId!: string;

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
    const request = toEligibilityRequest(input, accepted);
    return (await candidateFacts(ctx.em, request))
      .map((facts) => ({ facts, explanation: explainEligibility(facts, request) }))
      .filter(({ explanation }) => explanation.eligible)
      .map(({ facts, explanation }) => ({
        examinerId: facts.id,
        distanceKm: explanation.distanceKm,
        practiceGroupId: facts.practiceGroup ?? null,
        reputationScore: facts.reputationScore,
      }))
      .sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.examinerId.localeCompare(b.examinerId));
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
    const [facts] = await eligibilityFacts(ctx.em, [examiner.id]);
    return { examiner, ...explainEligibility(facts, toEligibilityRequest(input, accepted)) };
  }
}

@Resolver(() => EligibleExaminer)
export class EligibleExaminerResolver {
  @Authorized()
  @FieldResolver(() => Examiner)
  async examiner(@Root() eligible: EligibleExaminer, @Ctx() ctx: ExaminersContext): Promise<Examiner> {
    const examiner = await ctx.loaders.examinerById.load(eligible.examinerId);
    if (!examiner) throw notFound('Examiner', eligible.examinerId);
    return examiner;
  }
}
