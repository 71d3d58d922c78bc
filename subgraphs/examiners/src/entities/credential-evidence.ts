import { defineDocumentStoreEntities, BaseEntity, RecordFields, TextColumn } from '@imepanel/runtime';
import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { enumValues } from '@imepanel/runtime/scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Credential } from './credential';
import { CredentialEvidenceKind, CredentialEvidenceStatus } from './enums';

/** A document attached to a credential: a licence scan, a certificate of insurance (docs/documents.md, "Credential evidence"). */
@RecordFields()
@ObjectType()
@Entity({ tableName: 'credential_evidence' })
export class CredentialEvidence extends BaseEntity<'status' | 'sha256' | 'size' | 'mediaType' | 'storedAt' | 'uploadLinkId'> {
  @ManyToOne(() => Credential, { ref: true, deleteRule: 'cascade', index: true })
  credential!: Ref<Credential>;

  @Field(() => CredentialEvidenceKind)
  @Enum({ items: enumValues(CredentialEvidenceKind), type: 'string', length: 30 })
  kind!: CredentialEvidenceKind;

  @TextColumn({ length: 200 })
  fileName!: string;

  @TextColumn({ length: 100, description: 'The media type the uploader declared; the content must match it' })
  declaredType!: string;

  @Field(() => CredentialEvidenceStatus)
  @Enum({ items: enumValues(CredentialEvidenceStatus), type: 'string', length: 20 })
  status: CredentialEvidenceStatus = CredentialEvidenceStatus.PENDING;

  @Field(() => String, { nullable: true, description: 'Hex SHA-256 of the content' })
  @Property({ type: 'string', length: 64, nullable: true })
  sha256: string | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  size: number | null = null;

  @Field(() => String, { nullable: true, description: 'Detected from the content' })
  @Property({ type: 'string', length: 100, nullable: true })
  mediaType: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  storedAt: Date | null = null;

  @TextColumn({ length: 200 })
  uploadedBy!: string;

  @Property({ type: 'uuid', nullable: true })
  uploadLinkId: string | null = null;
}

/** This subgraph's document store tables (credential evidence), in its own schema. */
export const examinersDocumentStoreEntities = defineDocumentStoreEntities();
