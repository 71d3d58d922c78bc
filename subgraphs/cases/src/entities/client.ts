import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { enumValues } from '@imepanel/runtime/scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ClientKind } from './enums';

/** An organisation that orders IMEs: an insurer, employer, TPA, law firm or board. Other subgraphs reference it by id. */
@Directive('@key(fields: "id")')
@ObjectType()
@Entity({ tableName: 'client' })
export class Client {
  [OptionalProps]?: 'id' | 'active' | 'createdAt' | 'updatedAt' | 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 200, unique: true })
  name!: string;

  @Field(() => ClientKind)
  @Enum({ items: enumValues(ClientKind), type: 'string', length: 20 })
  @Index()
  kind!: ClientKind;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  contactName: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  contactEmail: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  contactPhone: string | null = null;

  @Field(() => Boolean, { description: 'Archived clients keep their cases but cannot order new ones' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}
