import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { TextColumn } from '@imepanel/runtime';
import { Field, Float, Int, ObjectType } from 'type-graphql';

/**
 * The admin-set weights of the reputation composite. A single row (id 1); weights need not sum to one,
 * they are normalised over the components that have data.
 */
@ObjectType()
@Entity({ tableName: 'reputation_weights' })
export class ReputationWeights {
  [OptionalProps]?: 'id' | 'timeliness' | 'turnaround' | 'completeness' | 'qa' | 'audit' | 'reliability' | 'conduct' | 'credentials' | 'updatedAt' | 'version';

  @PrimaryKey({ type: 'integer', autoincrement: false })
  id: number = 1;

  @Field(() => Float, { description: 'On-time report rate' })
  @Property({ type: 'double' })
  timeliness: number = 0.25;

  @Field(() => Float, { description: 'Median report turnaround' })
  @Property({ type: 'double' })
  turnaround: number = 0.1;

  @Field(() => Float, { description: 'Addendum rate, excluding late-records addenda' })
  @Property({ type: 'double' })
  completeness: number = 0.15;

  @Field(() => Float, { description: 'QA first-pass rate' })
  @Property({ type: 'double' })
  qa: number = 0.15;

  @Field(() => Float, { description: 'QA audit scores' })
  @Property({ type: 'double' })
  audit: number = 0.1;

  @Field(() => Float, { description: 'Examiner-caused no-shows and late cancellations' })
  @Property({ type: 'double' })
  reliability: number = 0.1;

  @Field(() => Float, { description: 'Complaints per 100 exams, feedback, commendations' })
  @Property({ type: 'double' })
  conduct: number = 0.1;

  @Field(() => Float, { description: 'Credential lapses' })
  @Property({ type: 'double' })
  credentials: number = 0.05;

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @TextColumn({ length: 200, nullable: true })
  updatedBy: string | null = null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}
