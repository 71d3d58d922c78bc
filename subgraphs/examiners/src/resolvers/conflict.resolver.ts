import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { declareConflict, removeConflict, updateConflict } from '../commands/conflict-commands';
import type { ExaminersContext } from '../context';
import { ConflictDeclaration, Examiner } from '../entities';
import { DeclareConflictInput, UpdateConflictInput } from '../inputs/conflict.inputs';

/** Conflicts make an examiner not independent for a party; they are listed through `Examiner.conflicts`. */
@Resolver(() => ConflictDeclaration)
export class ConflictResolver {
  @Authorized('EXAMINER')
  @Mutation(() => ConflictDeclaration, { description: 'Records a relationship with a party; the party is stored as a keyed hash' })
  declareConflict(
    @Arg('examinerId', () => ID) examinerId: string,
    @Arg('input', () => DeclareConflictInput) input: DeclareConflictInput,
    @Ctx() ctx: ExaminersContext,
  ) {
    return declareConflict(ctx, examinerId, input);
  }

  @Authorized('EXAMINER')
  @Mutation(() => ConflictDeclaration)
  updateConflict(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateConflictInput) input: UpdateConflictInput,
    @Ctx() ctx: ExaminersContext,
  ) {
    return updateConflict(ctx, id, version, input);
  }

  @Authorized('EXAMINER')
  @Mutation(() => ID, { description: 'Deletes a conflict declared in error; answers its id' })
  removeConflict(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: ExaminersContext) {
    return removeConflict(ctx, id, version);
  }

  @Authorized()
  @FieldResolver(() => Examiner)
  examiner(@Root() conflict: ConflictDeclaration, @Ctx() ctx: ExaminersContext) {
    return ctx.loaders.examinerById.load(conflict.examiner.id);
  }
}
