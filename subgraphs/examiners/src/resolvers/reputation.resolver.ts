import { DEFAULT_PAGE, PageInput, Paginated, toPage } from '@imepanel/runtime';
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { currentWeights, recordReputationEvent, removeReputationEvent, updateWeights } from '../commands/reputation-commands';
import { reputationEventScope } from '../access';
import type { ExaminersContext } from '../context';
import { Examiner, ReputationComponentValue, ReputationEvent, ReputationEventKind, ReputationSnapshot, ReputationWeights } from '../entities';
import { RecordReputationEventInput, ReputationWeightsInput } from '../inputs/reputation.inputs';

@ObjectType('ReputationEventPage')
export class ReputationEventPage extends Paginated(ReputationEvent) {}

@InputType('ReputationEventFilter')
export class ReputationEventFilter {
  @Field(() => ID, { nullable: true })
  examinerId?: string;

  @Field(() => [ReputationEventKind], { nullable: true })
  kind?: ReputationEventKind[];
}

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
}

@Resolver(() => ReputationEvent)
export class ReputationEventResolver {
  @Authorized('ANALYST', 'EXAMINER', 'SERVICE')
  @Query(() => ReputationEventPage, { description: 'Curated reputation inputs, newest first; an EXAMINER sees only their own' })
  async reputationEvents(
    @Ctx() ctx: ExaminersContext,
    @Arg('filter', () => ReputationEventFilter, { nullable: true }) filter?: ReputationEventFilter,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE,
  ) {
    const where: FilterQuery<ReputationEvent>[] = [reputationEventScope(ctx.actor)];
    if (filter?.examinerId) where.push({ examiner: filter.examinerId });
    if (filter?.kind?.length) where.push({ kind: { $in: filter.kind } });
    const [items, total] = await ctx.em.findAndCount(ReputationEvent, { $and: where }, {
      orderBy: { occurredOn: 'desc', createdAt: 'desc' },
      limit: page.limit,
      offset: page.offset,
    });
    return toPage(items, total, page);
  }

  @Authorized('ADMIN')
  @Mutation(() => ReputationEvent, { description: 'Records a QA audit, complaint, feedback or commendation' })
  recordReputationEvent(
    @Arg('examinerId', () => ID) examinerId: string,
    @Arg('input', () => RecordReputationEventInput) input: RecordReputationEventInput,
    @Ctx() ctx: ExaminersContext,
  ) {
    return recordReputationEvent(ctx.em, examinerId, input, ctx.actor);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Deletes an event recorded in error; answers its id' })
  removeReputationEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: ExaminersContext) {
    return removeReputationEvent(ctx.em, id);
  }

  @Authorized()
  @FieldResolver(() => Examiner)
  examiner(@Root() event: ReputationEvent, @Ctx() ctx: ExaminersContext) {
    return ctx.loaders.examinerById.load(event.examiner.id);
  }
}

@Resolver(() => ReputationWeights)
export class ReputationWeightsResolver {
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
    return updateWeights(ctx.em, version, input, ctx.actor);
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
    };
  }
}
