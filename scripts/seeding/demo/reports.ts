import { utcDateOf } from '@imepanel/runtime/calendar';
import type { EntityManager } from '@mikro-orm/postgresql';
import { checkCompleteness, type ImeReason } from '../../../subgraphs/reports/src/domain/completeness';
import { claimantCopyDueAt, reportDueDate, requiredRecipients } from '../../../subgraphs/reports/src/domain/delivery-rules';
import {
  AddendumReason,
  DeliveryMethod,
  QaOutcome,
  QaReview,
  Report,
  ReportDelivery,
  ReportKind,
  ReportRecipient,
  ReportStatus,
  WorkCapacity,
  type Diagnosis,
  type QuestionAnswer,
} from '../../../subgraphs/reports/src/entities';
import type { ExaminedCaseFacts } from './cases';
import { shiftDate } from './shared';
import { ADDENDUM_NOTES, BODY_PARTS, BOARD_NAMES, QA_CHANGE_NOTES, QA_CHECKLIST_ITEMS, RECORD_TEMPLATES, type BodyPartMaterial } from './reports-data';
import type { Random } from '../random';

/**
 * Demo data of the reports subgraph: one IME report per examined case, in the status its case implies —
 * still with the examiner or in QA for EXAMINED cases, FINAL (sometimes with copies sent to some recipients)
 * for REPORTED ones, DELIVERED to every required recipient for CLOSED ones — plus QA reviews and a few
 * addenda. Content answers every referral question, so each submitted report passes the same completeness
 * check submission applies; the seeder verifies that and fails loudly otherwise.
 */

/** An examined case, as the cases seeder describes it. */
type ExaminedCaseForReports = ExaminedCaseFacts;

export interface ReportsDemo {
  counts: Record<string, number>;
}

// ---------------------------------------------------------------------------------------------------------
// Random choices and dates


const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

const plus = (at: Date, ms: number) => new Date(at.getTime() + ms);
const minDate = (a: Date, b: Date) => (a < b ? a : b);
const maxDate = (a: Date, b: Date) => (a > b ? a : b);

/** A moment between `from` and `to`, uniformly. */
function between(d: Random, from: Date, to: Date): Date {
  return new Date(from.getTime() + Math.max(0, to.getTime() - from.getTime()) * d.next());
}

// ---------------------------------------------------------------------------------------------------------
// Report content

interface Content {
  recordsReviewed: string[];
  history: string;
  findings: string;
  diagnoses: Diagnosis[];
  answers: QuestionAnswer[];
  causationOpinion: string | null;
  mmiReached: boolean | null;
  mmiDate: string | null;
  impairmentPercent: number | null;
  impairmentGuideEdition: string | null;
  impairmentTable: string | null;
  impairmentPage: string | null;
  workCapacity: WorkCapacity | null;
  workRestrictions: string | null;
  treatmentRecommendations: string;
}

const materialOf = (part: string): BodyPartMaterial => BODY_PARTS[part] ?? BODY_PARTS['lumbar spine']!;

function recordsReviewed(d: Random, kase: ExaminedCaseForReports): string[] {
  const examDate = utcDateOf(kase.examStartedAt);
  const start = kase.injuryDate ?? shiftDate(examDate, -180);
  const span = Math.max(1, Math.round((Date.parse(examDate) - Date.parse(start)) / MS_PER_DAY) - 7);
  const dated = (template: string, part = kase.bodyParts[0]!) =>
    template.replace('{date}', shiftDate(start, d.int(0, Math.min(span, 21)))).replace('{part}', part).replace('{n}', String(d.int(6, 24)));
  const later = (template: string) => template.replace('{date}', shiftDate(start, d.int(Math.min(span, 14), span))).replace('{n}', String(d.int(6, 24)));
  const psych = kase.bodyParts.includes('psyche');
  const records = [dated(d.pick(RECORD_TEMPLATES.first))];
  for (const form of RECORD_TEMPLATES.byJurisdiction[kase.jurisdiction] ?? []) if (kase.lineOfBusiness === 'WORKERS_COMP') records.push(dated(form));
  if (!psych) records.push(later(d.pick(RECORD_TEMPLATES.imaging).replace('{part}', kase.bodyParts.at(-1)!)));
  for (const template of new Set(Array.from({ length: d.int(2, 3) }, () => d.pick(psych ? RECORD_TEMPLATES.psych : RECORD_TEMPLATES.treatment)))) records.push(later(template));
  if (d.chance(0.5)) records.push(later(d.pick(RECORD_TEMPLATES.other)));
  return records;
}

const CAUSATION_OPINIONS = [
  (dx: string, date: string) => `Within a reasonable degree of medical probability, the diagnosed ${dx} is causally related to the incident of ${date}. The mechanism described is consistent with the injury found, and the records show no prior complaints.`,
  (dx: string, date: string) => `The incident of ${date} aggravated pre-existing degenerative changes; the diagnosed ${dx} is related to the incident to the extent of that aggravation, which has not resolved.`,
  (dx: string, date: string) => `The diagnosed ${dx} is not causally related to the incident of ${date}: the imaging shows long-standing changes and the first complaint was recorded weeks later.`,
];

function answerFor(reason: ImeReason | null, text: string, c: Omit<Content, 'answers' | 'recordsReviewed' | 'history' | 'findings'>, kase: ExaminedCaseForReports): string {
  const dx = c.diagnoses.map((x) => `${x.description} (${x.icd10})`).join('; ');
  switch (reason) {
    case 'CAUSATION':
      return c.causationOpinion!;
    case 'EXTENT_OF_INJURY':
      return `The injury is ${dx}. The objective findings on examination and imaging are consistent with the complaints; no additional injury was identified.`;
    case 'TREATMENT_NEED':
      return `Further treatment is reasonable: ${c.treatmentRecommendations}`;
    case 'WORK_CAPACITY':
      return c.workCapacity === WorkCapacity.FULL_DUTY
        ? 'The claimant can return to their regular job at full duty without restrictions.'
        : c.workCapacity === WorkCapacity.NO_WORK
          ? `The claimant cannot work at present. ${c.workRestrictions}`
          : `The claimant can work modified duty. ${c.workRestrictions}`;
    case 'IMPAIRMENT_RATING':
      return `${c.impairmentPercent}% whole person impairment per the ${c.impairmentGuideEdition}, ${c.impairmentTable}, page ${c.impairmentPage}.`;
    case 'MMI':
      return c.mmiReached ? `Yes. Maximum medical improvement was reached on ${c.mmiDate}.` : 'No. Maximum medical improvement is expected in about three months, after the recommended treatment.';
    case 'SECOND_OPINION':
      return `I agree with the treating physician's diagnosis of ${(c.diagnoses[0]!.description ?? c.diagnoses[0]!.icd10).toLowerCase()}. I would modify the plan to include ${c.treatmentRecommendations.toLowerCase().replace(/\.$/, '')}.`;
    case 'DISPUTE_RESOLUTION':
      return `Of the permanent disability, 80% is apportioned to the industrial injury and 20% to pre-existing, non-industrial degenerative changes documented before the injury. The remaining disputed issues are addressed in the discussion above.`;
    default:
      if (/medication/i.test(text)) return 'The current medications are appropriate; long-term opioid use is not recommended.';
      if (/magnification|effort/i.test(text)) return 'Effort was consistent throughout the examination and there was no evidence of symptom magnification.';
      return `No significant non-industrial factors were identified beyond age-appropriate changes in a ${kase.claimantAge}-year-old.`;
  }
}

function writeContent(d: Random, kase: ExaminedCaseForReports): Content {
  const materials = kase.bodyParts.map(materialOf);
  const examDate = utcDateOf(kase.examStartedAt);
  const diagnoses = materials.flatMap((m) => m.diagnoses.slice(0, d.int(1, Math.min(2, m.diagnoses.length))).map((x) => ({ icd10: x.icd10, description: x.description })));
  const reasons = new Set(kase.reasons);
  const injuryDate = kase.injuryDate ?? shiftDate(examDate, -180);
  // Opinions vary as they do in practice; reputation never looks at which way they go.
  const opinion = d.weighted([0, 1, 2], (i) => [75, 15, 10][i]!);
  const causationOpinion = reasons.has('CAUSATION') ? CAUSATION_OPINIONS[opinion]!(`${diagnoses[0]!.description.toLowerCase()} (${diagnoses[0]!.icd10})`, injuryDate) : null;
  // A rating presupposes maximum medical improvement.
  const mmiReached = reasons.has('MMI') || reasons.has('IMPAIRMENT_RATING') ? reasons.has('IMPAIRMENT_RATING') || d.chance(0.55) : null;
  const mmiDate = mmiReached ? [shiftDate(examDate, -d.int(0, 90)), shiftDate(injuryDate, 60)].sort().at(-1)! : null;
  const rated = materials.find((m) => m.impairment) ?? BODY_PARTS['lumbar spine']!;
  const impairment = reasons.has('IMPAIRMENT_RATING') ? rated.impairment! : null;
  const workCapacity = reasons.has('WORK_CAPACITY')
    ? d.weighted([WorkCapacity.FULL_DUTY, WorkCapacity.MODIFIED_DUTY, WorkCapacity.NO_WORK], (w) => ({ FULL_DUTY: 30, MODIFIED_DUTY: 55, NO_WORK: 15 })[w])
    : null;
  const workRestrictions =
    workCapacity === WorkCapacity.MODIFIED_DUTY
      ? `${materials.map((m) => m.restrictions).join(' ')} For 6 weeks, then reassess.`
      : workCapacity === WorkCapacity.NO_WORK
        ? 'Temporarily totally disabled for 4 weeks pending the recommended treatment; re-evaluation thereafter.'
        : null;
  const treatment = materials.flatMap((m) => m.treatment.slice(0, 2));
  const treatmentRecommendations = `${treatment.join('; ').replace(/^./, (c) => c.toUpperCase())}.`;
  const core = {
    diagnoses,
    causationOpinion,
    mmiReached,
    mmiDate,
    impairmentPercent: impairment ? d.int(impairment.min, impairment.max) : null,
    impairmentGuideEdition: impairment ? 'AMA Guides 6th' : null,
    impairmentTable: impairment?.table ?? null,
    impairmentPage: impairment?.page ?? null,
    workCapacity,
    workRestrictions,
    treatmentRecommendations,
  };
  const context = kase.lineOfBusiness === 'WORKERS_COMP' ? 'a work injury' : kase.lineOfBusiness === 'DISABILITY' ? 'the onset of the claimed condition' : 'an injury';
  const setting = [kase.telehealth ? 'by secure video' : 'in person', kase.interpreter ? 'with a qualified interpreter' : null].filter(Boolean).join(', ');
  return {
    ...core,
    recordsReviewed: recordsReviewed(d, kase),
    history:
      `The claimant is a ${kase.claimantAge}-year-old ${kase.occupation} who reports ${context} on ${injuryDate}, attributed to ${kase.mechanism}. ` +
      `Treatment to date has included medication and therapy. Current complaints: ${materials.map((m) => m.complaint).join('; ')}. ` +
      `The examination was conducted ${setting}; identity was confirmed and the nature of the examination explained.`,
    findings: materials.flatMap((m) => m.findings).join(' '),
    answers: kase.questions.map((q) => ({ questionId: q.id, answer: answerFor(q.reason, q.text, core, kase) })),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The seeder

interface SeedContext {
  em: EntityManager;
  d: Random;
  now: Date;
  counts: Record<string, number>;
}

const count = (ctx: SeedContext, key: string, n = 1) => (ctx.counts[key] = (ctx.counts[key] ?? 0) + n);

/** Creates the demo reports in the caller's transaction. */
export async function seedReportsDemo(em: EntityManager, random: Random, cases: ExaminedCaseForReports[], options: { today: Date }): Promise<ReportsDemo> {
  const ctx: SeedContext = { em, d: random, now: options.today, counts: {} };
  const delivered: { report: Report; kase: ExaminedCaseForReports; content: Content }[] = [];
  for (const kase of cases) {
    const { report, content } = createImeReport(ctx, kase);
    if (report.status === ReportStatus.DELIVERED) delivered.push({ report, kase, content });
  }
  // A few addenda on delivered reports, requested at least a week after delivery.
  const eligible = delivered.filter((r) => r.report.deliveredAt! < plus(ctx.now, -10 * MS_PER_DAY));
  for (const parent of eligible.filter(() => ctx.d.chance(Math.min(1, 9 / Math.max(1, eligible.length))))) createAddendum(ctx, parent);
  await em.flush();
  return { counts: ctx.counts };
}

/** Who must receive the final report: the reports domain's rule, as the startReport command fixes it. */
function recipientsOf(kase: ExaminedCaseForReports): ReportRecipient[] {
  return requiredRecipients({
    jurisdictionRecipients: kase.reportRecipients as ReportRecipient[],
    claimantRepresented: kase.hasRepresentative,
    hasTreatingPhysician: kase.hasTreatingPhysician,
  }) as ReportRecipient[];
}

function recipientName(kase: ExaminedCaseForReports, recipient: ReportRecipient): string | null {
  switch (recipient) {
    case ReportRecipient.CLIENT:
      return kase.clientName;
    case ReportRecipient.CLAIMANT_REPRESENTATIVE:
      return kase.representativeFirm;
    case ReportRecipient.TREATING_PHYSICIAN:
      return "Treating physician's office";
    case ReportRecipient.BOARD:
      return BOARD_NAMES[kase.jurisdiction] ?? 'Workers’ compensation board';
    default:
      return null; // never the claimant's name
  }
}

const METHODS: Readonly<Record<ReportRecipient, readonly DeliveryMethod[]>> = {
  CLIENT: [DeliveryMethod.PORTAL, DeliveryMethod.EMAIL],
  CLAIMANT: [DeliveryMethod.MAIL, DeliveryMethod.MAIL, DeliveryMethod.EMAIL],
  CLAIMANT_REPRESENTATIVE: [DeliveryMethod.EMAIL, DeliveryMethod.FAX],
  TREATING_PHYSICIAN: [DeliveryMethod.FAX, DeliveryMethod.PORTAL],
  BOARD: [DeliveryMethod.PORTAL],
};

/**
 * Records deliveries of a final report. Same-day jurisdictions (NY, CT) get every copy within the hour and,
 * NY, by the same method; elsewhere copies go out over the next day. A late claimant copy, when asked for,
 * arrives after the claimant-copy deadline but before `latest` (the case's closure).
 */
function deliver(ctx: SeedContext, report: Report, kase: ExaminedCaseForReports, recipients: ReportRecipient[], finalisedAt: Date, latest: Date, lateClaimantCopy: boolean): Date {
  const { em, d } = ctx;
  const sameMethod = kase.reportSameDay && kase.jurisdiction === 'US-NY' ? d.pick([DeliveryMethod.EMAIL, DeliveryMethod.MAIL]) : null;
  let last = finalisedAt;
  for (const recipient of recipients) {
    let at = kase.reportSameDay ? plus(finalisedAt, d.int(5, 50) * MS_PER_MINUTE) : plus(finalisedAt, d.int(10, 26 * 60) * MS_PER_MINUTE);
    if (recipient === ReportRecipient.CLAIMANT && lateClaimantCopy) {
      const due = claimantCopyDueAt(finalisedAt, kase.reportSameDay);
      at = between(d, plus(due, MS_PER_HOUR), plus(latest, -MS_PER_HOUR));
    }
    at = minDate(at, plus(latest, -10 * MS_PER_MINUTE));
    em.persist(
      em.create(ReportDelivery, {
        report,
        recipient,
        method: sameMethod ?? d.pick(METHODS[recipient]),
        recipientName: recipientName(kase, recipient),
        deliveredAt: at,
        deliveredBy: 'Report desk',
      }),
    );
    count(ctx, 'deliveries');
    last = maxDate(last, at);
  }
  return last;
}

function qaReview(ctx: SeedContext, report: Report, outcome: QaOutcome, at: Date, failedItem: number | null): void {
  const { em, d } = ctx;
  em.persist(
    em.create(QaReview, {
      report,
      outcome,
      checklist: QA_CHECKLIST_ITEMS.map((item, index) => ({
        item,
        passed: index !== failedItem,
        note: index === failedItem ? d.pick(QA_CHANGE_NOTES) : null,
      })),
      notes: outcome === QaOutcome.PASSED ? 'Form and completeness checked; no changes needed.' : 'Returned to the examiner for the item noted.',
      reviewer: 'QA reviewer',
      reviewedAt: at,
    }),
  );
  count(ctx, `qaReviews${outcome}`);
}

/** Throws when a report the demo shows as submitted would not pass the submission check: a bug in this seeder. */
function assertComplete(report: Report, kase: ExaminedCaseForReports): void {
  const missing = checkCompleteness({
    reasons: report.reasons as ImeReason[],
    referralQuestions: kase.questions,
    answers: report.answers,
    recordsReviewed: report.recordsReviewed,
    mmi: { reached: report.mmiReached, date: report.mmiDate },
    impairment: { wholePersonPercent: report.impairmentPercent, guideEdition: report.impairmentGuideEdition, table: report.impairmentTable, page: report.impairmentPage },
    diagnoses: report.diagnoses,
    causationOpinion: report.causationOpinion,
    workCapacity: report.workCapacity,
    examStartedAt: report.examStartedAt,
    examEndedAt: report.examEndedAt,
  });
  if (missing.length > 0) throw new Error(`Demo report for case ${kase.id} is incomplete: ${missing.map((m) => m.message).join('; ')}`);
}

function createImeReport(ctx: SeedContext, kase: ExaminedCaseForReports): { report: Report; content: Content } {
  const { em, d, now } = ctx;
  const content = writeContent(d, kase);
  const examDate = utcDateOf(kase.examStartedAt);
  const dueDate = reportDueDate(examDate, kase, kase.examinerOutOfState, kase.holidays);
  const createdAt = minDate(plus(kase.examinedAt, d.int(1, 20) * MS_PER_HOUR), plus(now, -30 * MS_PER_MINUTE));

  const report = em.create(Report, {
    caseId: kase.id,
    examinerId: kase.examinerId,
    kind: ReportKind.IME,
    jurisdiction: kase.jurisdiction,
    clientId: kase.clientId,
    specialtyCode: kase.specialtyCode,
    lineOfBusiness: kase.lineOfBusiness,
    reasons: [...kase.reasons],
    questions: kase.questions.map((q) => ({ id: q.id, position: q.position, text: q.text })),
    examDate,
    examStartedAt: kase.examStartedAt,
    examEndedAt: kase.examinedAt,
    ...content,
    dueDate,
    requiredRecipients: recipientsOf(kase),
    sameDayDelivery: kase.reportSameDay,
    createdAt,
  });
  em.persist(report);

  if (kase.status === 'EXAMINED') {
    // Still with the examiner or in QA; a report only a day old is a draft.
    const status =
      now.getTime() - createdAt.getTime() < 2 * MS_PER_DAY
        ? ReportStatus.DRAFT
        : d.weighted([ReportStatus.DRAFT, ReportStatus.SUBMITTED, ReportStatus.IN_QA, ReportStatus.CHANGES_REQUESTED], (s) => ({ DRAFT: 35, SUBMITTED: 20, IN_QA: 25, CHANGES_REQUESTED: 20 })[s as string] ?? 0);
    report.status = status;
    if (status === ReportStatus.DRAFT) {
      // Work in progress: the last questions are not answered yet.
      report.answers = report.answers.slice(0, Math.ceil(report.answers.length / 2));
      report.updatedAt = between(d, createdAt, now);
    } else {
      assertComplete(report, kase);
      report.submittedAt = between(d, plus(createdAt, 2 * MS_PER_HOUR), plus(now, -4 * MS_PER_HOUR));
      report.updatedAt = report.submittedAt;
      if (status === ReportStatus.CHANGES_REQUESTED) {
        const reviewedAt = between(d, plus(report.submittedAt, MS_PER_HOUR), plus(now, -MS_PER_HOUR));
        qaReview(ctx, report, QaOutcome.CHANGES_REQUESTED, maxDate(reviewedAt, plus(report.submittedAt, MS_PER_HOUR)), d.int(0, 3));
        report.updatedAt = reviewedAt;
      }
    }
  } else {
    // FINAL at the moment the case shows REPORTED; QA took between a few hours and a couple of days.
    assertComplete(report, kase);
    const finalisedAt = kase.reportedAt!;
    const reviewed = d.chance(0.4);
    const sentBack = reviewed && d.chance(0.25);
    const qaHours = sentBack ? d.int(26, 60) : d.int(3, 30);
    report.submittedAt = maxDate(plus(finalisedAt, -qaHours * MS_PER_HOUR), plus(createdAt, 2 * MS_PER_HOUR));
    report.finalisedAt = finalisedAt;
    if (sentBack) qaReview(ctx, report, QaOutcome.CHANGES_REQUESTED, between(d, report.submittedAt, plus(finalisedAt, -6 * MS_PER_HOUR)), d.int(0, 3));
    if (reviewed) qaReview(ctx, report, QaOutcome.PASSED, plus(finalisedAt, -d.int(5, 60) * MS_PER_MINUTE), null);
    report.status = ReportStatus.FINAL;
    report.updatedAt = finalisedAt;

    const required = recipientsOf(kase);
    if (kase.status === 'CLOSED') {
      // Every required copy went out before the case closed; now and then the claimant's copy was late.
      const room = kase.closedAt!.getTime() - claimantCopyDueAt(finalisedAt, kase.reportSameDay).getTime();
      const late = room > 6 * MS_PER_HOUR && d.chance(0.12);
      if (late) count(ctx, 'lateClaimantCopies');
      report.deliveredAt = deliver(ctx, report, kase, required, finalisedAt, kase.closedAt!, late);
      report.status = ReportStatus.DELIVERED;
      report.updatedAt = report.deliveredAt;
    } else if (d.chance(0.4)) {
      // Copies to some recipients only: the report stays FINAL until every required recipient has it.
      const sent = required.filter((r) => r !== ReportRecipient.CLAIMANT && (r === ReportRecipient.CLIENT || d.chance(0.5)));
      const latest = minDate(plus(finalisedAt, 2 * MS_PER_DAY), plus(now, -MS_PER_HOUR));
      if (latest > plus(finalisedAt, MS_PER_HOUR)) deliver(ctx, report, kase, sent, finalisedAt, latest, false);
    }
  }
  settleTimestamps(report, kase.reportSameDay);
  if (report.submittedAt && dueDate && utcDateOf(report.submittedAt) > dueDate) count(ctx, 'lateSubmissions');
  count(ctx, `reports${report.status}`);
  return { report, content };
}

/**
 * An addendum to a delivered report: late records, a client's request for clarification, or a correction.
 * Recent ones are still drafts; the others were delivered like the original.
 */
function createAddendum(ctx: SeedContext, parent: { report: Report; kase: ExaminedCaseForReports; content: Content }): void {
  const { em, d, now } = ctx;
  const { report: original, kase, content } = parent;
  const reason = d.weighted([AddendumReason.LATE_RECORDS, AddendumReason.CLIENT_REQUEST, AddendumReason.CORRECTION], (r) => ({ LATE_RECORDS: 45, CLIENT_REQUEST: 35, CORRECTION: 20 })[r as string] ?? 0);
  const notes = ADDENDUM_NOTES[reason as keyof typeof ADDENDUM_NOTES];
  const requestedAt = minDate(plus(original.deliveredAt!, d.int(5, 40) * MS_PER_DAY), plus(now, -2 * MS_PER_DAY));
  const requestDate = utcDateOf(requestedAt);
  const recent = now.getTime() - requestedAt.getTime() < 6 * MS_PER_DAY;
  const addendum = em.create(Report, {
    caseId: original.caseId,
    examinerId: original.examinerId,
    kind: ReportKind.ADDENDUM,
    parent: original,
    addendumReason: reason,
    jurisdiction: original.jurisdiction,
    clientId: original.clientId,
    specialtyCode: original.specialtyCode,
    lineOfBusiness: original.lineOfBusiness,
    reasons: original.reasons,
    questions: original.questions,
    examDate: original.examDate,
    ...content,
    examStartedAt: null, // no re-examination: a records review
    examEndedAt: null,
    recordsReviewed: [...notes.records],
    history: `${notes.history} Original report finalised ${utcDateOf(original.finalisedAt!)}.`,
    dueDate: reportDueDate(requestDate, kase, false, kase.holidays),
    requiredRecipients: recipientsOf(kase),
    sameDayDelivery: kase.reportSameDay,
    createdAt: requestedAt,
    updatedAt: requestedAt,
  });
  em.persist(addendum);
  if (recent) {
    count(ctx, `addenda${ReportStatus.DRAFT}`);
    return;
  }
  assertComplete(addendum, kase);
  addendum.submittedAt = plus(requestedAt, d.int(1, 4) * MS_PER_DAY);
  addendum.finalisedAt = plus(addendum.submittedAt, d.int(4, 30) * MS_PER_HOUR);
  const latest = minDate(plus(addendum.finalisedAt, 3 * MS_PER_DAY), plus(now, -MS_PER_HOUR));
  if (addendum.finalisedAt >= latest) {
    addendum.status = ReportStatus.FINAL;
    addendum.updatedAt = addendum.finalisedAt;
  } else {
    addendum.deliveredAt = deliver(ctx, addendum, kase, recipientsOf(kase), addendum.finalisedAt, latest, false);
    addendum.status = ReportStatus.DELIVERED;
    addendum.updatedAt = addendum.deliveredAt;
  }
  settleTimestamps(addendum, kase.reportSameDay);
  count(ctx, `addenda${addendum.status}`);
}

/** The timestamps the live lifecycle derives: first submission (for turnaround) and the claimant-copy due time. */
function settleTimestamps(report: Report, sameDay: boolean): void {
  report.firstSubmittedAt ??= report.submittedAt;
  if (report.finalisedAt) report.claimantCopyDueAt = claimantCopyDueAt(report.finalisedAt, sameDay);
}
