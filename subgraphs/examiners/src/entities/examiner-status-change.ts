import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { IdEntity, TextColumn } from '@imepanel/runtime';
import { enumValues } from '@imepanel/runtime/scalars';
import { Field, ObjectType } from 'type-graphql';
import { ExaminerStatus } from './enums';
import { Examiner } from './examiner';

/**
 * One change of an examiner's status, as `changeExaminerStatus` made it: from what, to what, why, by whom and when
 * (docs/rules.md, "Examiner status"). The examiner keeps only the latest reason; this keeps every one.
 */
@ObjectType({ description: "A change of an examiner's status, with its reason" })
@Entity({ tableName: 'examiner_status_change' })
@Index({ properties: ['examiner', 'changedAt'] })
export class ExaminerStatusChange extends IdEntity {
  @ManyToOne(() => Examiner, { ref: true, deleteRule: 'cascade' })
  examiner!: Ref<Examiner>;

  @Field(() => ExaminerStatus)
  @Enum({ items: enumValues(ExaminerStatus), type: 'string', length: 20 })
  fromStatus!: ExaminerStatus;

  @Field(() => ExaminerStatus)
  @Enum({ items: enumValues(ExaminerStatus), type: 'string', length: 20 })
  toStatus!: ExaminerStatus;

  @TextColumn({ nullable: true })
  reason: string | null = null;

  @TextColumn({ length: 200 })
  changedBy!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  changedAt!: Date;
}
