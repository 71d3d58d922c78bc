import { DEFAULT_PAGE, PageInput, Paginated, claimantCaseId, failedPrecondition, signDocumentLink, toPage, unauthenticated } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, Field, Float, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { fetchClaimantAccessParty } from '../clients/cases-client';
import { recordPortalDelivery } from '../commands/report-lifecycle-commands';
import type { ReportsContext } from '../context';
import { isFinalReport } from '../domain/report-lifecycle';
import { AuditEntry, Diagnosis, QuestionAnswer, Report, ReportKind, ReportStatus } from '../entities';
import { ReportPdfLink } from './report-pdf.resolver';

/**
 * The claimant portal's report (docs/claimant-portal.md): once the IME report of the session's case is final, the
 * claimant (or the representative) reads it and downloads its PDF. Receiving it is recorded as that recipient's
 * delivery (PORTAL, with its time) — the claimant's copy of docs/rules.md, "Claimant rights" — and every read
 * of its content is audited like any other (role CLAIMANT).
 */

@ObjectType('ClaimantReportStatus', { description: 'Whether your report is ready, and when you received it' })
class ClaimantReportStatusView {
  @Field(() => Boolean, { description: 'The final report is released to you' }) available!: boolean;
  @Field(() => Date, { nullable: true }) finalisedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When you first opened it here' }) receivedAt!: Date | null;
}

@ObjectType('ClaimantReport', { description: 'The final IME report as the claimant reads it, and a link to its PDF' })
class ClaimantReportView {
  @Field(() => ID) reportId!: string;
  @Field(() => Date) finalisedAt!: Date;
  @Field(() => Date, { description: 'When you received it (the first time you opened it here)' }) receivedAt!: Date;
  @Field(() => String, { nullable: true }) history!: string | null;
  @Field(() => String, { nullable: true }) findings!: string | null;
  @Field(() => [Diagnosis]) diagnoses!: Diagnosis[];
  @Field(() => [QuestionAnswer]) answers!: QuestionAnswer[];
  @Field(() => String, { nullable: true }) causationOpinion!: string | null;
  @Field(() => Boolean, { nullable: true }) mmiReached!: boolean | null;
  @Field(() => Float, { nullable: true }) wholePersonImpairment!: number | null;
  @Field(() => String, { nullable: true }) workRestrictions!: string | null;
  @Field(() => String, { nullable: true }) treatmentRecommendations!: string | null;
  @Field(() => ReportPdfLink, { nullable: true, description: 'A single-use link (5 minutes) to the PDF' }) pdf!: ReportPdfLink | null;
}

@ObjectType('ReportDataAccessEntry', { description: "One read of the claimant's report, from the reports audit log" })
class ReportDataAccessEntryView {
  @Field(() => Date) at!: Date;
  @Field(() => String) role!: string;
  @Field(() => String, { nullable: true, description: 'Not known here: the cases subgraph names organisations' }) organisation!: string | null;
  @Field(() => String) operation!: string;
  @Field(() => String, { nullable: true }) operationName!: string | null;
}

@ObjectType('ReportDataAccessPage')
class ReportDataAccessPage extends Paginated(ReportDataAccessEntryView) {}

/** The session's case and party, while its link still works (the cases subgraph says). */
async function claimantSession(ctx: ReportsContext) {
  const caseId = claimantCaseId(ctx.actor);
  const party = ctx.actor?.sessionId ? await fetchClaimantAccessParty(ctx.services.cases, ctx.actor.sessionId, caseId) : null;
  if (!party) throw unauthenticated('The access link of this session no longer works: open a new link');
  return { caseId, party };
}

/** The case's final IME report (the latest), if there is one. */
async function finalReport(ctx: ReportsContext, caseId: string): Promise<Report | null> {
  const reports = await ctx.em.find(Report, { caseId, kind: ReportKind.IME, status: { $in: [ReportStatus.FINAL, ReportStatus.DELIVERED] } }, { orderBy: { finalisedAt: 'desc' }, limit: 1 });
  const report = reports[0] ?? null;
  return report && isFinalReport(report.status) ? report : null;
}

@Resolver()
export class ClaimantReportResolver {
  @Authorized('CLAIMANT')
  @Query(() => ClaimantReportStatusView, { description: 'Whether the final report of your case is ready for you' })
  async claimantReportStatus(@Ctx() ctx: ReportsContext): Promise<ClaimantReportStatusView> {
    const { caseId, party } = await claimantSession(ctx);
    const report = await finalReport(ctx, caseId);
    if (!report) return { available: false, finalisedAt: null, receivedAt: null };
    const deliveries = await ctx.loaders.deliveriesByReport.load(report.id);
    const recipient = party === 'CLAIMANT' ? 'CLAIMANT' : 'CLAIMANT_REPRESENTATIVE';
    return { available: true, finalisedAt: report.finalisedAt, receivedAt: deliveries.find((d) => d.recipient === recipient && d.method === 'PORTAL')?.deliveredAt ?? null };
  }

  @Authorized('CLAIMANT')
  @Query(() => ReportDataAccessPage, { description: "Who read the reports of your case (their clinical content): role, when and what, newest first" })
  async myReportDataAccess(@Ctx() ctx: ReportsContext, @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE) {
    const { caseId } = await claimantSession(ctx);
    const reports = await ctx.em.find(Report, { caseId }, { fields: ['id'] });
    if (reports.length === 0) return toPage([], 0, page);
    const where = { action: 'READ', $or: reports.map((r) => ({ recordIds: { $contains: [r.id] } })) } as never;
    const [rows, total] = await ctx.em.findAndCount(AuditEntry, where, { orderBy: { at: 'desc', id: 'desc' } as never, limit: page.limit, offset: page.offset });
    const items = (rows as any[]).map((r) => ({ at: r.at, role: r.actorRole, organisation: null, operation: r.operation, operationName: r.operationName ?? null }));
    return toPage(items, total, page);
  }

  @Authorized('CLAIMANT')
  @Mutation(() => ClaimantReportView, { description: 'Opens your final report: the first time is recorded as your copy delivered (PORTAL, now); answers it with a PDF link' })
  async receiveClaimantReport(@Ctx() ctx: ReportsContext): Promise<ClaimantReportView> {
    const { caseId, party } = await claimantSession(ctx);
    const report = await finalReport(ctx, caseId);
    if (!report) throw failedPrecondition('REPORT_NOT_RELEASED', 'Your report is not ready yet. We will tell you when it is.');
    const delivery = await recordPortalDelivery(ctx, report.id, party === 'CLAIMANT' ? 'CLAIMANT' : 'CLAIMANT_REPRESENTATIVE', party === 'CLAIMANT' ? 'Claimant (portal)' : "Claimant's representative (portal)");
    await ctx.audit.read('Report.content', 'Report', report.id);
    const pdf = report.pdfSha256
      ? await signDocumentLink(ctx.settings.documentLinks, { purpose: 'download', subgraph: 'reports', documentId: report.id, actorId: ctx.actor!.id }, ctx.clock.now())
      : null;
    return {
      reportId: report.id,
      finalisedAt: report.finalisedAt!,
      receivedAt: delivery.deliveredAt,
      history: report.history,
      findings: report.findings,
      diagnoses: report.diagnoses ?? [],
      answers: report.answers ?? [],
      causationOpinion: report.causationOpinion,
      mmiReached: report.mmiReached,
      wholePersonImpairment: report.impairmentPercent,
      workRestrictions: report.workRestrictions,
      treatmentRecommendations: report.treatmentRecommendations,
      pdf: pdf && { path: pdf.path, expiresAt: pdf.expiresAt, sha256: report.pdfSha256! },
    };
  }
}
