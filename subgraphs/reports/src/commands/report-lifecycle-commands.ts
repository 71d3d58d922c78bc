import { FieldErrors, actorName, failedPrecondition, markChanged, type Actor } from '@imepanel/runtime';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { markCaseReported } from '../clients/cases-client';
import type { ReportsCommandContext, ReportsLoggingCommandContext } from '../context';
import { checkCompleteness } from '../domain/completeness';
import { checkDeliveries, claimantCopyDueAt, deliveryIssues, deliveryTimeProblem, type DeliveryCheckResult } from '../domain/delivery-rules';
import { checkTransition, isFinalReport, type ReportTransition, type ReportTransitionGuards } from '../domain/report-lifecycle';
import { QaReview, Report, ReportDelivery, ReportKind, ReportStatus } from '../entities';
import type { DeliveryInput, FinaliseReportInput, QaReviewInput } from '../inputs/review.inputs';
import { loadReport, loadVersionedReport } from './report-commands';
import { storeFinalReportPdf } from '../documents/final-report-pdf';
import { recordReportEvent } from './report-outbox';

/** Applies one report transition or refuses with FAILED_PRECONDITION naming the rule (and what is missing). */
function applyTransition(report: Report, transition: ReportTransition, guards: ReportTransitionGuards = {}, extensions: Record<string, unknown> = {}) {
  const verdict = checkTransition(report.status, transition, guards);
  if (!verdict.ok) throw failedPrecondition(verdict.rule, `Report ${report.id}: ${verdict.message}`, { transition, status: report.status, ...extensions });
  report.status = verdict.to;
}

/** The completeness check of docs/rules.md on the report as it stands. */
export function missingItems(report: Report) {
  return checkCompleteness({
    reasons: report.reasons,
    referralQuestions: report.questions,
    answers: report.answers,
    recordsReviewed: report.recordsReviewed,
    reviewedRecords: report.reviewedRecords,
    mmi: { reached: report.mmiReached, date: report.mmiDate },
    impairment: {
      wholePersonPercent: report.impairmentPercent,
      guideEdition: report.impairmentGuideEdition,
      table: report.impairmentTable,
      page: report.impairmentPage,
    },
    diagnoses: report.diagnoses,
    causationOpinion: report.causationOpinion,
    workCapacity: report.workCapacity,
    examStartedAt: report.examStartedAt,
    examEndedAt: report.examEndedAt,
  });
}

/** DRAFT/CHANGES_REQUESTED → SUBMITTED after the completeness check; refused listing every missing item. */
export async function submitReport(ctx: ReportsCommandContext, id: string, version: number): Promise<Report> {
  return ctx.em.transactional(async (tx) => {
    const report = await loadVersionedReport(tx, id, version, ctx.actor);
    const missing = missingItems(report);
    applyTransition(report, 'SUBMIT', { missingItems: missing }, { missing });
    const now = ctx.clock.now();
    report.submittedAt = now;
    report.firstSubmittedAt ??= now;
    recordReportEvent(tx, report, 'REPORT_SUBMITTED', now);
    await tx.flush();
    return report;
  });
}

/** SUBMITTED → IN_QA: a reviewer takes the report. */
export async function startQa(ctx: ReportsCommandContext, id: string, version: number): Promise<Report> {
  return ctx.em.transactional(async (tx) => {
    const report = await loadVersionedReport(tx, id, version, ctx.actor);
    applyTransition(report, 'START_QA');
    await tx.flush();
    return report;
  });
}

function recordReview(em: EntityManager, report: Report, outcome: 'PASSED' | 'CHANGES_REQUESTED', input: QaReviewInput, actor: Actor | null, now: Date) {
  em.persist(
    em.create(QaReview, {
      report,
      outcome,
      checklist: (input.checklist ?? []).map((c) => ({ item: c.item.trim(), passed: c.passed, note: c.note ?? null })),
      notes: input.notes?.trim() || null,
      reviewer: actorName({ actor }),
      reviewedAt: now,
    }),
  );
}

/** IN_QA → CHANGES_REQUESTED with a note saying what the author must change (form and completeness only). */
export async function requestChanges(ctx: ReportsCommandContext, id: string, version: number, input: QaReviewInput): Promise<Report> {
  return ctx.em.transactional(async (tx) => {
    const report = await loadVersionedReport(tx, id, version, ctx.actor);
    applyTransition(report, 'REQUEST_CHANGES', { changesRequested: input.notes });
    recordReview(tx, report, 'CHANGES_REQUESTED', input, ctx.actor, ctx.clock.now());
    await tx.flush();
    return report;
  });
}

/**
 * Records deliveries of a final report, refusing (BAD_USER_INPUT, every offending one named under `field`) a
 * delivery time later than now or earlier than the report's finalisation: a copy cannot reach anyone before it
 * exists or after the moment it is recorded.
 */
function addDeliveries(
  em: EntityManager,
  report: Report,
  deliveries: DeliveryInput[],
  actor: Actor | null,
  existing: ReportDelivery[],
  now: Date,
  field: string,
) {
  const errors = new FieldErrors();
  deliveries.forEach((d, i) => {
    const problem = d.deliveredAt ? deliveryTimeProblem(d.deliveredAt, { now, finalisedAt: report.finalisedAt! }) : null;
    if (problem) errors.add(`${field}.${i}.deliveredAt`, problem);
  });
  errors.throwIfAny();
  const added = deliveries.map((d) =>
    em.create(ReportDelivery, {
      report,
      recipient: d.recipient,
      method: d.method,
      recipientName: d.recipientName?.trim() || null,
      deliveredAt: d.deliveredAt ?? now,
      deliveredBy: actor?.name ?? null,
      // Every recipient receives the PDF generated at finalisation (docs/documents.md, "Generated PDFs").
      documentSha256: report.pdfSha256,
    }),
  );
  added.forEach((d) => em.persist(d));
  return { check: distributionCheck(report, [...existing, ...added]), added };
}

function settleDelivery(em: EntityManager, report: Report, check: DeliveryCheckResult, now: Date) {
  const wasDelivered = report.status === ReportStatus.DELIVERED;
  applyTransition(report, 'DELIVER', { missingRecipients: check.missing });
  if (report.status === ReportStatus.DELIVERED) report.deliveredAt ??= now;
  if (!wasDelivered && report.status === ReportStatus.DELIVERED) recordReportEvent(em, report, 'REPORT_DELIVERED', now);
}

/**
 * IN_QA → FINAL: QA passed. Any deliveries made at once are recorded in the same transaction. For an IME
 * report the cases subgraph is then told (EXAMINED → REPORTED); if that call fails the report stays FINAL, the
 * case shows it with `currentReportStatus`, and `markCaseReported` can be retried — nothing is half-written.
 */
export async function finaliseReport(ctx: ReportsLoggingCommandContext, id: string, version: number, input: FinaliseReportInput): Promise<Report> {
  const now = ctx.clock.now();
  // The PDF is rendered from the report at `version` (checked again in the transaction, so it is what becomes
  // final) and stored before the report changes: a refusal after this leaves only unreferenced content behind.
  const draft = await loadVersionedReport(ctx.em.fork(), id, version, ctx.actor);
  applyTransition(draft, 'FINALISE');
  const pdf = await storeFinalReportPdf(ctx, draft, now);
  const report = await ctx.em.transactional(async (tx) => {
    const report = await loadVersionedReport(tx, id, version, ctx.actor);
    applyTransition(report, 'FINALISE');
    Object.assign(report, { pdfSha256: pdf.sha256, pdfSize: pdf.size, pdfPageCount: pdf.pageCount });
    recordReview(tx, report, 'PASSED', input, ctx.actor, now);
    report.finalisedAt = now;
    report.claimantCopyDueAt = claimantCopyDueAt(report.finalisedAt, report.sameDayDelivery);
    recordReportEvent(tx, report, 'REPORT_FINAL', now);
    if (input.deliveries?.length) settleDelivery(tx, report, addDeliveries(tx, report, input.deliveries, ctx.actor, [], now, 'input.deliveries').check, now);
    await tx.flush();
    return report;
  });
  if (report.kind === ReportKind.IME) {
    await markCaseReported(ctx.services.cases, report.caseId).catch((error: unknown) =>
      ctx.log.warn({ err: error, caseId: report.caseId, reportId: report.id }, 'report is final but the case could not be marked REPORTED; retry markCaseReported'),
    );
  }
  return report;
}

/** Records deliveries of a final report; when every required recipient has it, the report is DELIVERED. */
export async function recordDeliveries(ctx: ReportsCommandContext, id: string, deliveries: DeliveryInput[]): Promise<Report> {
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const report = await loadReport(tx, id, ctx.actor);
    if (!isFinalReport(report.status)) {
      throw failedPrecondition('DELIVER_FINAL_ONLY', `Only final reports are delivered; report ${id} is ${report.status}`);
    }
    const existing = await tx.find(ReportDelivery, { report: id });
    const { check } = addDeliveries(tx, report, deliveries, ctx.actor, existing, now, 'deliveries');
    settleDelivery(tx, report, check, now);
    // The deliveries are part of the report: recording one is a new version of it, even when it stays DELIVERED.
    markChanged(report);
    await tx.flush();
    return report;
  });
}

/**
 * The claimant (or the representative) received the final report in the claimant portal: recorded once per
 * recipient as a PORTAL delivery at this moment, so the same-day rule then holds or shows as broken
 * (docs/claimant-portal.md). Later reads change nothing. Answers whether this call recorded it.
 */
export async function recordPortalDelivery(ctx: ReportsCommandContext, reportId: string, recipient: 'CLAIMANT' | 'CLAIMANT_REPRESENTATIVE', recipientName: string): Promise<ReportDelivery> {
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const report = await tx.findOneOrFail(Report, { id: reportId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const existing = await tx.find(ReportDelivery, { report: reportId });
    const earlier = existing.find((d) => d.recipient === recipient && d.method === 'PORTAL');
    if (earlier) return earlier;
    const { check, added } = addDeliveries(tx, report, [{ recipient, method: 'PORTAL', recipientName } as DeliveryInput], ctx.actor, existing, now, 'deliveries');
    settleDelivery(tx, report, check, now);
    markChanged(report);
    await tx.flush();
    return added[0]!;
  });
}

/**
 * Which of the report's required recipients (fixed when it was started: requiredRecipients in report-commands.ts)
 * have it, and whether the same-day rule holds: the one answer behind `distributionIssues`, `missingRecipients`,
 * `sameDayViolation`, DELIVERED, and the cases subgraph's closeCase.
 */
export function distributionCheck(report: Report, deliveries: ReportDelivery[]): DeliveryCheckResult {
  return checkDeliveries({
    requiredRecipients: report.requiredRecipients,
    sameDay: report.sameDayDelivery,
    deliveries: deliveries.map((d) => ({ recipient: d.recipient, deliveredAt: d.deliveredAt })),
  });
}

/** Distribution problems of a report: required recipients still missing, a same-day rule broken. */
export function distributionIssues(report: Report, deliveries: ReportDelivery[]): string[] {
  return isFinalReport(report.status) ? deliveryIssues(distributionCheck(report, deliveries)) : [];
}
