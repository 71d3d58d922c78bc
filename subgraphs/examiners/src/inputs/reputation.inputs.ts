import { DateField, TextField } from '@imepanel/runtime';
import { IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { ReputationEventKind } from '../entities';

@InputType('RecordReputationEventInput')
export class RecordReputationEventInput {
  @Field(() => ReputationEventKind)
  kind!: ReputationEventKind;

  @Field(() => Float, { nullable: true, description: 'QA_AUDIT: score 0–100 (required). Feedback: rating 1–5 (required). Others: none' })
  @IsOptional()
  @Min(0)
  @Max(100)
  score?: number | null;

  @TextField(4000, { optional: true, blank: true })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'The case concerned, if any' })
  @IsOptional()
  @IsUUID('all', { message: 'caseId must be a case id (UUID)' })
  caseId?: string | null;

  @DateField({ optional: true, description: 'Defaults to today' })
  occurredOn?: string | null;
}

@InputType('ReputationWeightsInput', { description: 'Non-negative weights; they are normalised, so they need not sum to 1' })
export class ReputationWeightsInput {
  @Field(() => Float) @Min(0) @Max(100) timeliness!: number;
  @Field(() => Float) @Min(0) @Max(100) turnaround!: number;
  @Field(() => Float) @Min(0) @Max(100) completeness!: number;
  @Field(() => Float) @Min(0) @Max(100) qa!: number;
  @Field(() => Float) @Min(0) @Max(100) audit!: number;
  @Field(() => Float) @Min(0) @Max(100) reliability!: number;
  @Field(() => Float) @Min(0) @Max(100) conduct!: number;
  @Field(() => Float) @Min(0) @Max(100) credentials!: number;
}

@InputType('ReputationEventFilter')
export class ReputationEventFilter {
  @Field(() => ID, { nullable: true })
  examinerId?: string;

  @Field(() => [ReputationEventKind], { nullable: true })
  kind?: ReputationEventKind[];
}

/**
 * A claimant's feedback or complaint from the claimant portal (the cases subgraph, with the service identity): no
 * case, no text, dated by month, so the examiner cannot tell which claimant it came from (docs/claimant-portal.md).
 */
@InputType('ClaimantReputationEventInput')
export class ClaimantReputationEventInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'examinerId must be an examiner id (UUID)' })
  examinerId!: string;

  @Field(() => ReputationEventKind, { description: 'CLAIMANT_FEEDBACK (with a 1–5 score) or COMPLAINT (none)' })
  kind!: ReputationEventKind;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(5)
  score?: number | null;

  @DateField({ description: 'The first day of the month it was given in' })
  occurredOn!: string;

  @TextField(100)
  sourceKey!: string;
}
