import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { IdEntity, readableTime } from '@imepanel/runtime';
import { enumValues } from '@imepanel/runtime/scalars';
import { Field, ObjectType } from 'type-graphql';
import { Appointment } from './appointment';
import { Case } from './case';
import { ClaimantParty, NoticeMethod } from './enums';

/**
 * The notice served on the claimant before the exam: purpose and nature of the exam, the examiner, and the
 * claimant's rights in that jurisdiction (claimant right 1, "informed", docs/rules.md).
 */
@ObjectType()
@Entity({ tableName: 'notice' })
export class Notice extends IdEntity<'examTimeZone' | 'examTimeText'> {
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade', index: true })
  case!: Ref<Case>;

  /** The appointment the notice announces; a rescheduled exam needs a new notice. */
  @ManyToOne(() => Appointment, { ref: true, deleteRule: 'cascade', index: true })
  appointment!: Ref<Appointment>;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  servedAt!: Date;

  @Field(() => NoticeMethod)
  @Enum({ items: enumValues(NoticeMethod), type: 'string', length: 20 })
  method!: NoticeMethod;

  @Field(() => String, { description: 'Purpose and nature of the examination' })
  @Property({ type: 'text' })
  purpose!: string;

  @Field(() => String, { description: 'Name of the examiner, as told to the claimant' })
  @Property({ type: 'string', length: 200 })
  examinerName!: string;

  @Field(() => Date, { nullable: true, description: 'The appointment the notice announces' })
  @Property({ type: 'datetime', nullable: true })
  examScheduledAt: Date | null = null;

  @Field(() => String, { nullable: true, description: "The IANA zone the notice gives the exam's time in: the office's for an in-person exam, the claimant's for telehealth" })
  @Property({ type: 'string', length: 64, nullable: true })
  examTimeZone: string | null = null;

  @Field(() => String, { nullable: true, description: "The exam's time as the notice states it, e.g. \"Monday, March 9, 2026, 9:00 AM EDT (America/New_York)\"" })
  get examTimeText(): string | null {
    if (!this.examScheduledAt) return null;
    const zone = this.examTimeZone ?? 'UTC';
    return `${readableTime(this.examScheduledAt, zone)} (${zone})`;
  }

  @Field(() => String, { description: "The claimant's rights in the jurisdiction, as served" })
  @Property({ type: 'text' })
  rightsStatement!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  servedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the claimant (or representative) acknowledged it in the portal' })
  @Property({ type: 'datetime', nullable: true })
  acknowledgedAt: Date | null = null;

  @Field(() => ClaimantParty, { nullable: true, description: 'Who acknowledged it' })
  @Enum({ items: enumValues(ClaimantParty), type: 'string', length: 20, nullable: true })
  acknowledgedBy: ClaimantParty | null = null;
}
