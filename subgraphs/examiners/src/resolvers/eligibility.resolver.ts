import { defineEnum, notFound } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { ExaminersContext } from '../context';
import { ELIGIBILITY_RULES, type EligibilityRule } from '../domain/eligibility';
import { Examiner } from '../entities';
import { EligibilityInput } from '../inputs/eligibility.inputs';
import { eligibleExaminers, examinerEligibility } from '../queries/eligibility-query';

const EligibilityRuleEnum = defineEnum('EligibilityRule', ELIGIBILITY_RULES, { description: 'The rules (docs/rules.md) an examiner must pass for a case' });

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

@Resolver()
export class EligibilityResolver {
  @Authorized('SERVICE')
  @Query(() => [EligibleExaminer], {
    description: 'Examiners who pass every eligibility rule for the case described, nearest first',
  })
  eligibleExaminers(@Arg('input', () => EligibilityInput) input: EligibilityInput, @Ctx() ctx: ExaminersContext): Promise<EligibleExaminer[]> {
    return eligibleExaminers(ctx, input);
  }

  @Authorized('SERVICE')
  @Query(() => EligibilityExplanation, { description: 'Every eligibility rule for one examiner and case, passed or failed, with the reason' })
  explainEligibility(
    @Arg('examinerId', () => ID) examinerId: string,
    @Arg('input', () => EligibilityInput) input: EligibilityInput,
    @Ctx() ctx: ExaminersContext,
  ): Promise<EligibilityExplanation> {
    return examinerEligibility(ctx, examinerId, input);
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
