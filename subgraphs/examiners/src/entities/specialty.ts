import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity, RecordFields, TextColumn } from '@imepanel/runtime';
import { Directive, Field, ObjectType } from 'type-graphql';

/** A node of the specialty taxonomy (orthopaedic surgery → spine …). Keyed by its stable code across the graph. */
@RecordFields()
@Directive('@key(fields: "code")')
@ObjectType({ description: 'A medical specialty; specialties form a small taxonomy through `parent`' })
@Entity({ tableName: 'specialty' })
export class Specialty extends BaseEntity<'active'> {
  @TextColumn({ length: 40, unique: true, description: 'Stable code, e.g. ORTHO_SPINE' })
  code!: string;

  @TextColumn({ length: 120 })
  @Index()
  name!: string;

  @TextColumn({ nullable: true })
  description: string | null = null;

  @ManyToOne(() => Specialty, { ref: true, nullable: true, deleteRule: 'restrict' })
  parent: Ref<Specialty> | null = null;

  @Field(() => Boolean, { description: 'Inactive specialties stay on existing examiners but cannot be newly assigned' })
  @Property({ type: 'boolean' })
  active: boolean = true;
}
