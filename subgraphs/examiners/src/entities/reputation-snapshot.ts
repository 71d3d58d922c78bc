import { Entity, Index, JsonType, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { AuditAsPart, IdEntity } from '@imepanel/runtime';
import { Field, Float, ObjectType } from 'type-graphql';
import { Examiner } from './examiner';

@ObjectType({ description: 'One component of the composite reputation score' })
export class ReputationComponentValue {
  @Field(() => String)
  name!: string;

  @Field(() => Float, { nullable: true, description: '0–100, null when there is no data for it yet' })
  value!: number | null;

  @Field(() => Float, { description: 'Normalised weight actually applied' })
  weight!: number;

  @Field(() => Float, { description: 'Points this component adds to the composite' })
  contribution!: number;
}

/** A dated record of an examiner's composite score and its components, so trends can be charted. */
// A dated score of the examiner: part of the examiner's record for audit entries.
@AuditAsPart()
@ObjectType()
@Entity({ tableName: 'reputation_snapshot' })
@Index({ properties: ['examiner', 'takenAt'] })
export class ReputationSnapshot extends IdEntity<'takenAt' | 'components' | 'inputs'> {
  @ManyToOne(() => Examiner, { ref: true, deleteRule: 'cascade' })
  examiner!: Ref<Examiner>;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  takenAt: Date = new Date();

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  score: number | null = null;

  @Field(() => [ReputationComponentValue])
  @Property({ type: JsonType })
  components: ReputationComponentValue[] = [];

  /** The raw inputs (rates, counts) the score was computed from, kept for audit. */
  @Property({ type: JsonType })
  inputs: Record<string, unknown> = {};
}
