import { DEFAULT_PAGE, PageInput, Paginated, containsPattern, listOrder, SortDirection, toPage } from '@imepanel/runtime';
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { createSpecialty, updateSpecialty } from '../commands/specialty-commands';
import type { ExaminersContext } from '../context';
import { ExaminerSpecialty, Specialty } from '../entities';
import { CreateSpecialtyInput, SpecialtyFilter, UpdateSpecialtyInput } from '../inputs/specialty.inputs';

@ObjectType('SpecialtyPage')
export class SpecialtyPage extends Paginated(Specialty) {}

@Resolver(() => Specialty)
export class SpecialtyResolver {
  @Authorized()
  @Query(() => Specialty, { nullable: true })
  specialty(@Arg('code', () => String) code: string, @Ctx() ctx: ExaminersContext) {
    return ctx.loaders.specialtyByCode.load(code);
  }

  @Authorized()
  @Query(() => SpecialtyPage, { description: 'The specialty taxonomy, sorted by name' })
  async specialties(
    @Ctx() ctx: ExaminersContext,
    @Arg('filter', () => SpecialtyFilter, { nullable: true }) filter?: SpecialtyFilter,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE,
  ) {
    const where: FilterQuery<Specialty>[] = [];
    if (filter?.search?.trim()) {
      const pattern = containsPattern(filter.search);
      where.push({ $or: [{ code: { $ilike: pattern } }, { name: { $ilike: pattern } }] });
    }
    if (filter?.active !== undefined && filter.active !== null) where.push({ active: filter.active });
    if (filter?.parentCode) where.push({ parent: { code: filter.parentCode } });
    if (filter?.rootsOnly) where.push({ parent: null });
    const [items, total] = await ctx.em.findAndCount(Specialty, { $and: where }, {
      orderBy: listOrder(ctx.em, Specialty, ['name', 'code'], SortDirection.ASC),
      limit: page.limit,
      offset: page.offset,
    });
    return toPage(items, total, page);
  }

  @Authorized('ADMIN')
  @Mutation(() => Specialty)
  createSpecialty(@Arg('input', () => CreateSpecialtyInput) input: CreateSpecialtyInput, @Ctx() ctx: ExaminersContext) {
    return createSpecialty(ctx.em, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Specialty, { description: 'Renames, re-parents, describes or (de)activates a specialty' })
  updateSpecialty(
    @Arg('code', () => String) code: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateSpecialtyInput) input: UpdateSpecialtyInput,
    @Ctx() ctx: ExaminersContext,
  ) {
    return updateSpecialty(ctx.em, code, version, input);
  }

  @Authorized()
  @FieldResolver(() => Specialty, { nullable: true })
  parent(@Root() specialty: Specialty, @Ctx() ctx: ExaminersContext) {
    return specialty.parent ? ctx.loaders.specialtyById.load(specialty.parent.id) : null;
  }

  @Authorized()
  @FieldResolver(() => [Specialty])
  children(@Root() specialty: Specialty, @Ctx() ctx: ExaminersContext) {
    return ctx.loaders.childrenBySpecialty.load(specialty.id);
  }

  @Authorized()
  @FieldResolver(() => Int, { description: 'Examiners holding this specialty (any status)' })
  examinerCount(@Root() specialty: Specialty, @Ctx() ctx: ExaminersContext) {
    return ctx.loaders.examinerCountBySpecialty.load(specialty.id);
  }
}

@Resolver(() => ExaminerSpecialty)
export class ExaminerSpecialtyResolver {
  @Authorized()
  @FieldResolver(() => Specialty)
  async specialty(@Root() held: ExaminerSpecialty, @Ctx() ctx: ExaminersContext) {
    return ctx.loaders.specialtyById.load(held.specialty.id);
  }
}
