import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity, RecordFields, TextColumn } from '@imepanel/runtime';
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

  @TextColumn({ length: 200, description: 'Who issued it, e.g. "New York State Education Department"' })
  issuer!: string;

  @TextColumn({ length: 60 })
  number!: string;

  @TextColumn({ length: 10, nullable: true, description: 'Jurisdiction code (e.g. US-NY) for licences and state certifications' })
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

  @TextColumn({ length: 200, nullable: true, description: 'Who verified or rejected it' })
  verifiedBy: string | null = null;

  @TextColumn({ nullable: true })
  verificationNote: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: 'When the credential must be verified again' })
  @Property({ type: 'date', nullable: true })
  @Index()
  nextVerificationDue: string | null = null;

  /** The renewal that replaced this term (docs/rules.md, "Credential terms"); null for the current term. */
  @ManyToOne(() => Credential, { ref: true, nullable: true, deleteRule: 'set null', index: true })
  supersededBy: Ref<Credential> | null = null;

  @Field(() => Date, { nullable: true, description: 'When a renewal replaced this term; null for the current term' })
  @Property({ type: 'datetime', nullable: true })
  supersededAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'The evidence document (Credential.evidence) the last verification was checked against' })
  @Property({ type: 'uuid', nullable: true })
  verifiedAgainstDocumentId: string | null = null;
}
