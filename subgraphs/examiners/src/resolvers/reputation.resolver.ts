import { DEFAULT_PAGE, FieldErrors, PageInput, Paginated, listOrder, SortDirection, toPage } from '@imepanel/runtime';
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { currentWeights, recordReputationEvent, removeReputationEvent, updateWeights } from '../commands/reputation-commands';
import { computeReputation, validateWeights, type ReputationInputs } from '../domain/reputation';
import { refreshReputation } from '../reputation/refresh-reputation';
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
      orderBy: listOrder(ctx.em, ReputationEvent, ['occurredOn', 'createdAt'], SortDirection.DESC),
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
    return recordReputationEvent(ctx.em, ctx.cases, examinerId, input, ctx.actor);
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
    return refreshReputation(ctx.em, ctx);
  }

  @Authorized('ADMIN')
  @Query(() => ReputationPreviewPage, { description: 'How scores would change with other weights, from each examiner’s latest snapshot inputs' })
  async previewReputationWeights(
    @Arg('input', () => ReputationWeightsInput) input: ReputationWeightsInput,
    @Ctx() ctx: ExaminersContext,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE,
  ) {
    const errors = new FieldErrors();
    for (const problem of validateWeights({ ...input })) errors.add(`input.${problem.field}`, problem.message);
    errors.throwIfAny();
    const [rows, [{ total }]] = await Promise.all([
      ctx.em.execute<{ examiner_id: string; score: number | null; inputs: ReputationInputs }[]>(
        `select * from (select distinct on (s.examiner_id) s.examiner_id, s.score, s.inputs from examiners.reputation_snapshot s
           order by s.examiner_id, s.taken_at desc) latest order by latest.score desc nulls last, latest.examiner_id limit ? offset ?`,
        [page.limit, page.offset],
      ),
      ctx.em.execute<{ total: string }[]>(`select count(distinct examiner_id) as total from examiners.reputation_snapshot`),
    ]);
    const examiners = await Promise.all(rows.map((r) => ctx.loaders.examinerById.load(r.examiner_id)));
    const items = rows.map((r, i) => ({
      examiner: examiners[i]!,
      currentScore: r.score,
      previewScore: computeReputation(r.inputs, { ...input }).score,
    }));
    return toPage(items, Number(total), page);
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
