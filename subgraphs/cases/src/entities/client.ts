import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { BaseEntity, RecordFields, TextColumn } from '@imepanel/runtime';
import { enumValues } from '@imepanel/runtime/scalars';
import { Directive, Field, ObjectType } from 'type-graphql';
import { ClientKind } from './enums';

/** An organisation that orders IMEs: an insurer, employer, TPA, law firm or board. Other subgraphs reference it by id. */
@RecordFields({ describeVersion: false })
@Directive('@key(fields: "id")')
@ObjectType()
@Entity({ tableName: 'client' })
export class Client extends BaseEntity<'active'> {
  @TextColumn({ length: 200, unique: true })
  name!: string;

  @Field(() => ClientKind)
  @Enum({ items: enumValues(ClientKind), type: 'string', length: 20 })
  @Index()
  kind!: ClientKind;

  @TextColumn({ length: 200, nullable: true })
  contactName: string | null = null;

  @TextColumn({ length: 200, nullable: true })
  contactEmail: string | null = null;

  @TextColumn({ length: 40, nullable: true })
  contactPhone: string | null = null;

  @Field(() => Boolean, { description: 'Archived clients keep their cases but cannot order new ones' })
  @Property({ type: 'boolean' })
  active: boolean = true;
}
