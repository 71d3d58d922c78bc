import { Field, ObjectType } from 'type-graphql';
import { CaseDocument } from './case-document';

/** A signed, short-lived, single-use link on the gateway to one document (docs/documents.md, "Upload and download"). */
@ObjectType('DocumentLink')
export class DocumentLink {
  @Field(() => String, { description: 'Path on the gateway (/documents/upload/… or /documents/download/…); send your bearer token with it' })
  path!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

/** The record of a document to be uploaded and the link that takes its bytes. */
@ObjectType('DocumentUpload')
export class DocumentUpload {
  @Field(() => CaseDocument, { description: 'The record, PENDING until the bytes arrive' })
  document!: CaseDocument;

  @Field(() => DocumentLink, { description: 'POST the file body to this path (any content type header; the type is read from the content)' })
  link!: DocumentLink;
}
