import { badUserInput, forbidden, readsForExaminer } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { setAvailability } from '../commands/availability-commands';
import type { ExaminersContext } from '../context';
import { ExaminerAvailability, OfficeLocation } from '../entities';
import { AvailabilityInput } from '../inputs/availability.inputs';

/** How many examiners one batched availability question may name (a panel's candidates for one case). */
export const MAX_AVAILABILITY_BATCH = 5000;

@Resolver(() => ExaminerAvailability)
export class AvailabilityResolver {
  @Authorized('EXAMINER', 'SERVICE')
  @Query(() => ExaminerAvailability, { nullable: true, description: "An examiner's availability: for ADMIN, the examiner themself and services; null when none is saved" })
  examinerAvailability(@Arg('examinerId', () => ID) examinerId: string, @Ctx() ctx: ExaminersContext) {
    if (!readsForExaminer(ctx.actor, examinerId)) throw forbidden("Only an administrator or the examiner themself may read an examiner's availability");
    return ctx.em.findOne(ExaminerAvailability, { examiner: examinerId });
  }

  @Authorized('SERVICE')
  @Query(() => [ExaminerAvailability], {
    description: 'The saved availability of many examiners at once (for slot generation in the cases subgraph): one statement, whatever their number',
  })
  examinerAvailabilities(@Arg('examinerIds', () => [ID]) examinerIds: string[], @Ctx() ctx: ExaminersContext) {
    if (examinerIds.length > MAX_AVAILABILITY_BATCH) throw badUserInput([{ field: 'examinerIds', message: `at most ${MAX_AVAILABILITY_BATCH} examiners at once` }]);
    return examinerIds.length === 0 ? [] : ctx.em.find(ExaminerAvailability, { examiner: { $in: examinerIds } });
  }

  @Authorized('EXAMINER')
  @Mutation(() => ExaminerAvailability, {
    description: 'Saves the whole availability of an examiner (the examiner themself, or ADMIN); version: the saved one, or null the first time',
  })
  setAvailability(
    @Arg('examinerId', () => ID) examinerId: string,
    @Arg('input', () => AvailabilityInput) input: AvailabilityInput,
    @Ctx() ctx: ExaminersContext,
    @Arg('version', () => Int, { nullable: true }) version?: number,
  ) {
    return setAvailability(ctx, examinerId, version, input);
  }

  @Authorized('EXAMINER', 'SERVICE')
  @FieldResolver(() => [OfficeLocation], { description: "The examiner's offices, with their zones and coordinates" })
  offices(@Root() availability: ExaminerAvailability, @Ctx() ctx: ExaminersContext) {
    return ctx.loaders.officesByExaminer.load(availability.examiner.id);
  }
}
