import { DateField, TextField } from '@imepanel/runtime';
import { Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CaseDocumentKind, CaseParty } from '../entities';

@InputType('RequestDocumentUploadInput')
export class RequestDocumentUploadInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => CaseDocumentKind, { description: 'Any kind but NOTICE, which the platform generates' })
  kind!: CaseDocumentKind;

  @TextField(200, { description: 'The file name, as shown to readers (its type is read from the content)' })
  fileName!: string;

  @Field(() => String, { description: "The media type of the file, e.g. application/pdf; the content must be of this type and the kind must accept it" })
  @Matches(/^[a-z]+\/[a-z0-9.+-]{1,80}$/, { message: 'declaredType must be a media type such as application/pdf' })
  declaredType!: string;

  @Field(() => CaseParty, { description: 'Who provided the document' })
  providedBy!: CaseParty;

  @DateField({ optional: true, description: 'When it was served on the other party; a record goes to the examiner only the jurisdiction wait after it (CA: 20 days)' })
  servedOn?: string | null;

  @DateField({ optional: true, description: 'When the record was received; default today' })
  receivedOn?: string | null;
}
