import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity, RecordFields, TextColumn } from '@imepanel/runtime';
import { LocalDate, enumValues } from '@imepanel/runtime/scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Case } from './case';
import { CaseDocumentKind, CaseDocumentStatus, CaseParty } from './enums';

/**
 * One document of a case's records (docs/documents.md, "Records intake"): what it is, who provided it, when it
 * was served on the other party, and its content in the document store (by SHA-256). A CLIENT sees its own
 * organisation's, the assigned EXAMINER only those released to them (`releasedToExaminer`).
 */
@ObjectType()
@RecordFields()
@Entity({ tableName: 'case_document' })
@Index({ properties: ['case', 'createdAt'] })
export class CaseDocument extends BaseEntity<'status' | 'sha256' | 'size' | 'mediaType' | 'pageCount' | 'servedOn' | 'storedAt' | 'uploadLinkId'> {
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  @Field(() => CaseDocumentKind)
  @Enum({ items: enumValues(CaseDocumentKind), type: 'string', length: 30 })
  kind!: CaseDocumentKind;

  @TextColumn({ length: 200, description: 'The file name the uploader gave (never used to decide its type)' })
  fileName!: string;

  @TextColumn({ length: 100, description: 'The media type the uploader declared; the content must match it' })
  declaredType!: string;

  @Field(() => CaseParty, { description: 'Who provided the document' })
  @Enum({ items: enumValues(CaseParty), type: 'string', length: 20 })
  providedBy!: CaseParty;

  @Field(() => LocalDate, { nullable: true, description: 'When it was served on the other party (CA: 20 days before it may go to the evaluator, Labor Code §4062.3)' })
  @Property({ type: 'date', nullable: true })
  servedOn: string | null = null;

  @Field(() => LocalDate, { description: 'When the record was received' })
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => CaseDocumentStatus)
  @Enum({ items: enumValues(CaseDocumentStatus), type: 'string', length: 20 })
  status: CaseDocumentStatus = CaseDocumentStatus.PENDING;

  @Field(() => String, { nullable: true, description: 'Hex SHA-256 of the content: its address in the store, and what the chain of custody records' })
  @Property({ type: 'string', length: 64, nullable: true })
  sha256: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Bytes' })
  @Property({ type: 'integer', nullable: true })
  size: number | null = null;

  @Field(() => String, { nullable: true, description: 'Detected from the content' })
  @Property({ type: 'string', length: 100, nullable: true })
  mediaType: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Pages, read from the PDF (null for other types)' })
  @Property({ type: 'integer', nullable: true })
  pageCount: number | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  storedAt: Date | null = null;

  @TextColumn({ length: 200, description: 'Who uploaded it (or "platform" for a generated document)' })
  uploadedBy!: string;

  /** The link that may upload the bytes, while PENDING (document links are single-use). */
  @Property({ type: 'uuid', nullable: true })
  uploadLinkId: string | null = null;
}
