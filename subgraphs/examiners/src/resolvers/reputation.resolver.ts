import { DEFAULT_PAGE, PageInput, Paginated } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { currentWeights, recordClaimantReputationEvent, recordReputationEvent, removeReputationEvent, updateWeights } from '../commands/reputation-commands';
import { refreshReputation } from '../reputation/refresh-reputation';
import type { ExaminersContext } from '../context';
import { Examiner, ReputationComponentValue, ReputationEvent, ReputationSnapshot, ReputationWeights } from '../entities';
import { ClaimantReputationEventInput, RecordReputationEventInput, ReputationEventFilter, ReputationWeightsInput } from '../inputs/reputation.inputs';
import { findReputationEvents, previewReputationWeights } from '../queries/reputation-query';

@ObjectType('ReputationEventPage')
export class ReputationEventPage extends Paginated(ReputationEvent) {}

@ObjectType('ExaminerReputation', { description: 'The current composite score, its components, and the dated history' })
export class ExaminerReputation {
  @Field(() => Float, { nullable: true, description: '0–100; null until computed or when there is no data' })
  score!: number | null;

  @Field(() => Date, { nullable: true, description: 'When the current score was computed' })
  computedAt!: Date | null;

  @Field(() => [ReputationComponentValue])
  components!: ReputationComponentValue[];

  @Field(() => [ReputationSnapshot], { description: 'Snapshots oldest first, for charting the trend' })
  history!: ReputationSnapshot[];

  // How much the current score rests on (docs/rules.md, "Reputation"): a score from one report is a weak signal.
  @Field(() => Int, { nullable: true, description: 'IME reports the current score was computed from (first submitted in its 365-day window); null before the first refresh' })
  reportsCounted!: number | null;

  @Field(() => Int, { nullable: true, description: 'Appointments booked in the window the current score was computed from; null before the first refresh' })
  examsCounted!: number | null;
}

@Resolver(() => ReputationEvent)
export class ReputationEventResolver {
  @Authorized('ANALYST', 'EXAMINER', 'SERVICE')
  @Query(() => ReputationEventPage, { description: 'Curated reputation inputs, newest first; an EXAMINER sees only their own' })
  reputationEvents(
    @Ctx() ctx: ExaminersContext,
    @Arg('filter', () => ReputationEventFilter, { nullable: true }) filter?: ReputationEventFilter,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE,
  ) {
    return findReputationEvents(ctx, filter, page);
  }

  @Authorized('ADMIN')
  @Mutation(() => ReputationEvent, { description: 'Records a QA audit, complaint, feedback or commendation' })
  recordReputationEvent(
    @Arg('examinerId', () => ID) examinerId: string,
    @Arg('input', () => RecordReputationEventInput) input: RecordReputationEventInput,
    @Ctx() ctx: ExaminersContext,
  ) {
    return recordReputationEvent(ctx, examinerId, input);
  }

  @Authorized('SERVICE')
  @Mutation(() => ReputationEvent, { description: "A claimant's feedback or complaint from the claimant portal (the cases subgraph calls it); idempotent by sourceKey" })
  recordClaimantReputationEvent(@Arg('input', () => ClaimantReputationEventInput) input: ClaimantReputationEventInput, @Ctx() ctx: ExaminersContext) {
    return recordClaimantReputationEvent(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Deletes an event recorded in error; answers its id' })
  removeReputationEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: ExaminersContext) {
    return removeReputationEvent(ctx, id);
  }

  @Authorized()
  @FieldResolver(() => Examiner)
  examiner(@Root() event: ReputationEvent, @Ctx() ctx: ExaminersContext) {
    return ctx.loaders.examinerById.load(event.examiner.id);
  }
}

@ObjectType('ReputationRefresh')
export class ReputationRefresh {
  @Field(() => Date)
  takenAt!: Date;

  @Field(() => Int, { description: 'Examiners given a score' })
  examinersScored!: number;

  @Field(() => Int, { description: 'Examiners with no data for any component yet (score null)' })
  examinersWithoutData!: number;
}

@ObjectType('ReputationPreview')
export class ReputationPreview {
  @Field(() => Examiner)
  examiner!: Examiner;

  @Field(() => Float, { nullable: true, description: 'Score from the latest refresh' })
  currentScore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Score the same inputs would get with the proposed weights' })
  previewScore!: number | null;
}

@ObjectType('ReputationPreviewPage')
export class ReputationPreviewPage extends Paginated(ReputationPreview) {}

@Resolver(() => ReputationWeights)
export class ReputationWeightsResolver {
  @Authorized('ADMIN')
  @Mutation(() => ReputationRefresh, { description: 'Recomputes every examiner’s composite from the real rows and stores a dated snapshot' })
  refreshReputation(@Ctx() ctx: ExaminersContext) {
    return refreshReputation(ctx);
  }

  @Authorized('ADMIN')
  @Query(() => ReputationPreviewPage, { description: 'How scores would change with other weights, from each examiner’s latest snapshot inputs' })
  previewReputationWeights(
    @Arg('input', () => ReputationWeightsInput) input: ReputationWeightsInput,
    @Ctx() ctx: ExaminersContext,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE,
  ) {
    return previewReputationWeights(ctx, input, page);
  }

  @Authorized()
  @Query(() => ReputationWeights, { description: 'The admin-set weights of the reputation composite' })
  reputationWeights(@Ctx() ctx: ExaminersContext) {
    return currentWeights(ctx.em);
  }

  @Authorized('ADMIN')
  @Mutation(() => ReputationWeights)
  updateReputationWeights(
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ReputationWeightsInput) input: ReputationWeightsInput,
    @Ctx() ctx: ExaminersContext,
  ) {
    return updateWeights(ctx, version, input);
  }
}

@Resolver(() => Examiner)
export class ExaminerReputationResolver {
  @Authorized()
  @FieldResolver(() => ExaminerReputation)
  async reputation(@Root() examiner: Examiner, @Ctx() ctx: ExaminersContext): Promise<ExaminerReputation> {
    const history = await ctx.loaders.snapshotsByExaminer.load(examiner.id);
    const latest = history.at(-1);
    return {
      score: latest?.score ?? null,
      computedAt: latest?.takenAt ?? null,
      components: latest?.components ?? [],
      history,
      reportsCounted: countInput(latest, 'reportsCounted'),
      examsCounted: countInput(latest, 'examsCounted'),
    };
  }
}

/** A count among the inputs a snapshot was computed from (ReputationSnapshot.inputs), or null without one. */
function countInput(snapshot: ReputationSnapshot | undefined, name: 'reportsCounted' | 'examsCounted'): number | null {
  const value = snapshot?.inputs?.[name];
  return typeof value === 'number' ? value : null;
}
