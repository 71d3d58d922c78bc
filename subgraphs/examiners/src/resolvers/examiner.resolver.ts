import { DEFAULT_PAGE, PageInput, Paginated } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { changeExaminerStatus, createExaminer, updateExaminer } from '../commands/examiner-commands';
import { assertMayReadConflictsOf } from '../access';
import type { ExaminersContext } from '../context';
import { ConflictDeclaration, Credential, Examiner, ExaminerSpecialty, ExaminerStatusChange, OfficeLocation, PracticeGroup } from '../entities';
import {
  ChangeExaminerStatusInput,
  CreateExaminerInput,
  ExaminerFilter,
  ExaminerSort,
  UpdateExaminerInput,
} from '../inputs/examiner.inputs';
import { findExaminers } from '../queries/examiner-query';

@ObjectType('ExaminerPage')
export class ExaminerPage extends Paginated(Examiner) {}

@Resolver(() => Examiner)
export class ExaminerResolver {
  @Authorized()
  @Query(() => Examiner, { nullable: true, description: 'One examiner by id, or null when there is none' })
  examiner(@Arg('id', () => ID) id: string, @Ctx() ctx: ExaminersContext): Promise<Examiner | null> {
    return ctx.loaders.examinerById.load(id);
  }

  @Authorized()
  @Query(() => ExaminerPage, { description: 'Examiners matching the filter, sorted and paginated, with the total count' })
  examiners(
    @Ctx() ctx: ExaminersContext,
    @Arg('filter', () => ExaminerFilter, { nullable: true }) filter?: ExaminerFilter,
    @Arg('sort', () => ExaminerSort, { nullable: true }) sort?: ExaminerSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return findExaminers(ctx, filter, sort, page ?? DEFAULT_PAGE);
  }

  @Authorized('ADMIN')
  @Mutation(() => Examiner, { description: 'Onboards an examiner in PENDING_REVIEW' })
  createExaminer(@Arg('input', () => CreateExaminerInput) input: CreateExaminerInput, @Ctx() ctx: ExaminersContext) {
    return createExaminer(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Examiner, { description: 'Changes the given fields; refused with CONFLICT when `version` is not the current one' })
  updateExaminer(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateExaminerInput) input: UpdateExaminerInput,
    @Ctx() ctx: ExaminersContext,
  ) {
    return updateExaminer(ctx, id, version, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Examiner, { description: 'Activates, suspends or retires an examiner (suspension and retirement need a reason)' })
  changeExaminerStatus(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ChangeExaminerStatusInput) input: ChangeExaminerStatusInput,
    @Ctx() ctx: ExaminersContext,
  ) {
    return changeExaminerStatus(ctx, id, version, input);
  }

  @Authorized()
  @FieldResolver(() => String)
  displayName(@Root() examiner: Examiner) {
    return examiner.displayName;
  }

  @Authorized()
  @FieldResolver(() => PracticeGroup, { nullable: true })
  practiceGroup(@Root() examiner: Examiner, @Ctx() ctx: ExaminersContext) {
    return examiner.practiceGroup ? ctx.loaders.practiceGroupById.load(examiner.practiceGroup.id) : null;
  }

  @Authorized()
  @FieldResolver(() => [OfficeLocation])
  offices(@Root() examiner: Examiner, @Ctx() ctx: ExaminersContext) {
    return ctx.loaders.officesByExaminer.load(examiner.id);
  }

  @Authorized()
  @FieldResolver(() => [ExaminerSpecialty])
  specialties(@Root() examiner: Examiner, @Ctx() ctx: ExaminersContext) {
    return ctx.loaders.specialtiesByExaminer.load(examiner.id);
  }

  @Authorized()
  @FieldResolver(() => [Credential])
  credentials(@Root() examiner: Examiner, @Ctx() ctx: ExaminersContext) {
    return ctx.loaders.credentialsByExaminer.load(examiner.id);
  }

  @Authorized('ADMIN')
  @FieldResolver(() => [ExaminerStatusChange], { nullable: true, description: 'Every status change with its reason, newest first; ADMIN only' })
  statusHistory(@Root() examiner: Examiner, @Ctx() ctx: ExaminersContext) {
    return ctx.em.find(ExaminerStatusChange, { examiner: examiner.id }, { orderBy: { changedAt: 'desc', id: 'asc' }, limit: 500 });
  }

  @Authorized('EXAMINER', 'SERVICE')
  @FieldResolver(() => [ConflictDeclaration], {
    nullable: true,
    description: 'Declared conflicts (parties only as keyed hashes): for ADMIN and the examiner themself; others get null and FORBIDDEN',
  })
  conflicts(@Root() examiner: Examiner, @Ctx() ctx: ExaminersContext) {
    assertMayReadConflictsOf(ctx.actor, examiner.id);
    return ctx.loaders.conflictsByExaminer.load(examiner.id);
  }
}
