import { printType, type GraphQLObjectType } from 'graphql';
import { buildSchemaSync, Field, Float, ObjectType, Query, Resolver, Arg } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { defineEnum } from '../graphql/enum-type';
import { LINES_OF_BUSINESS } from '../vocabulary/referrals';
import { StatsAnswerType, StatsFilterInput, StatsGroupKeys, statsDimensionEnum } from './stats-types';

const Status = defineEnum('SampleStatus', ['OPEN', 'DONE']);
const LineOfBusiness = defineEnum('SampleLineOfBusiness', LINES_OF_BUSINESS);
const Dimension = statsDimensionEnum('SampleStatsDimension', 'What sample statistics are grouped by');
const Filter = StatsFilterInput('SampleStatsFilter', {
  status: Status,
  statusDescription: 'Status of the sample',
  lineOfBusiness: LineOfBusiness,
  from: 'Samples taken on or after this day',
  to: 'Samples taken on or before this day',
  specialtyCode: 'Specialty codes of the samples',
});

@ObjectType('SampleStatsGroup', { simpleResolvers: true })
class Group extends StatsGroupKeys({ status: Status, lineOfBusiness: LineOfBusiness, period: 'the sample', units: 'samples', count: 'Samples in the group' }) {
  @Field(() => Float, { nullable: true, description: 'A measure of the subgraph' })
  measure!: number | null;
}
const Answer = StatsAnswerType('SampleStats', Group, Dimension, { description: 'Sample statistics', overall: 'Every sample', units: 'samples' });

@Resolver()
class SampleResolver {
  @Query(() => Answer)
  sampleStats(@Arg('filter', () => Filter, { nullable: true }) _filter?: InstanceType<typeof Filter>): null {
    return null;
  }
}

describe('statistics GraphQL types', () => {
  const schema = buildSchemaSync({ resolvers: [SampleResolver], validate: false });

  it("lists a group's keys, then whether it is withheld and its count, then the subgraph's measures", () => {
    const fields = Object.keys((schema.getType('SampleStatsGroup') as GraphQLObjectType).getFields());
    expect(fields).toEqual(['month', 'week', 'status', 'jurisdiction', 'lineOfBusiness', 'specialtyCode', 'clientId', 'examinerId', 'suppressed', 'count', 'measure']);
  });

  it("words each type with the subgraph's names and units", () => {
    expect(printType(schema.getType('SampleStatsGroup')!)).toContain('"""Month of the sample, e.g. 2026-03 (grouped by MONTH)"""');
    expect(printType(schema.getType('SampleStats')!)).toContain('"""k: groups counting fewer samples are suppressed"""');
    expect(printType(schema.getType('SampleStatsFilter')!)).toContain('status: [SampleStatus!]');
    expect(printType(schema.getType('SampleStatsDimension')!)).toContain('MONTH\n  WEEK\n  STATUS\n  JURISDICTION\n  LINE_OF_BUSINESS\n  SPECIALTY\n  CLIENT\n  EXAMINER');
  });
});
