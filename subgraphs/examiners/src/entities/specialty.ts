import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** A node of the specialty taxonomy (orthopaedic surgery → spine …). Keyed by its stable code across the graph. */
@Directive('@key(fields: "code")')
@ObjectType({ description: 'A medical specialty; specialties form a small taxonomy through `parent`', simpleResolvers: true })
@Entity({ tableName: 'specialty' })
export class Specialty {
  [OptionalProps]?: 'id' | 'active' | 'createdAt' | 'updatedAt' | 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Stable code, e.g. ORTHO_SPINE' })
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  @Index()
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @ManyToOne(() => Specialty, { ref: true, nullable: true, deleteRule: 'restrict' })
  parent: Ref<Specialty> | null = null;

  @Field(() => Boolean, { description: 'Inactive specialties stay on existing examiners but cannot be newly assigned' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Optimistic-locking version: send it back with updates' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
