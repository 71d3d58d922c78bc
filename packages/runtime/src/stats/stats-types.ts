import { IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { defineEnum, type EnumObject } from '../graphql/enum-type';
import { LocalDate } from '../graphql/scalars';
import { IsJurisdiction } from '../graphql/validators';
import type { LineOfBusiness } from '../vocabulary/referrals';
import type { StatsAnswer } from './stats-result';
import { STATS_DIMENSIONS, type StatsCriteria, type StatsDimension } from './stats-sql';

/**
 * The GraphQL types every statistics query shares — its filter, the keys of a group, the answer around the
 * groups — made once here for each subgraph's measured table, which adds only its own names, wording and
 * measures (docs/architecture.md, "Inside a subgraph").
 */

/** One subgraph's GraphQL enum of what its statistics can be grouped by (one or two at a time). */
export function statsDimensionEnum(name: string, description: string): EnumObject<StatsDimension> {
  return defineEnum(name, STATS_DIMENSIONS, { description });
}

/** A statistics filter as the caller sends it: a StatsCriteria over one table's status. */
export interface StatsFilter<S extends string> extends StatsCriteria {
  lineOfBusiness?: LineOfBusiness[] | null;
  status?: S[] | null;
}

export interface StatsFilterOptions<S extends string> {
  /** The measured table's status enum, and what the status is of (e.g. "Current status of the case"). */
  status: EnumObject<S>;
  statusDescription: string;
  /** The subgraph's LineOfBusiness enum (each subgraph registers its own). */
  lineOfBusiness: EnumObject<LineOfBusiness>;
  /** What from and to bound, e.g. "Cases requested on or after this day (UTC)". */
  from: string;
  to: string;
  /** What the specialty codes are of, e.g. "Required specialty codes, e.g. ORTHO_SPINE". */
  specialtyCode: string;
}

/** The `<name>` filter input of one statistics query: every filter optional, a list matching any of its values. */
export function StatsFilterInput<S extends string>(name: string, options: StatsFilterOptions<S>): new () => StatsFilter<S> {
  @InputType(name, { description: 'Every filter is optional; a list matches any of its values' })
  class StatsFilterType implements StatsFilter<S> {
    @Field(() => LocalDate, { nullable: true, description: options.from })
    @IsOptional()
    from?: string | null;

    @Field(() => LocalDate, { nullable: true, description: options.to })
    @IsOptional()
    to?: string | null;

    @Field(() => [ID], { nullable: true })
    @IsOptional()
    @IsUUID('all', { each: true, message: 'each clientId must be a client id' })
    clientId?: string[] | null;

    @Field(() => [String], { nullable: true })
    @IsOptional()
    @IsJurisdiction({ each: true })
    jurisdiction?: string[] | null;

    @Field(() => [options.lineOfBusiness], { nullable: true })
    @IsOptional()
    lineOfBusiness?: LineOfBusiness[] | null;

    @Field(() => [String], { nullable: true, description: options.specialtyCode })
    @IsOptional()
    specialtyCode?: string[] | null;

    @Field(() => [ID], { nullable: true })
    @IsOptional()
    @IsUUID('all', { each: true, message: 'each examinerId must be an examiner id' })
    examinerId?: string[] | null;

    @Field(() => [options.status], { nullable: true, description: options.statusDescription })
    @IsOptional()
    status?: S[] | null;
  }
  return StatsFilterType;
}

/** The keys of a statistics group (set for the dimensions grouped by), whether it is withheld, and its size. */
export interface StatsGroupKeys<S extends string> {
  month?: string | null;
  week?: string | null;
  status?: S | null;
  jurisdiction?: string | null;
  lineOfBusiness?: LineOfBusiness | null;
  specialtyCode?: string | null;
  clientId?: string | null;
  examinerId?: string | null;
  suppressed: boolean;
  count: number | null;
}

export interface StatsGroupOptions<S extends string> {
  status: EnumObject<S>;
  lineOfBusiness: EnumObject<LineOfBusiness>;
  /** What MONTH and WEEK are of, e.g. "the request". */
  period: string;
  /** What a group counts, e.g. "cases". */
  units: string;
  /** The count's description, e.g. "Cases in the group". */
  count: string;
  /** The examinerId key's description, where its null has a meaning of its own. */
  examinerId?: string;
}

/**
 * The key fields of a statistics group, for the subgraph's `<Name>StatsGroup` class to extend with its measures
 * (the keys come first in the schema, then the measures).
 */
export function StatsGroupKeys<S extends string>(options: StatsGroupOptions<S>): new () => StatsGroupKeys<S> {
  @ObjectType({ simpleResolvers: true })
  class StatsGroupKeysType implements StatsGroupKeys<S> {
    @Field(() => String, { nullable: true, description: `Month of ${options.period}, e.g. 2026-03 (grouped by MONTH)` })
    month?: string | null;

    @Field(() => String, { nullable: true, description: `ISO week of ${options.period}, e.g. 2026-W09 (grouped by WEEK)` })
    week?: string | null;

    @Field(() => options.status, { nullable: true })
    status?: S | null;

    @Field(() => String, { nullable: true })
    jurisdiction?: string | null;

    @Field(() => options.lineOfBusiness, { nullable: true })
    lineOfBusiness?: LineOfBusiness | null;

    @Field(() => String, { nullable: true })
    specialtyCode?: string | null;

    @Field(() => ID, { nullable: true })
    clientId?: string | null;

    @Field(() => ID, { nullable: true, description: options.examinerId })
    examinerId?: string | null;

    @Field(() => Boolean, { description: `The group counts fewer than minGroupSize ${options.units}: its figures are withheld` })
    suppressed!: boolean;

    @Field(() => Int, { nullable: true, description: options.count })
    count!: number | null;
  }
  return StatsGroupKeysType;
}

/** A statistics answer (stats-result.ts) with the dimensions it is grouped by. */
export interface StatsAnswerFields<G> extends StatsAnswer<G> {
  groupBy: StatsDimension[];
}

export interface StatsAnswerOptions {
  description: string;
  /** The overall figures' description, e.g. "The figures over every case matching the filter". */
  overall: string;
  /** What a group counts, e.g. "cases". */
  units: string;
}

/** The `<name>` answer of one statistics query, around its group type and dimension enum. */
export function StatsAnswerType<G>(
  name: string,
  group: new () => G,
  dimension: EnumObject<StatsDimension>,
  options: StatsAnswerOptions,
): new () => StatsAnswerFields<G> {
  @ObjectType(name, { description: options.description })
  class StatsAnswerObject implements StatsAnswerFields<G> {
    @Field(() => [dimension])
    groupBy!: StatsDimension[];

    @Field(() => group, { description: options.overall })
    overall!: G;

    @Field(() => [group], { description: 'One group per combination of keys, ordered by the keys' })
    groups!: G[];

    @Field(() => Boolean, { description: 'More groups matched than the limit; the first ones by key are answered' })
    truncated!: boolean;

    @Field(() => Boolean, { description: 'Whether groups smaller than minGroupSize are withheld from this caller' })
    suppressionApplied!: boolean;

    @Field(() => Int, { description: `k: groups counting fewer ${options.units} are suppressed` })
    minGroupSize!: number;

    @Field(() => Int, {
      description: 'Groups withheld; 0 for de-identified callers (analysts), whose withheld groups are left out as empty ones are, so that a withheld group never says it holds cases',
    })
    suppressedGroups!: number;
  }
  return StatsAnswerObject;
}
