import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity, RecordFields } from '@imepanel/runtime';
import { LocalDate, enumValues } from '@imepanel/runtime/scalars';
import { Field, ObjectType } from 'type-graphql';
import { CredentialKind, VerificationStatus } from './enums';
import { Examiner } from './examiner';

/** A licence, certification, registration or insurance policy an examiner holds, and its verification. */
@RecordFields()
@ObjectType()
@Entity({ tableName: 'credential' })
@Index({ properties: ['kind', 'jurisdiction'] })
export class Credential extends BaseEntity<'verificationStatus'> {
  @ManyToOne(() => Examiner, { ref: true, deleteRule: 'cascade', index: true })
  examiner!: Ref<Examiner>;

  @Field(() => CredentialKind)
  @Enum({ items: enumValues(CredentialKind), type: 'string', length: 30 })
  kind!: CredentialKind;

  @Field(() => String, { description: 'Who issued it, e.g. "New York State Education Department"' })
  @Property({ type: 'string', length: 200 })
  issuer!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  number!: string;

  @Field(() => String, { nullable: true, description: 'Jurisdiction code (e.g. US-NY) for licences and state certifications' })
  @Property({ type: 'string', length: 10, nullable: true })
  jurisdiction: string | null = null;

  @Field(() => LocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  issuedOn: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: 'Null when it does not expire' })
  @Property({ type: 'date', nullable: true })
  @Index()
  expiresOn: string | null = null;

  @Field(() => VerificationStatus)
  @Enum({ items: enumValues(VerificationStatus), type: 'string', length: 20 })
  verificationStatus: VerificationStatus = VerificationStatus.UNVERIFIED;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  verifiedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Who verified or rejected it' })
  @Property({ type: 'string', length: 200, nullable: true })
  verifiedBy: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  verificationNote: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: 'When the credential must be verified again' })
  @Property({ type: 'date', nullable: true })
  @Index()
  nextVerificationDue: string | null = null;
}
