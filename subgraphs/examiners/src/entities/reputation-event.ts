import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { IdEntity, TextColumn } from '@imepanel/runtime';
import { LocalDate, enumValues } from '@imepanel/runtime/scalars';
import { Authorized, Field, Float, ObjectType } from 'type-graphql';
import { ReputationEventKind } from './enums';
import { Examiner } from './examiner';

/**
 * A curated input to reputation: a QA audit (score 0–100), a complaint, feedback (rating 1–5) or a
 * commendation. Reputation measures conduct and diligence, never whose side the findings favour.
 */
@ObjectType()
@Entity({ tableName: 'reputation_event' })
@Index({ properties: ['examiner', 'occurredOn'] })
export class ReputationEvent extends IdEntity<'createdAt'> {
  @ManyToOne(() => Examiner, { ref: true, deleteRule: 'cascade' })
  examiner!: Ref<Examiner>;

  @Field(() => ReputationEventKind)
  @Enum({ items: enumValues(ReputationEventKind), type: 'string', length: 30 })
  kind!: ReputationEventKind;

  @Field(() => Float, { nullable: true, description: 'QA audit score 0–100, or feedback rating 1–5' })
  @Property({ type: 'double', nullable: true })
  score: number | null = null;

  @Authorized('EXAMINER')
  @TextColumn({ nullable: true, description: 'Free text (a complaint may name a claimant): for ADMIN and the examiner concerned' })
  note: string | null = null;

  @Field(() => String, { nullable: true, description: 'The case it concerns, if any' })
  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  @Field(() => LocalDate)
  @Property({ type: 'date' })
  occurredOn!: string;

  @TextColumn({ length: 200 })
  recordedBy!: string;

  /**
   * What made the event once, for events another subgraph records (the claimant portal's `feedback:<case>:<party>`,
   * `complaint:<request>`): asked twice, one event. Never shown (it names the case the examiner must not see).
   */
  @Property({ type: 'string', length: 100, nullable: true, unique: true })
  sourceKey: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
