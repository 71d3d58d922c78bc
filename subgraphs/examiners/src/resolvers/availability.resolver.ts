import { badUserInput, forbidden, readsForExaminer } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { setAvailability } from '../commands/availability-commands';
import type { ExaminersContext } from '../context';
import { ExamFormat, ExaminerAvailability, OfficeLocation } from '../entities';
import { AvailabilityInput } from '../inputs/availability.inputs';
import { DEFAULT_MAX_TRAVEL_KM } from '../domain/eligibility';
import { examMinutes } from '../domain/availability';
import { distanceKm } from '../domain/distance';

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
  @FieldResolver(() => [OfficeLocation], { nullable: true, description: "The examiner's offices, with their zones and coordinates" })
  offices(@Root() availability: ExaminerAvailability, @Ctx() ctx: ExaminersContext) {
    return ctx.loaders.officesByExaminer.load(availability.examiner.id);
  }

  @Authorized('EXAMINER', 'SERVICE')
  @FieldResolver(() => [OfficeLocation], {
    nullable: true,
    description: 'The offices within the travel limit of an in-person exam (docs/rules.md, "Eligibility") of the point given; every office without one',
  })
  async officesInReach(
    @Root() availability: ExaminerAvailability,
    @Ctx() ctx: ExaminersContext,
    @Arg('latitude', () => Float, { nullable: true }) latitude?: number,
    @Arg('longitude', () => Float, { nullable: true }) longitude?: number,
  ) {
    const offices = await ctx.loaders.officesByExaminer.load(availability.examiner.id);
    if (latitude == null || longitude == null) return offices;
    return offices.filter((office) => distanceKm(office, { latitude, longitude }) <= DEFAULT_MAX_TRAVEL_KM);
  }

  @Authorized('EXAMINER', 'SERVICE')
  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the examiner currently offers telehealth (their telehealth hours count only then)' })
  async telehealthOffered(@Root() availability: ExaminerAvailability, @Ctx() ctx: ExaminersContext) {
    return (await ctx.loaders.examinerById.load(availability.examiner.id))?.telehealth ?? false;
  }

  @Authorized('EXAMINER', 'SERVICE')
  @FieldResolver(() => Int, { nullable: true, description: 'How long an exam of this format and specialty takes with this examiner, in minutes' })
  examMinutes(
    @Root() availability: ExaminerAvailability,
    @Arg('format', () => ExamFormat) format: ExamFormat,
    @Arg('specialtyCode', () => String, { nullable: true }) specialtyCode?: string,
  ) {
    return examMinutes(availability.examLengths, format, specialtyCode ?? null);
  }
}
