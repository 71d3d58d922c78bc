import { Entity, Enum, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { AuditAsPart, IdEntity } from '@imepanel/runtime';
import { enumValues } from '@imepanel/runtime/scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Case } from './case';
import { CustodyEntryKind } from './enums';

/**
 * One link of a case's chain of custody (domain/custody-chain.ts): a stored document or a timeline event, with the
 * hash of what it vouches for and of the link before it. Appended in the transaction that stores the document or
 * records the event (custody/custody-subscriber.ts); never changed.
 */
@AuditAsPart()
@ObjectType()
@Entity({ tableName: 'custody_entry' })
@Unique({ properties: ['case', 'seq'] })
export class CustodyEntry extends IdEntity {
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  @Field(() => Int, { description: 'Position in the case chain, from 0' })
  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => CustodyEntryKind)
  @Enum({ items: enumValues(CustodyEntryKind), type: 'string', length: 20 })
  kind!: CustodyEntryKind;

  @Field(() => String, { description: 'The document or timeline event' })
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => String, { description: "SHA-256 of the document's bytes or of the event's recorded fields" })
  @Property({ type: 'string', length: 64 })
  contentHash!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  actor!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  label!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  prevHash!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  hash!: string;
}
