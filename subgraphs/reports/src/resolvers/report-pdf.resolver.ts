import { failedPrecondition, signDocumentLink } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { loadReport } from '../commands/report-commands';
import type { ReportsContext } from '../context';

/** A signed, single-use link on the gateway to a final report's PDF (docs/documents.md, "Upload and download"). */
@ObjectType('ReportPdfLink')
export class ReportPdfLink {
  @Field(() => String, { description: 'Path on the gateway (/documents/download/…); send your bearer token with it' })
  path!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => String, { description: 'SHA-256 of the PDF the link serves' })
  sha256!: string;
}

@Resolver()
export class ReportPdfResolver {
  @Authorized('CLIENT', 'EXAMINER')
  @Mutation(() => ReportPdfLink, { description: "A single-use link (5 minutes) to download the final report's PDF; each download is audited" })
  async requestReportPdfDownload(@Arg('reportId', () => ID) reportId: string, @Ctx() ctx: ReportsContext): Promise<ReportPdfLink> {
    const report = await loadReport(ctx.em, reportId, ctx.actor);
    if (!report.pdfSha256) throw failedPrecondition('REPORT_NOT_FINAL', `Report ${reportId} has no PDF yet: it is generated when the report becomes final`);
    const link = await signDocumentLink(ctx.settings.documentLinks, { purpose: 'download', subgraph: 'reports', documentId: report.id, actorId: ctx.actor!.id }, ctx.clock.now());
    return { path: link.path, expiresAt: link.expiresAt, sha256: report.pdfSha256 };
  }
}
