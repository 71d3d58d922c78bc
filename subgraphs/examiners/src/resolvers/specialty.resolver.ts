import { DEFAULT_PAGE, PageInput, Paginated } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { createSpecialty, updateSpecialty } from '../commands/specialty-commands';
import type { ExaminersContext } from '../context';
import { ExaminerSpecialty, Specialty } from '../entities';
import { CreateSpecialtyInput, SpecialtyFilter, UpdateSpecialtyInput } from '../inputs/specialty.inputs';
import { findSpecialties } from '../queries/specialty-query';

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
  specialties(
    @Ctx() ctx: ExaminersContext,
    @Arg('filter', () => SpecialtyFilter, { nullable: true }) filter?: SpecialtyFilter,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE,
  ) {
    return findSpecialties(ctx, filter, page);
  }

  @Authorized('ADMIN')
  @Mutation(() => Specialty)
  createSpecialty(@Arg('input', () => CreateSpecialtyInput) input: CreateSpecialtyInput, @Ctx() ctx: ExaminersContext) {
    return createSpecialty(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Specialty, { description: 'Renames, re-parents, describes or (de)activates a specialty' })
  updateSpecialty(
    @Arg('code', () => String) code: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateSpecialtyInput) input: UpdateSpecialtyInput,
    @Ctx() ctx: ExaminersContext,
  ) {
    return updateSpecialty(ctx, code, version, input);
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
