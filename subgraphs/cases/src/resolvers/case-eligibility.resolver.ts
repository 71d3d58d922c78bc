import { LocalDate } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, Field, Float, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { caseEligibleExaminers, explainCaseEligibility } from '../commands/case-eligibility';
import type { CasesContext } from '../context';
import { ExaminerRef } from '../entities';

@ObjectType('CaseEligibleExaminer')
export class CaseEligibleExaminer {
  @Field(() => ID)
  examinerId!: string;

  @Field(() => ExaminerRef, { nullable: true, description: 'Resolved by the examiners subgraph' })
  examiner!: ExaminerRef;

  @Field(() => Float, { nullable: true, description: "Distance from the claimant to the examiner's nearest office" })
  distanceKm!: number | null;

  @Field(() => Float, { nullable: true })
  reputationScore!: number | null;
}

@ObjectType('CaseEligibleExaminers', { description: 'The examiners eligible for one case on one exam date, nearest first' })
export class CaseEligibleExaminers {
  @Field(() => ID)
  caseId!: string;

  @Field(() => LocalDate, { description: 'The date eligibility was judged on: the one asked for, else the earliest possible exam date' })
  examDate!: string;

  @Field(() => [CaseEligibleExaminer])
  examiners!: CaseEligibleExaminer[];
}

@ObjectType('CaseEligibilityRuleResult')
export class CaseEligibilityRuleResult {
  @Field(() => String, { description: 'The EligibilityRule (docs/rules.md, "Eligibility"), e.g. NO_DECLARED_CONFLICT' })
  rule!: string;

  @Field(() => Boolean)
  passed!: boolean;

  @Field(() => String, { description: 'e.g. "declared conflict with the CLAIMANT (open – open)"; never who the party is' })
  reason!: string;
}

@ObjectType('CaseEligibility', { description: 'Why an examiner is or is not eligible for one case, rule by rule' })
export class CaseEligibility {
  @Field(() => ID)
  caseId!: string;

  @Field(() => LocalDate, { description: 'The date eligibility was judged on: the one asked for, else the earliest possible exam date' })
  examDate!: string;

  @Field(() => ExaminerRef, { nullable: true, description: 'Resolved by the examiners subgraph' })
  examiner!: ExaminerRef;

  @Field(() => Boolean)
  eligible!: boolean;

  @Field(() => Float, { nullable: true })
  distanceKm!: number | null;

  @Field(() => [CaseEligibilityRuleResult])
  rules!: CaseEligibilityRuleResult[];
}

/**
 * Eligibility asked about a case rather than a hand-built question: the case's party keys are computed here and
 * never sent to the caller. For the case's client and administrators (a client's other cases answer NOT_FOUND,
 * as if they did not exist); examiners and analysts are refused.
 */
@Resolver()
export class CaseEligibilityResolver {
  @Authorized('CLIENT')
  @Query(() => CaseEligibleExaminers, { description: 'The examiners eligible for a case, on examDate or the earliest possible exam date' })
  async caseEligibleExaminers(
    @Arg('caseId', () => ID) caseId: string,
    @Ctx() ctx: CasesContext,
    @Arg('examDate', () => LocalDate, { nullable: true }) examDate?: string | null,
  ): Promise<CaseEligibleExaminers> {
    return caseEligibleExaminers(ctx, caseId, examDate);
  }

  @Authorized('CLIENT')
  @Query(() => CaseEligibility, { description: 'Every eligibility rule for one examiner and a case, passed or failed, with the reason' })
  async explainCaseEligibility(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('examinerId', () => ID) examinerId: string,
    @Ctx() ctx: CasesContext,
    @Arg('examDate', () => LocalDate, { nullable: true }) examDate?: string | null,
  ): Promise<CaseEligibility> {
    return explainCaseEligibility(ctx, caseId, examinerId, examDate);
  }
}
