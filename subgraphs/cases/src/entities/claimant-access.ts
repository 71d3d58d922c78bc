import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { AuditAsPart, IdEntity, TextColumn } from '@imepanel/runtime';
import { enumValues } from '@imepanel/runtime/scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Case } from './case';
import { ClaimantParty } from './enums';

/**
 * A claimant portal link of a case (docs/claimant-portal.md): for the claimant or the representative, its token
 * stored only as a SHA-256 hash, its one-time code likewise, and the failures that lock it. Staff see its status
 * and history, never the token (shown once, when issued) or the code.
 */
// An access link is part of its case's record: audit entries name the case (docs/security.md, "Audit log").
@AuditAsPart()
@ObjectType('ClaimantAccess', { description: 'A claimant portal link of a case: who it is for and where it stands (never the link itself)' })
@Entity({ tableName: 'claimant_access' })
@Index({ properties: ['case', 'party'] })
export class ClaimantAccess extends IdEntity<'failedAttempts'> {
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  @Field(() => ClaimantParty)
  @Enum({ items: enumValues(ClaimantParty), type: 'string', length: 20 })
  party!: ClaimantParty;

  /** SHA-256 (hex) of the link's token; the token itself is never stored. */
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  issuedAt!: Date;

  @TextColumn({ length: 200 })
  issuedBy!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @TextColumn({ length: 200, nullable: true })
  revokedBy: string | null = null;

  @Field(() => Int, { description: 'Wrong dates of birth or codes in a row (locked at 5)' })
  @Property({ type: 'smallint' })
  failedAttempts: number = 0;

  @Field(() => Date, { nullable: true, description: 'When too many wrong tries locked the link' })
  @Property({ type: 'datetime', nullable: true })
  lockedAt: Date | null = null;

  /** SHA-256 of the one-time code sent last, until used. */
  @Property({ type: 'string', length: 64, nullable: true })
  codeHash: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  codeExpiresAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  codeSentAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the link last opened a session' })
  @Property({ type: 'datetime', nullable: true })
  lastVerifiedAt: Date | null = null;
}
