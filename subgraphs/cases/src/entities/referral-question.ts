import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { AuditAsPart, IdEntity } from '@imepanel/runtime';
import { Field, Int, ObjectType } from 'type-graphql';
import { Case } from './case';

/** A question the client wants the examiner to answer; the report must answer every one. */
// Replaced as a list with the case: part of the case's record for audit entries.
@AuditAsPart()
@ObjectType()
@Entity({ tableName: 'referral_question' })
@Unique({ properties: ['case', 'position'] })
export class ReferralQuestion extends IdEntity {
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  @Field(() => Int, { description: '1-based order in the referral' })
  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  text!: string;
}
