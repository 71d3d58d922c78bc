import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { IdEntity, TextColumn } from '@imepanel/runtime';
import { LocalDate, enumValues } from '@imepanel/runtime/scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { PartyType } from './enums';
import { Examiner } from './examiner';

/**
 * A relationship an examiner has declared with a party, which makes them not independent for that party's
 * cases. The party is stored only as a keyed hash of its identity: this subgraph never holds claimant PII.
 */
@ObjectType()
@Entity({ tableName: 'conflict_declaration' })
@Index({ properties: ['partyType', 'partyKey'] })
export class ConflictDeclaration extends IdEntity<'createdAt' | 'version'> {
  @ManyToOne(() => Examiner, { ref: true, deleteRule: 'cascade', index: true })
  examiner!: Ref<Examiner>;

  @Field(() => PartyType)
  @Enum({ items: enumValues(PartyType), type: 'string', length: 20 })
  partyType!: PartyType;

  @TextColumn({ length: 64, description: 'Keyed hash of the party identity (HMAC-SHA256, hex)' })
  partyKey!: string;

  @TextColumn({ length: 200, nullable: true, description: 'A non-identifying label for organisations (never a claimant name)' })
  partyLabel: string | null = null;

  @TextColumn()
  reason!: string;

  @Field(() => LocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  startsOn: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: 'Null while the relationship lasts' })
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}
