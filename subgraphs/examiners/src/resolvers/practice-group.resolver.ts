import { DEFAULT_PAGE, PageInput, Paginated } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { createPracticeGroup, updatePracticeGroup } from '../commands/practice-group-commands';
import type { ExaminersContext } from '../context';
import { PracticeGroup } from '../entities';
import { PracticeGroupInput } from '../inputs/practice-group.inputs';
import { findPracticeGroups } from '../queries/practice-group-query';

@ObjectType('PracticeGroupPage')
export class PracticeGroupPage extends Paginated(PracticeGroup) {}

@Resolver(() => PracticeGroup)
export class PracticeGroupResolver {
  @Authorized()
  @Query(() => PracticeGroup, { nullable: true })
  practiceGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: ExaminersContext) {
    return ctx.loaders.practiceGroupById.load(id);
  }

  @Authorized()
  @Query(() => PracticeGroupPage)
  practiceGroups(
    @Ctx() ctx: ExaminersContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE,
  ) {
    return findPracticeGroups(ctx, search, page);
  }

  @Authorized('ADMIN')
  @Mutation(() => PracticeGroup)
  createPracticeGroup(@Arg('input', () => PracticeGroupInput) input: PracticeGroupInput, @Ctx() ctx: ExaminersContext) {
    return createPracticeGroup(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => PracticeGroup)
  updatePracticeGroup(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => PracticeGroupInput) input: PracticeGroupInput,
    @Ctx() ctx: ExaminersContext,
  ) {
    return updatePracticeGroup(ctx, id, version, input);
  }
}
