import { DEFAULT_PAGE, FieldErrors, PageInput, Paginated, assertVersion, containsPattern, notFound, listOrder, SortDirection, toPage } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { ExaminersContext } from '../context';
import { PracticeGroup } from '../entities';
import { PracticeGroupInput } from '../inputs/practice-group.inputs';

@ObjectType('PracticeGroupPage')
export class PracticeGroupPage extends Paginated(PracticeGroup) {}

async function checkNameFree(em: EntityManager, name: string, selfId: string | null) {
  const holder = await em.findOne(PracticeGroup, { name: { $ilike: name.trim() } });
  if (holder && holder.id !== selfId) new FieldErrors().add('input.name', `A practice group named "${holder.name}" already exists`).throwIfAny();
}

@Resolver(() => PracticeGroup)
export class PracticeGroupResolver {
  @Authorized()
  @Query(() => PracticeGroup, { nullable: true })
  practiceGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: ExaminersContext) {
    return ctx.loaders.practiceGroupById.load(id);
  }

  @Authorized()
  @Query(() => PracticeGroupPage)
  async practiceGroups(
    @Ctx() ctx: ExaminersContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE,
  ) {
    const where = search?.trim() ? { name: { $ilike: containsPattern(search) } } : {};
    const [items, total] = await ctx.em.findAndCount(PracticeGroup, where, {
      orderBy: listOrder(ctx.em, PracticeGroup, ['name'], SortDirection.ASC),
      limit: page.limit,
      offset: page.offset,
    });
    return toPage(items, total, page);
  }

  @Authorized('ADMIN')
  @Mutation(() => PracticeGroup)
  createPracticeGroup(@Arg('input', () => PracticeGroupInput) input: PracticeGroupInput, @Ctx() ctx: ExaminersContext) {
    return ctx.em.transactional(async (tx) => {
      await checkNameFree(tx, input.name, null);
      const group = tx.create(PracticeGroup, { name: input.name.trim(), website: input.website ?? null });
      await tx.persist(group).flush();
      return group;
    });
  }

  @Authorized('ADMIN')
  @Mutation(() => PracticeGroup)
  updatePracticeGroup(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => PracticeGroupInput) input: PracticeGroupInput,
    @Ctx() ctx: ExaminersContext,
  ) {
    return ctx.em.transactional(async (tx) => {
      const group = await tx.findOne(PracticeGroup, { id });
      if (!group) throw notFound('PracticeGroup', id);
      assertVersion('PracticeGroup', group, version);
      await checkNameFree(tx, input.name, id);
      group.name = input.name.trim();
      group.website = input.website ?? null;
      group.updatedAt = new Date();
      await tx.flush();
      return group;
    });
  }
}
