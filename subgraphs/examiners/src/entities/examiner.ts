import { ArrayType, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity, RecordFields, TextColumn } from '@imepanel/runtime';
import { enumValues } from '@imepanel/runtime/scalars';
import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { ExaminerStatus } from './enums';
import { PracticeGroup } from './practice-group';

/** A physician on the panel. Owned by this subgraph; other subgraphs reference it by id. */
@RecordFields()
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An independent medical examiner on the panel' })
@Entity({ tableName: 'examiner' })
@Index({ properties: ['lastName', 'firstName'] })
export class Examiner extends BaseEntity<'status' | 'languages' | 'telehealth' | 'displayName'> {
  @TextColumn({ length: 10, unique: true, description: 'National Provider Identifier: 10 digits, the last a Luhn check digit' })
  npi!: string;

  @TextColumn({ length: 100 })
  firstName!: string;

  @TextColumn({ length: 100 })
  lastName!: string;

  @TextColumn({ length: 20, nullable: true, description: 'Professional suffix, e.g. MD, DO, DC' })
  suffix: string | null = null;

  @TextColumn({ length: 200 })
  email!: string;

  @TextColumn({ length: 40, nullable: true })
  phone: string | null = null;

  @Field(() => ExaminerStatus)
  @Enum({ items: enumValues(ExaminerStatus), type: 'string', length: 20 })
  @Index()
  status: ExaminerStatus = ExaminerStatus.PENDING_REVIEW;

  @TextColumn({ nullable: true, description: 'Why the status was last changed (e.g. the suspension reason)' })
  statusReason: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  statusChangedAt: Date | null = null;

  @TextColumn({ length: 200, nullable: true })
  statusChangedBy: string | null = null;

  @ManyToOne(() => PracticeGroup, { ref: true, nullable: true, deleteRule: 'set null', index: true })
  practiceGroup: Ref<PracticeGroup> | null = null;

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages the examiner examines in' })
  @Property({ type: ArrayType })
  languages: string[] = ['en'];

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  telehealth: boolean = false;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  yearsInPractice: number | null = null;

  @TextColumn({ nullable: true })
  bio: string | null = null;

  @Field(() => Float, { nullable: true, description: 'Current composite reputation (0–100) from the latest refresh' })
  @Property({ type: 'double', nullable: true })
  @Index()
  reputationScore: number | null = null;

  /** "Jane Doe, MD": how notices, panels and reasons name the examiner (a GraphQL field of ExaminerResolver). */
  get displayName(): string {
    return `${this.firstName} ${this.lastName}${this.suffix ? `, ${this.suffix}` : ''}`;
  }
}
