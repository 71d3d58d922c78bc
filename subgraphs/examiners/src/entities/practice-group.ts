import { Entity, Property } from '@mikro-orm/core';
import { BaseEntity, RecordFields } from '@imepanel/runtime';
import { Field, ObjectType } from 'type-graphql';

/** A group practice. Panels take at most one examiner per group (CA: two from one group is grounds for replacement). */
@RecordFields()
@ObjectType()
@Entity({ tableName: 'practice_group' })
export class PracticeGroup extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 200, unique: true })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  website: string | null = null;
}
