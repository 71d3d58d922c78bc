import { Entity, Enum, Index, JsonType, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { AuditAsPart, IdEntity } from '@imepanel/runtime';
import { enumValues } from '@imepanel/runtime/scalars';
import { Field, ObjectType } from 'type-graphql';
import { Case } from './case';
import { CaseEventType, CaseStatus } from './enums';

/** One entry of a case's timeline: what happened, who did it, when, and the status change if any. */
// A timeline entry is part of its case's record: audit entries name the case (docs/security.md, "Audit log").
@AuditAsPart()
@ObjectType()
@Entity({ tableName: 'case_event' })
@Index({ properties: ['case', 'at'] })
export class CaseEvent extends IdEntity<'at'> {
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Field(() => CaseEventType, { description: 'What happened' })
  @Enum({ items: enumValues(CaseEventType), type: 'string', length: 40 })
  type!: CaseEventType;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  actor!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  actorRole: string | null = null;

  @Field(() => CaseStatus, { nullable: true })
  @Enum({ items: enumValues(CaseStatus), type: 'string', length: 20, nullable: true })
  fromStatus: CaseStatus | null = null;

  @Field(() => CaseStatus, { nullable: true })
  @Enum({ items: enumValues(CaseStatus), type: 'string', length: 20, nullable: true })
  toStatus: CaseStatus | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** Structured details (the panel id, the appointment time …). */
  @Property({ type: JsonType, nullable: true })
  data: Record<string, unknown> | null = null;
}
