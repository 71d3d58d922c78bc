import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { AuditAsPart, IdEntity, TextColumn } from '@imepanel/runtime';
import { enumValues } from '@imepanel/runtime/scalars';
import { Field, ObjectType } from 'type-graphql';
import { Case } from './case';
import { ClaimantParty, ClaimantRequestKind, ClaimantRequestStatus } from './enums';

/**
 * Something the claimant asked for in the portal — an interpreter, an accommodation, an observer or a recording
 * where the rule allows, a new date — and the answer of the case's client or an administrator
 * (docs/claimant-portal.md). The claimant sees it with its answer.
 */
@AuditAsPart()
@ObjectType('ClaimantRequest')
@Entity({ tableName: 'claimant_request' })
@Index({ properties: ['case', 'createdAt'] })
export class ClaimantRequest extends IdEntity<'status' | 'createdAt'> {
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  @Field(() => ClaimantParty, { description: 'Who asked: the claimant or the representative' })
  @Enum({ items: enumValues(ClaimantParty), type: 'string', length: 20 })
  party!: ClaimantParty;

  @Field(() => ClaimantRequestKind)
  @Enum({ items: enumValues(ClaimantRequestKind), type: 'string', length: 20 })
  kind!: ClaimantRequestKind;

  @TextColumn({ description: 'What the claimant wrote: what they need, or why' })
  details!: string;

  @TextColumn({ length: 2, nullable: true, description: 'INTERPRETER: the language (ISO 639-1)' })
  language: string | null = null;

  @Field(() => ClaimantRequestStatus)
  @Enum({ items: enumValues(ClaimantRequestStatus), type: 'string', length: 20 })
  status: ClaimantRequestStatus = ClaimantRequestStatus.OPEN;

  @TextColumn({ nullable: true, description: 'The answer the claimant reads' })
  answer: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  answeredAt: Date | null = null;

  /** Who answered (staff name): not shown to the claimant, who reads the organisation's answer. */
  @Property({ type: 'string', length: 200, nullable: true })
  answeredBy: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
