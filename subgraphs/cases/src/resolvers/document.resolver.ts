import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { markDocumentServed, releasedToExaminer, requestDocumentDownload, requestDocumentUpload } from '../commands/document-commands';
import { dayOf } from '../commands/case-loading';
import type { CasesContext } from '../context';
import { CaseChainVerification, verifyCaseChain } from '../custody/verify-case-chain';
import { Case, CaseDocument, CustodyEntry, DocumentLink, DocumentUpload } from '../entities';
import { RequestDocumentUploadInput } from '../inputs/document.inputs';
import { caseDocumentsOf, custodyEntriesOf } from '../queries/document-query';
import { LocalDate } from '@imepanel/runtime/scalars';

/** Records intake and the chain of custody of a case (docs/documents.md). */
@Resolver(() => Case)
export class CaseDocumentsResolver {
  // SERVICE: the reports subgraph checks the records an examiner lists against the case's documents.
  @Authorized('CLIENT', 'EXAMINER', 'SERVICE')
  @FieldResolver(() => [CaseDocument], { nullable: true, description: "The case's documents, newest first; an EXAMINER sees only those released to them" })
  documents(@Root() kase: Case, @Ctx() ctx: CasesContext) {
    return caseDocumentsOf(ctx, kase);
  }

  @Authorized('CLIENT')
  @FieldResolver(() => [CustodyEntry], { nullable: true, description: "The case's chain of custody, in order" })
  custody(@Root() kase: Case, @Ctx() ctx: CasesContext) {
    return custodyEntriesOf(ctx, kase);
  }

  @Authorized('CLIENT')
  @Mutation(() => DocumentUpload, { description: 'Records a document of a case and returns the single-use link (5 minutes) to upload its bytes through the gateway' })
  requestDocumentUpload(@Arg('input', () => RequestDocumentUploadInput) input: RequestDocumentUploadInput, @Ctx() ctx: CasesContext) {
    return requestDocumentUpload(ctx, input);
  }

  @Authorized('CLIENT', 'EXAMINER')
  @Mutation(() => DocumentLink, { description: 'A single-use link (5 minutes) to download a stored document through the gateway; each download is audited' })
  requestDocumentDownload(@Arg('documentId', () => ID) documentId: string, @Ctx() ctx: CasesContext) {
    return requestDocumentDownload(ctx, documentId);
  }

  @Authorized('CLIENT')
  @Mutation(() => CaseDocument, { description: 'Records when a document was served on the other party; it goes to the examiner once the jurisdiction wait has run' })
  markDocumentServed(
    @Arg('documentId', () => ID) documentId: string,
    @Arg('version', () => Int) version: number,
    @Arg('servedOn', () => LocalDate) servedOn: string,
    @Ctx() ctx: CasesContext,
  ) {
    return markDocumentServed(ctx, documentId, version, servedOn);
  }

  @Authorized('CLIENT')
  @Query(() => CaseChainVerification, { description: "Recomputes a case's chain of custody and reports the first broken link" })
  verifyCaseChain(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: CasesContext) {
    return verifyCaseChain(ctx, ctx.settings.documents, caseId);
  }
}

@Resolver(() => CaseDocument)
export class CaseDocumentResolver {
  @Authorized('CLIENT', 'EXAMINER', 'SERVICE')
  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the jurisdiction lets the document go to the examiner today (CA: 20 days after service, Labor Code §4062.3)' })
  async releasedToExaminer(@Root() document: CaseDocument, @Ctx() ctx: CasesContext) {
    await ctx.em.populate(document, ['case.jurisdiction']);
    return releasedToExaminer(document, dayOf(ctx.clock.now()));
  }
}
