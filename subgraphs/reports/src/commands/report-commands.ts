import { FieldErrors, actorName, assertVersion, failedPrecondition, loadOrNotFound, notFound, type Actor, type ServiceClient } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertMayReportOn, assertReportVisible } from '../access';
import { fetchCaseDocuments, fetchCaseFacts, fetchHolidayCalendar, type CaseDocumentFacts, type CaseFacts } from '../clients/cases-client';
import type { ReportsCommandContext } from '../context';
import { reportDueDate, requiredRecipients } from '../domain/delivery-rules';
import { canAddAddendum, canEdit } from '../domain/report-lifecycle';
import { Report, ReportKind, ReportStatus, type ReviewedRecord } from '../entities';
import { reportEditor } from '../documents/report-versions';
import type { ReviewedRecordInput, StartReportInput, UpdateReportInput } from '../inputs/report.inputs';

/**
 * The report's due date from the case's jurisdiction rule and exam date. A deadline in business days skips the
 * jurisdiction's holidays, asked of the cases subgraph (which owns them) for the exam's year and the two after:
 * longer than any deadline a rule can set (365 business days), so the count never leaves the window.
 */
async function dueDateOf(cases: ServiceClient, facts: CaseFacts, examDate: string): Promise<string | null> {
  const rule = facts.jurisdictionRule;
  if (rule.reportDueDays === null) return null;
  const year = Number(examDate.slice(0, 4));
  const holidays = rule.reportDueUnit === 'BUSINESS_DAYS' ? await fetchHolidayCalendar(cases, rule.code, year, year + 2) : undefined;
  return reportDueDate(examDate, rule, false, holidays);
}

/** The report to change, if it exists and is in the actor's scope (NOT_FOUND otherwise, either way). */
export async function loadReport(em: EntityManager, id: string, actor: Actor | null): Promise<Report> {
  const report = assertReportVisible(actor, await loadOrNotFound(em, Report, id));
  // The report's versions name who changed it (documents/report-versions.ts).
  reportEditor.set(report, actorName({ actor }));
  return report;
}

/** As loadReport, then CONFLICT when the caller's `version` is not the report's (orm/versioning.ts). */
export async function loadVersionedReport(em: EntityManager, id: string, version: number, actor: Actor | null): Promise<Report> {
  const report = await loadReport(em, id, actor);
  assertVersion('Report', report, version);
  return report;
}

/**
 * Starts a report as a DRAFT for a case the cases subgraph says was examined, by its assigned examiner,
 * with the due date from the case's jurisdiction rule. Addenda attach to a final report of the same case; the
 * client who ordered the case may start one too (its request for an addendum, with the reason), for the examiner.
 */
export async function startReport(ctx: ReportsCommandContext, input: StartReportInput): Promise<Report> {
  const facts = await fetchCaseFacts(ctx.services.cases, input.caseId);
  const errors = new FieldErrors();
  if (!facts) throw notFound('Case', input.caseId);
  assertMayReportOn(ctx.actor, facts, input.kind);
  if (!facts.examinerId) {
    throw failedPrecondition('EXAMINER_ASSIGNED', `Case ${facts.referenceNumber} has no assigned examiner to write its report`);
  }
  const examDate = facts.examinedAt ? facts.examinedAt.slice(0, 10) : null;
  const dueDate = examDate ? await dueDateOf(ctx.services.cases, facts, examDate) : null;
  return ctx.em.transactional(async (tx) => {
    let parent: Report | null = null;
    if (input.kind === ReportKind.IME) {
      if (input.parentReportId) errors.add('input.parentReportId', 'An IME report has no parent; use kind ADDENDUM or SUPPLEMENTAL');
      if (facts.status !== 'EXAMINED') {
        throw failedPrecondition('CASE_EXAMINED', `A report can be started only once the case is EXAMINED; case ${facts.referenceNumber} is ${facts.status}`);
      }
      const existing = await tx.findOne(Report, { caseId: facts.id, kind: ReportKind.IME });
      if (existing) {
        throw failedPrecondition('ONE_IME_REPORT', `Case ${facts.referenceNumber} already has an IME report (${existing.id}); add an addendum instead`, {
          reportId: existing.id,
        });
      }
    } else {
      if (!input.parentReportId) errors.add('input.parentReportId', `A ${input.kind} needs the report it adds to`);
      if (input.kind === ReportKind.ADDENDUM && !input.addendumReason) errors.add('input.addendumReason', 'An addendum needs a reason');
      if (input.parentReportId) {
        parent = await tx.findOne(Report, { id: input.parentReportId });
        if (!parent) errors.add('input.parentReportId', `Report ${input.parentReportId} does not exist`);
        else if (parent.caseId !== facts.id) errors.add('input.parentReportId', `Report ${parent.id} belongs to another case`);
      }
      errors.throwIfAny();
      if (parent && !canAddAddendum(parent.status)) {
        throw failedPrecondition('ADDENDUM_AFTER_FINAL', `Addenda are added to final reports; report ${parent.id} is ${parent.status}`);
      }
    }
    errors.throwIfAny();
    const report = tx.create(Report, {
      caseId: facts.id,
      examinerId: facts.examinerId!,
      kind: input.kind,
      parent,
      addendumReason: input.kind === ReportKind.IME ? null : (input.addendumReason ?? null),
      jurisdiction: facts.jurisdictionCode,
      clientId: facts.client.id,
      specialtyCode: facts.requiredSpecialtyCode,
      lineOfBusiness: facts.lineOfBusiness,
      reasons: facts.reasons,
      questions: facts.referralQuestions,
      examDate,
      dueDate,
      requiredRecipients: requiredRecipients({
        jurisdictionRecipients: facts.jurisdictionRule.reportRecipients,
        claimantRepresented: facts.claimantRepresented,
        hasTreatingPhysician: facts.treatingProviderNpis.length > 0,
      }),
      sameDayDelivery: facts.jurisdictionRule.reportSameDay,
    });
    reportEditor.set(report, actorName(ctx));
    await tx.persist(report).flush();
    return report;
  });
}

/** Edits the content of a report still with its author (DRAFT or CHANGES_REQUESTED). */
export async function updateReport(ctx: ReportsCommandContext, id: string, version: number, input: UpdateReportInput): Promise<Report> {
  const listed = input.reviewedRecords ? await reviewedRecordsOf(ctx, id, input.reviewedRecords) : undefined;
  return ctx.em.transactional(async (tx) => {
    const report = await loadVersionedReport(tx, id, version, ctx.actor);
    if (!canEdit(report.status)) {
      throw failedPrecondition('REPORT_EDITABLE', `Report ${id} is ${report.status}: only DRAFT or CHANGES_REQUESTED reports can be edited; after FINAL, add an addendum`);
    }
    const errors = new FieldErrors();
    const questionIds = new Set(report.questions.map((q) => q.id));
    input.answers?.forEach((a, i) => {
      if (!questionIds.has(a.questionId)) errors.add(`input.answers.${i}.questionId`, `Question ${a.questionId} is not a referral question of this case`);
    });
    const startedAt = input.examStartedAt !== undefined ? input.examStartedAt : report.examStartedAt;
    const endedAt = input.examEndedAt !== undefined ? input.examEndedAt : report.examEndedAt;
    if (startedAt && endedAt && endedAt < startedAt) errors.add('input.examEndedAt', 'examEndedAt is before examStartedAt');
    errors.throwIfAny();

    const { diagnoses, answers, reviewedRecords: _listed, ...scalars } = input;
    if (listed) report.reviewedRecords = listed;
    for (const [key, value] of Object.entries(scalars)) {
      if (value !== undefined) (report as unknown as Record<string, unknown>)[key] = value;
    }
    if (diagnoses) report.diagnoses = diagnoses.map((d) => ({ icd10: d.icd10, description: d.description ?? null }));
    if (answers) report.answers = answers.map((a) => ({ questionId: a.questionId, answer: a.answer }));
    await tx.flush();
    return report;
  });
}

/**
 * The examiner's marks on documents of the case: each must be a stored document of the report's case that the
 * jurisdiction has let go to the examiner (cases subgraph, CA Labor Code §4062.3); relied on implies reviewed.
 */
async function reviewedRecordsOf(ctx: ReportsCommandContext, reportId: string, input: ReviewedRecordInput[]): Promise<ReviewedRecord[]> {
  const report = await loadReport(ctx.em.fork(), reportId, ctx.actor);
  let documents: CaseDocumentFacts[] | null;
  try {
    documents = await fetchCaseDocuments(ctx.services.cases, report.caseId);
  } catch (error) {
    throw failedPrecondition('DEPENDENCY_UNAVAILABLE', `The case's documents could not be read to check the records listed (${(error as Error).message}); nothing was changed`, { service: 'cases' });
  }
  const byId = new Map((documents ?? []).map((d) => [d.id, d]));
  const errors = new FieldErrors();
  const seen = new Set<string>();
  input.forEach((record, i) => {
    const document = byId.get(record.documentId);
    if (!document || document.status !== 'STORED') errors.add(`input.reviewedRecords.${i}.documentId`, `Document ${record.documentId} is not a stored document of this case`);
    else if (!document.releasedToExaminer) errors.add(`input.reviewedRecords.${i}.documentId`, `Document ${record.documentId} has not been released to the examiner yet (the jurisdiction's wait after service)`);
    if (seen.has(record.documentId)) errors.add(`input.reviewedRecords.${i}.documentId`, `Document ${record.documentId} is listed twice`);
    seen.add(record.documentId);
  });
  errors.throwIfAny();
  return input.map((record) => {
    const document = byId.get(record.documentId)!;
    return { documentId: document.id, label: `${document.kind.replace(/_/g, ' ').toLowerCase()}: ${document.fileName}`, received: record.received || record.reviewed || record.reliedOn, reviewed: record.reviewed || record.reliedOn, reliedOn: record.reliedOn };
  });
}

/** Discards a draft started by mistake; anything submitted stays on record. */
export async function deleteDraft(ctx: ReportsCommandContext, id: string, version: number): Promise<string> {
  return ctx.em.transactional(async (tx) => {
    const report = await loadVersionedReport(tx, id, version, ctx.actor);
    if (report.status !== ReportStatus.DRAFT) {
      throw failedPrecondition('DRAFT_ONLY', `Only drafts can be deleted; report ${id} is ${report.status}`);
    }
    await tx.remove(report).flush();
    return id;
  });
}
