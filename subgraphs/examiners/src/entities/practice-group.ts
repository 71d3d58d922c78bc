import { Entity } from '@mikro-orm/core';
import { BaseEntity, RecordFields, TextColumn } from '@imepanel/runtime';
import { ObjectType } from 'type-graphql';

/** A group practice. Panels take at most one examiner per group (CA: two from one group is grounds for replacement). */
@RecordFields()
@ObjectType()
@Entity({ tableName: 'practice_group' })
export class PracticeGroup extends BaseEntity {
  @TextColumn({ length: 200, unique: true })
  name!: string;

  @TextColumn({ length: 200, nullable: true })
  website: string | null = null;
}
