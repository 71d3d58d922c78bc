import { TextField } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { ExaminersContext } from '../context';
import { evidenceOf, requestCredentialEvidenceDownload, requestCredentialEvidenceUpload } from '../documents/credential-evidence-commands';
import { Credential, CredentialEvidence, CredentialEvidenceKind } from '../entities';

@InputType('RequestCredentialEvidenceUploadInput')
export class RequestCredentialEvidenceUploadInput {
  @Field(() => CredentialEvidenceKind)
  kind!: CredentialEvidenceKind;

  @TextField(200)
  fileName!: string;

  @Field(() => String, { description: 'application/pdf, image/jpeg, image/png or image/tiff; the content must be of this type' })
  declaredType!: string;
}

@ObjectType('CredentialEvidenceLink')
export class CredentialEvidenceLink {
  @Field(() => String, { description: 'Path on the gateway; send your bearer token with it' })
  path!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

@ObjectType('CredentialEvidenceUpload')
export class CredentialEvidenceUpload {
  @Field(() => CredentialEvidence)
  evidence!: CredentialEvidence;

  @Field(() => CredentialEvidenceLink, { description: 'POST the file body to this path' })
  link!: CredentialEvidenceLink;
}

/** Credential evidence (docs/documents.md, "Credential evidence"): for administrators and the examiner themself. */
@Resolver(() => Credential)
export class CredentialEvidenceResolver {
  @Authorized('EXAMINER')
  @FieldResolver(() => [CredentialEvidence], { nullable: true, description: 'Scans and certificates attached to the credential (an administrator or the examiner themself)' })
  evidence(@Root() credential: Credential, @Ctx() ctx: ExaminersContext) {
    return evidenceOf(ctx, credential);
  }

  @Authorized('EXAMINER')
  @Mutation(() => CredentialEvidenceUpload, { description: 'Attaches a document to a credential: answers the single-use link (5 minutes) to upload its bytes through the gateway' })
  async requestCredentialEvidenceUpload(
    @Arg('credentialId', () => ID) credentialId: string,
    @Arg('input', () => RequestCredentialEvidenceUploadInput) input: RequestCredentialEvidenceUploadInput,
    @Ctx() ctx: ExaminersContext,
  ): Promise<CredentialEvidenceUpload> {
    const { evidence, path, expiresAt } = await requestCredentialEvidenceUpload(ctx, credentialId, input);
    return { evidence, link: { path, expiresAt } };
  }

  @Authorized('EXAMINER')
  @Mutation(() => CredentialEvidenceLink, { description: 'A single-use link (5 minutes) to download an evidence document; each download is audited' })
  requestCredentialEvidenceDownload(@Arg('documentId', () => ID) documentId: string, @Ctx() ctx: ExaminersContext) {
    return requestCredentialEvidenceDownload(ctx, documentId);
  }
}
