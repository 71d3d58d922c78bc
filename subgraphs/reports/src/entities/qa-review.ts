import { Entity, Enum, JsonType, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { IdEntity, IdentifiedField, TextColumn, calendarMonth } from '@imepanel/runtime';
import { enumValues } from '@imepanel/runtime/scalars';
import { Authorized, Field, ObjectType } from 'type-graphql';
import { QaOutcome } from './enums';
import { QaChecklistItem } from './report-parts';
import { Report } from './report';

/** A quality review of a submitted report: form and completeness only, never the medical opinion. */
@ObjectType()
@Entity({ tableName: 'qa_review' })
export class QaReview extends IdEntity<'checklist'> {
  @ManyToOne(() => Report, { ref: true, deleteRule: 'cascade', index: true })
  report!: Ref<Report>;

  @Field(() => QaOutcome)
  @Enum({ items: enumValues(QaOutcome), type: 'string', length: 20 })
  outcome!: QaOutcome;

  @Field(() => [QaChecklistItem])
  @Property({ type: JsonType })
  checklist: QaChecklistItem[] = [];

  @Authorized('CLIENT', 'EXAMINER')
  @TextColumn({ nullable: true, description: 'Free text about the report: not for ANALYST' })
  notes: string | null = null;

  @IdentifiedField(() => String, 'Who reviewed it (a name: not for ANALYST)')
  @Property({ type: 'string', length: 200 })
  reviewer!: string;

  @IdentifiedField(() => Date, 'An exact date: not for ANALYST, who reads reviewedMonth')
  @Property({ type: 'datetime' })
  reviewedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Month of the review, e.g. 2026-11 (UTC): the de-identified form of reviewedAt' })
  get reviewedMonth(): string | null {
    return calendarMonth(this.reviewedAt);
  }
}
