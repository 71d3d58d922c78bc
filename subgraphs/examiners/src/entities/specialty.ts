import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity, RecordFields } from '@imepanel/runtime';
import { Directive, Field, ObjectType } from 'type-graphql';

/** A node of the specialty taxonomy (orthopaedic surgery → spine …). Keyed by its stable code across the graph. */
@RecordFields()
@Directive('@key(fields: "code")')
@ObjectType({ description: 'A medical specialty; specialties form a small taxonomy through `parent`' })
@Entity({ tableName: 'specialty' })
export class Specialty extends BaseEntity<'active'> {
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
}
