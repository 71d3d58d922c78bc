import { badUserInput, failedPrecondition, forbidden, markChanged, messageLanguageOf, sendEmail, today, type JobRunner } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fetchEligibilityVerdict, fetchExaminerName } from '../clients/examiners-client';
import type { CasesCommandContext } from '../context';
import { fetchCaseReport } from '../clients/reports-client';
import { noticePurpose, rightsStatement } from '../domain/notice';
import { recipientsMissingForClose } from '../domain/case-lifecycle';
import { checkSchedule, earliestExamDate } from '../domain/scheduling';
import { Appointment, AppointmentStatus, Case, CaseParty, CaseStatus, ClaimantParty, ExamFormat, InterpreterArrangement, Notice, type JurisdictionRule } from '../entities';
import { newAccessToken } from '../domain/claimant-access';
import { claimantLink, createClaimantAccess } from './claimant-access-commands';
import type { ArrangeAccommodationInput, ArrangeInterpreterInput, CancelCaseInput, NoShowInput, ScheduleExamInput, ServeNoticeInput } from '../inputs/lifecycle.inputs';
import { caseDateBounds, checkExamTime, officeAddress } from './booking';
import { localDayBounds, shownZone } from '../domain/slots';
import { describeMissing, missingArrangements, sameNeed } from '../domain/exam-arrangements';
import { eligibilityQuestion } from './case-eligibility';
import { dayOf, loadCaseWithRule, type LoadedCase } from './case-loading';
import { noticeDocument, storeNoticeLetter } from '../documents/notice-letter';
import { loadHolidayCalendar } from './jurisdiction-holidays';
import { recordCaseEvent } from './case-timeline';
import { applyTransition, assertTransition } from './case-transitions';

/** An exam may start this early (and a clock be this far off) and still count as held at its booking. */
const EARLY_START_TOLERANCE_MS = 60 * 60 * 1000;

/**
 * Asks the examiners subgraph whether the examiner may take this case on that date; refuses with every failed
 * rule. An examiner the examiners subgraph does not know is refused at `field` when the caller named them.
 */
async function assertEligible(ctx: CasesCommandContext, loaded: LoadedCase, examinerId: string, examDate: string, field: string | null) {
  const question = eligibilityQuestion(loaded.kase, loaded.client, loaded.rule, examDate, ctx.settings.partyKeySecret);
  const verdict = await fetchEligibilityVerdict(ctx.services.examiners, examinerId, question);
  if (!verdict) {
    if (field) throw badUserInput([{ field, message: `Examiner ${examinerId} does not exist` }]);
    throw failedPrecondition('EXAMINER_UNKNOWN', `The examiner of case ${loaded.kase.referenceNumber} (${examinerId}) is not on the panel directory`);
  }
  if (!verdict.eligible) {
    const failed = verdict.rules.filter((r) => !r.passed);
    throw failedPrecondition(
      'EXAMINER_NOT_ELIGIBLE',
      `${verdict.examiner.displayName} is not eligible for case ${loaded.kase.referenceNumber} on ${examDate}: ${failed.map((r) => r.reason).join('; ')}`,
      { failedRules: failed.map((r) => r.rule) },
    );
  }
  return verdict;
}

/** The appointment currently planned for a case, if any. */
async function currentAppointment(em: EntityManager, kase: Case): Promise<Appointment | null> {
  return em.findOne(Appointment, { case: kase.id, status: AppointmentStatus.SCHEDULED }, { orderBy: { scheduledAt: 'desc' } });
}

/**
 * Assigns an examiner directly where the jurisdiction needs no panel, after checking eligibility on the
 * earliest possible exam date. Where a panel is required (CA QME) the examiner comes from panel selection.
 */
export async function assignExaminer(ctx: CasesCommandContext, caseId: string, version: number, examinerId: string): Promise<Case> {
  const { em, actor } = ctx;
  const now = ctx.clock.now();
  const loaded = await loadCaseWithRule(em, caseId, actor, version);
  const { kase, rule } = loaded;
  const guards = { panelRequired: rule.panelRequired, directAssignment: true };
  assertTransition(kase, 'ASSIGN', guards);
  const examDate = earliestExamDate({ rule, today: today(ctx.clock), holidays: await loadHolidayCalendar(em, rule) });
  await assertEligible(ctx, loaded, examinerId, examDate, 'examinerId');
  return em.transactional(async (tx) => {
    const current = await loadCaseWithRule(tx, caseId, actor, version);
    applyTransition(tx, current.kase, 'ASSIGN', guards, actor, { data: { examinerId } });
    current.kase.examinerId = examinerId;
    current.kase.assignedAt = now;
    await tx.flush();
    return current.kase;
  });
}

function scheduleRule(rule: JurisdictionRule) {
  return {
    code: rule.code,
    noticeLeadDays: rule.noticeLeadDays,
    noticeLeadUnit: rule.noticeLeadUnit,
    schedulingWindowDays: rule.schedulingWindowDays,
    schedulingWindowExtendedDays: rule.schedulingWindowExtendedDays,
  };
}

/** The PostgreSQL error of the exclusion constraint on held bookings (migration "booking"). */
function isSlotTaken(error: unknown): boolean {
  const cause = error as { code?: string; constraint?: string; cause?: { code?: string } };
  return cause?.code === '23P01' || cause?.cause?.code === '23P01' || cause?.constraint === 'appointment_examiner_time_excl';
}

/**
 * The daily maximum, settled in PostgreSQL: the exclusion constraint keeps bookings from overlapping but not two
 * bookings of different hours from both passing the count of a full day. So every booking of an examiner's local
 * day first takes a transaction-scoped advisory lock on examiner and day, then counts the day's held bookings
 * (besides the case's own, which a reschedule gives up) and only then writes: a concurrent booking of that day
 * waits for the lock and counts this one (docs/rules.md, "Scheduling"). Taken before anything of the booking is
 * written, so it is always the first lock the booking holds (no deadlock with the custody chain's per-case lock).
 */
async function assertUnderDailyMaximum(tx: EntityManager, kase: Case, booking: { examinerTimeZone: string; localDate: string; maxExamsPerDay: number }) {
  const examinerId = kase.examinerId!;
  await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 23))', [`examiner-day:${examinerId}:${booking.localDate}`]);
  const day = localDayBounds(booking.localDate, booking.examinerTimeZone);
  const held = await tx.count(Appointment, {
    examinerId,
    status: AppointmentStatus.SCHEDULED,
    scheduledAt: { $gte: day.start, $lt: day.end },
    case: { $ne: kase.id },
  });
  if (held >= booking.maxExamsPerDay) {
    throw failedPrecondition(
      'DAILY_MAXIMUM',
      `Case ${kase.referenceNumber}: the examiner already has the maximum of ${booking.maxExamsPerDay} exams on ${booking.localDate} (another booking took the last one a moment ago); choose another day`,
      { localDate: booking.localDate, maxExamsPerDay: booking.maxExamsPerDay },
    );
  }
}

/** Who asked for a reschedule: the party given, else the caller's side. */
function rescheduleParty(ctx: CasesCommandContext, given: CaseParty | null | undefined): CaseParty {
  if (given) return given;
  if (ctx.actor?.role === 'EXAMINER') return CaseParty.EXAMINER;
  if (ctx.actor?.role === 'CLIENT') return CaseParty.CLIENT;
  return CaseParty.ADMIN;
}

/**
 * Books (or re-books) the exam in a free slot of the examiner (docs/rules.md, "Scheduling"). The date must leave
 * the jurisdiction's notice lead time from today (NY: 7 business days) and fall inside its scheduling window from
 * assignment (CA: 90 days, 120 if waived), and the examiner must still be eligible on that date — an examiner whose
 * licence lapses before it is refused. The time must lie inside the examiner's hours at an office within the
 * travel limit (or for telehealth where the case allows it), outside time off and holidays, below the daily
 * maximum and clear of other bookings with the buffer; PostgreSQL's exclusion constraint refuses a concurrent
 * booking of the same time (SLOT_TAKEN) and nothing is written. Re-booking frees the old slot (kept, RESCHEDULED)
 * and counts the reschedule against the party that asked for it.
 */
export async function scheduleExam(ctx: CasesCommandContext, caseId: string, version: number, input: ScheduleExamInput): Promise<Case> {
  const { em, actor } = ctx;
  const now = ctx.clock.now();
  const loaded = await loadCaseWithRule(em, caseId, actor, version);
  const { kase, rule } = loaded;
  const examDate = dayOf(input.scheduledAt);
  const format = input.format ?? kase.examFormat;
  let booking: {
    format: ExamFormat;
    durationMinutes: number;
    endsAt: Date;
    blockedUntil: Date;
    officeId: string | null;
    timeZone: string | null;
    examinerTimeZone: string;
    localDate: string;
    maxExamsPerDay: number;
    location: string | null;
  } | null = null;
  if (kase.examinerId) {
    // NY: 7 business days, skipping the jurisdiction's holidays (docs/rules.md, "Holidays").
    const holidays = await loadHolidayCalendar(em, rule);
    const day = today(ctx.clock);
    const violations = checkSchedule({
      rule: scheduleRule(rule),
      today: day,
      examDate,
      assignedOn: dayOf(kase.assignedAt ?? now),
      windowWaived: input.windowWaived,
      holidays,
    });
    if (violations.length > 0) {
      throw failedPrecondition(violations[0].rule, violations.map((v) => v.message).join('; '), {
        violations: violations.map((v) => v.rule),
        earliestExamDate: earliestExamDate({ rule: scheduleRule(rule), today: day, holidays }),
      });
    }
    await assertEligible(ctx, loaded, kase.examinerId, examDate, null);
    const bounds = await caseDateBounds(em, kase, rule, day, input.windowWaived);
    const proposal = { start: input.scheduledAt, durationMinutes: input.durationMinutes ?? null, format, officeId: input.officeId ?? null };
    let { check, plan } = await checkExamTime(ctx, kase, bounds, kase.examinerId, proposal);
    // A time of the examiner's telehealth hours books a telehealth exam where the in-person case allows one.
    if (!check.ok && check.rule === 'OUTSIDE_WORKING_HOURS' && !input.format && kase.telehealthAllowed && format === ExamFormat.IN_PERSON) {
      const telehealth = await checkExamTime(ctx, kase, bounds, kase.examinerId, { ...proposal, format: ExamFormat.TELEHEALTH, officeId: null });
      if (telehealth.check.ok) ({ check, plan } = telehealth);
    }
    if (!check.ok) {
      throw failedPrecondition(check.rule, `Case ${kase.referenceNumber}: ${input.scheduledAt.toISOString()} is not a free slot of the examiner: ${check.message}`, {
        scheduledAt: input.scheduledAt.toISOString(),
      });
    }
    const office = check.slot.officeId ? plan!.offices.find((o) => o.id === check.slot.officeId) : undefined;
    booking = {
      durationMinutes: Math.round((check.slot.end.getTime() - check.slot.start.getTime()) / 60_000),
      endsAt: check.slot.end,
      blockedUntil: new Date(check.slot.end.getTime() + plan!.schedule.bufferMinutes * 60_000),
      officeId: check.slot.officeId,
      // Shown where the claimant is: at the office, or at home for telehealth (docs/rules.md, "Time zones").
      timeZone: shownZone(check.slot.format, check.slot.zone, kase.claimantTimeZone),
      examinerTimeZone: check.slot.zone,
      localDate: check.slot.localDate,
      maxExamsPerDay: plan!.schedule.maxExamsPerDay,
      format: check.slot.format,
      location: input.location ?? (office ? officeAddress(office) : null),
    };
  }
  try {
    return await em.transactional(async (tx) => {
      const { kase: current } = await loadCaseWithRule(tx, caseId, actor, version);
      if (booking) await assertUnderDailyMaximum(tx, current, booking);
      const previous = await currentAppointment(tx, current);
      applyTransition(tx, current, 'SCHEDULE', { examinerAssigned: current.examinerId !== null }, actor, {
        note: previous ? `Rescheduled from ${previous.scheduledAt.toISOString()}` : null,
        data: { scheduledAt: input.scheduledAt.toISOString() },
      });
      if (previous) {
        const party = rescheduleParty(ctx, input.requestedBy);
        previous.status = AppointmentStatus.RESCHEDULED;
        previous.cancelledAt = now;
        previous.cancelledBy = party;
        current.rescheduleCounts = { ...current.rescheduleCounts, [party]: (current.rescheduleCounts[party] ?? 0) + 1 };
        // The old booking gives up its time before the new one takes it: the exclusion constraint is checked per statement.
        await tx.flush();
      }
      const durationMinutes = booking?.durationMinutes ?? input.durationMinutes ?? 60;
      const endsAt = booking?.endsAt ?? new Date(input.scheduledAt.getTime() + durationMinutes * 60_000);
      tx.persist(
        tx.create(Appointment, {
          case: current,
          examinerId: current.examinerId!,
          scheduledAt: input.scheduledAt,
          durationMinutes,
          endsAt,
          blockedUntil: booking?.blockedUntil ?? endsAt,
          officeId: booking?.officeId ?? null,
          timeZone: booking?.timeZone ?? null,
          examinerTimeZone: booking?.examinerTimeZone ?? null,
          format: booking?.format ?? format,
          location: booking?.location ?? input.location ?? null,
          // The interpreter (or accommodation) is arranged anew for a new time (arrangeInterpreter).
          interpreter: null,
          accommodationArrangements: [],
        }),
      );
      await tx.flush();
      return current;
    });
  } catch (error) {
    if (isSlotTaken(error)) {
      throw failedPrecondition('SLOT_TAKEN', `Case ${kase.referenceNumber}: the examiner was booked at ${input.scheduledAt.toISOString()} by someone else a moment ago; choose another slot`, {
        scheduledAt: input.scheduledAt.toISOString(),
      });
    }
    throw error;
  }
}

/**
 * The case needs an interpreter at the exam: the claimant asked for one. (A claimant who speaks another language
 * without one is examined by an examiner who speaks it: eligibility's LANGUAGE rule, docs/rules.md.)
 */
export function needsInterpreter(kase: Case): boolean {
  return kase.claimant.interpreterNeeded;
}

/**
 * Records the interpreter (name or agency, language) or the accommodation arranged for the booked exam, and
 * whether it is confirmed; the notice can be served only once it is (docs/rules.md, "Scheduling").
 */
export async function arrangeInterpreter(ctx: CasesCommandContext, caseId: string, version: number, input: ArrangeInterpreterInput): Promise<Case> {
  const { actor } = ctx;
  return ctx.em.transactional(async (tx) => {
    const { kase } = await loadCaseWithRule(tx, caseId, actor, version);
    const appointment = await currentAppointment(tx, kase);
    if (!appointment) throw failedPrecondition('NOTICE_NEEDS_APPOINTMENT', `Case ${kase.referenceNumber} has no booked exam to arrange an interpreter for`);
    const name = input.name?.trim() || null;
    const agency = input.agency?.trim() || null;
    const accommodation = input.accommodation?.trim() || null;
    if (!name && !agency && !accommodation) {
      throw badUserInput([{ field: 'input.name', message: 'Name the interpreter or the agency (or the accommodation arranged)' }]);
    }
    const arrangement = new InterpreterArrangement();
    Object.assign(arrangement, { language: input.language ?? (kase.claimant.language !== 'en' ? kase.claimant.language : null), name, agency, accommodation, confirmed: input.confirmed });
    appointment.interpreter = arrangement;
    markChanged(kase);
    recordCaseEvent(tx, kase, actor, 'UPDATED', { note: `Interpreter or accommodation ${input.confirmed ? 'confirmed' : 'arranged, not yet confirmed'}` });
    await tx.flush();
    return kase;
  });
}

/** What the claimant still needs arranged and confirmed for the booked exam (domain/exam-arrangements.ts). */
function missingArrangementsOf(kase: Case, appointment: Appointment) {
  return missingArrangements(
    { interpreterNeeded: needsInterpreter(kase), language: kase.claimant.language, accommodations: kase.claimant.accommodations ?? [] },
    { interpreter: appointment.interpreter, accommodations: appointment.accommodationArrangements ?? [] },
  );
}

/**
 * Records one accommodation arranged for the booked exam — which of the claimant's needs it answers, what was
 * arranged, by whom, whether confirmed — replacing an earlier record for that need (docs/rules.md, "Interpreters
 * and accommodations"). The notice is served only once every need is confirmed; a new booking starts with none.
 */
export async function arrangeAccommodation(ctx: CasesCommandContext, caseId: string, version: number, input: ArrangeAccommodationInput): Promise<Case> {
  const { actor } = ctx;
  return ctx.em.transactional(async (tx) => {
    const { kase } = await loadCaseWithRule(tx, caseId, actor, version);
    const appointment = await currentAppointment(tx, kase);
    if (!appointment) throw failedPrecondition('NOTICE_NEEDS_APPOINTMENT', `Case ${kase.referenceNumber} has no booked exam to arrange an accommodation for`);
    const needs = kase.claimant.accommodations ?? [];
    const need = needs.find((n) => sameNeed(n, input.accommodation));
    if (!need) {
      throw badUserInput([
        {
          field: 'input.accommodation',
          message: needs.length
            ? `The case lists no accommodation "${input.accommodation.trim()}"; it lists: ${needs.map((n) => `"${n}"`).join(', ')}`
            : `The case lists no accommodations; add the claimant's needs to the case first (updateCase, claimant.accommodations)`,
        },
      ]);
    }
    const record = { accommodation: need, arrangement: input.arrangement.trim(), arrangedBy: input.arrangedBy.trim(), confirmed: input.confirmed, recordedAt: ctx.clock.now().toISOString() };
    appointment.accommodationArrangements = [...(appointment.accommodationArrangements ?? []).filter((a) => !sameNeed(a.accommodation, need)), record];
    markChanged(kase);
    // The timeline says how far the arrangements are, not what they are (a need can say much about the claimant's health).
    const confirmed = needs.filter((n) => appointment.accommodationArrangements.some((a) => a.confirmed && sameNeed(a.accommodation, n))).length;
    recordCaseEvent(tx, kase, actor, 'UPDATED', { note: `Accommodation ${input.confirmed ? 'confirmed' : 'arranged, not yet confirmed'}: ${confirmed} of ${needs.length} confirmed` });
    await tx.flush();
    return kase;
  });
}

/**
 * Serves the notice for the booked exam: purpose and nature, the examiner, the claimant's rights in the
 * jurisdiction. Refused when it would reach the claimant later than the lead time before the exam.
 */
export async function serveNotice(ctx: CasesCommandContext, caseId: string, version: number, input: ServeNoticeInput, jobs?: JobRunner): Promise<Case> {
  const { em, actor } = ctx;
  const { kase, rule } = await loadCaseWithRule(em, caseId, actor, version);
  if (kase.status !== CaseStatus.SCHEDULED) {
    throw failedPrecondition('NOTICE_NEEDS_APPOINTMENT', `A notice announces a booked exam; case ${kase.referenceNumber} is ${kase.status}`);
  }
  const appointment = await currentAppointment(em, kase);
  if (!appointment) throw failedPrecondition('NOTICE_NEEDS_APPOINTMENT', `Case ${kase.referenceNumber} has no booked exam to announce`);
  // The interpreter and every accommodation must be arranged and confirmed before the claimant is told of the exam.
  const missing = missingArrangementsOf(kase, appointment);
  if (missing.length > 0) {
    throw failedPrecondition(
      missing[0].kind === 'INTERPRETER' ? 'INTERPRETER_NOT_CONFIRMED' : 'ACCOMMODATION_NOT_CONFIRMED',
      `Case ${kase.referenceNumber}: the notice can be served once everything the claimant needs is arranged and confirmed; still missing: ${describeMissing(missing)} (arrangeInterpreter, arrangeAccommodation)`,
      { missingArrangements: missing },
    );
  }
  const servedAt = input.servedAt ?? ctx.clock.now();
  const latestNoticeDay = dayOf(servedAt);
  const earliest = earliestExamDate({ rule: scheduleRule(rule), today: latestNoticeDay, holidays: await loadHolidayCalendar(em, rule) });
  if (dayOf(appointment.scheduledAt) < earliest) {
    throw failedPrecondition(
      'NOTICE_LEAD_TIME',
      `${rule.code} requires notice at least ${rule.noticeLeadDays} ${rule.noticeLeadUnit === 'BUSINESS_DAYS' ? 'business' : 'calendar'} days before the exam: a notice served on ${latestNoticeDay} allows an exam from ${earliest}, but it is booked for ${dayOf(appointment.scheduledAt)}; reschedule the exam`,
    );
  }
  const name = await fetchExaminerName(ctx.services.examiners, appointment.examinerId);
  const facts = {
    jurisdictionName: rule.name,
    reasons: kase.reasons,
    bodyParts: kase.bodyParts,
    examFormat: appointment.format,
    examinerName: name,
    examScheduledAt: appointment.scheduledAt,
    location: appointment.location,
    recordingAllowed: rule.recordingAllowed,
    observerAllowed: rule.observerAllowed,
    panelRequired: rule.panelRequired,
    reportRecipients: rule.reportRecipients,
    interpreterNeeded: needsInterpreter(kase),
    interpreter: appointment.interpreter,
    accommodations: appointment.accommodationArrangements,
    examTimeZone: appointment.timeZone ?? (appointment.format === ExamFormat.TELEHEALTH ? kase.claimantTimeZone : 'UTC'),
  };
  // The claimant's portal link goes with the notice (docs/claimant-portal.md): printed on the letter, e-mailed with it.
  const accessToken = newAccessToken();
  const accessLink = claimantLink(ctx, accessToken, kase.claimant.language);
  // The letter the claimant receives, in their language, stored before the notice is recorded (docs/documents.md).
  const letter = await storeNoticeLetter(ctx, kase, { facts, servedAt, method: input.method, purpose: noticePurpose(facts), rightsStatement: rightsStatement(facts), accessLink });
  const served = await em.transactional(async (tx) => {
    const { kase: current } = await loadCaseWithRule(tx, caseId, actor, version);
    await createClaimantAccess(tx, ctx, current, ClaimantParty.CLAIMANT, { token: accessToken, replaceEarlier: false });
    tx.persist(noticeDocument(tx, current, letter));
    tx.persist(
      tx.create(Notice, {
        case: current,
        appointment,
        servedAt,
        method: input.method,
        purpose: noticePurpose(facts),
        examinerName: name,
        examScheduledAt: appointment.scheduledAt,
        examTimeZone: facts.examTimeZone,
        rightsStatement: rightsStatement(facts),
        servedBy: actor?.name ?? null,
      }),
    );
    // A notice served is a new version of the case, although no column of the case's own row changes.
    markChanged(current);
    recordCaseEvent(tx, current, actor, 'NOTICE_SERVED', { note: `Notice served by ${input.method}`, data: { servedAt: servedAt.toISOString() } });
    await tx.flush();
    return current;
  });
  const email = served.claimant.email;
  if (jobs && email) {
    await sendEmail(jobs, {
      to: email,
      language: messageLanguageOf(served.claimant.language),
      template: 'CLAIMANT_NOTICE',
      params: {
        claimantName: `${served.claimant.firstName} ${served.claimant.lastName}`,
        examAt: `${appointment.scheduledAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        location: appointment.location ?? (appointment.format === 'TELEHEALTH' ? 'video' : '—'),
        examinerName: name,
        accessLink,
        referenceNumber: served.referenceNumber,
      },
      attachments: [{ filename: `notice-${served.referenceNumber}.pdf`, contentType: 'application/pdf', contentBase64: letter.contentBase64 }],
      relatedType: 'Case',
      relatedId: served.id,
    });
  }
  return served;
}

/**
 * Records that the exam took place. Refused unless a notice announcing this appointment was served before
 * it (claimant right 1), and before the appointment's time: an exam cannot be recorded ahead of itself.
 */
export async function markExamined(ctx: CasesCommandContext, caseId: string, version: number, examinedAt: Date | null | undefined): Promise<Case> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const { kase } = await loadCaseWithRule(tx, caseId, actor, version);
    const appointment = await currentAppointment(tx, kase);
    const at = examinedAt ?? now;
    if (appointment && at.getTime() < appointment.scheduledAt.getTime() - EARLY_START_TOLERANCE_MS) {
      throw failedPrecondition(
        'EXAM_NOT_YET_HELD',
        `Case ${kase.referenceNumber}: the exam is booked for ${appointment.scheduledAt.toISOString()}; it cannot be recorded as held at ${at.toISOString()}`,
      );
    }
    if (at.getTime() > now.getTime() + EARLY_START_TOLERANCE_MS) {
      throw badUserInput([{ field: 'examinedAt', message: 'examinedAt cannot be in the future' }]);
    }
    const notice = appointment ? await tx.findOne(Notice, { appointment: appointment.id, servedAt: { $lte: at } }) : null;
    applyTransition(tx, kase, 'MARK_EXAMINED', { noticeServed: notice !== null }, actor);
    if (appointment) appointment.status = AppointmentStatus.COMPLETED;
    kase.examinedAt = at;
    await tx.flush();
    return kase;
  });
}

/** Records who failed to appear; the case can then be rescheduled. */
export async function markNoShow(ctx: CasesCommandContext, caseId: string, version: number, input: NoShowInput): Promise<Case> {
  const { actor } = ctx;
  return ctx.em.transactional(async (tx) => {
    const { kase } = await loadCaseWithRule(tx, caseId, actor, version);
    const appointment = await currentAppointment(tx, kase);
    applyTransition(tx, kase, 'MARK_NO_SHOW', {}, actor, { note: input.note ?? `${input.party} did not appear`, data: { party: input.party } });
    if (appointment) {
      appointment.status = AppointmentStatus.NO_SHOW;
      appointment.noShowParty = input.party;
    }
    await tx.flush();
    return kase;
  });
}

/** Cancels a case with its reason, the party at fault and whether it is chargeable. */
export async function cancelCase(ctx: CasesCommandContext, caseId: string, version: number, input: CancelCaseInput): Promise<Case> {
  const { actor } = ctx;
  return ctx.em.transactional(async (tx) => {
    const { kase } = await loadCaseWithRule(tx, caseId, actor, version);
    const appointment = await currentAppointment(tx, kase);
    applyTransition(tx, kase, 'CANCEL', {}, actor, { note: input.reason, data: { party: input.party, chargeable: input.chargeable } });
    const now = ctx.clock.now();
    if (appointment) {
      appointment.status = AppointmentStatus.CANCELLED;
      appointment.cancelledAt = now;
      appointment.cancelledBy = input.party;
    }
    kase.cancelledAt = now;
    kase.cancellationReason = input.reason.trim();
    kase.cancelledBy = input.party;
    kase.cancellationChargeable = input.chargeable;
    await tx.flush();
    return kase;
  });
}

const FINAL_STATUSES = ['FINAL', 'DELIVERED'];

/**
 * EXAMINED → REPORTED once the reports subgraph holds a final IME report. Idempotent: the reports subgraph
 * calls it after finalising, and an administrator can call it again if that call failed.
 */
export async function markCaseReported(ctx: CasesCommandContext, caseId: string): Promise<Case> {
  const { em, actor } = ctx;
  const { kase } = await loadCaseWithRule(em, caseId, actor);
  if (kase.status === CaseStatus.REPORTED || kase.status === CaseStatus.CLOSED) return kase;
  const report = await fetchCaseReport(ctx.services.reports, caseId);
  if (!report || !FINAL_STATUSES.includes(report.status)) {
    throw failedPrecondition('REPORT_NOT_FINAL', `Case ${kase.referenceNumber} becomes REPORTED when its IME report is final; it is ${report?.status ?? 'not started'}`);
  }
  return em.transactional(async (tx) => {
    const { kase: current } = await loadCaseWithRule(tx, caseId, actor, kase.version);
    // The final report's PDF hash goes on the case's timeline, and so on its chain of custody: the chain vouches
    // for the bytes every recipient received (docs/documents.md, "Chain of custody").
    applyTransition(tx, current, 'MARK_REPORTED', {}, actor, {
      note: report.pdfSha256 ? `Final IME report; its PDF's SHA-256 is ${report.pdfSha256}` : null,
      data: { reportId: report.id, pdfSha256: report.pdfSha256 },
    });
    await tx.flush();
    return current;
  });
}

/**
 * REPORTED → CLOSED once the final report reached every recipient the jurisdiction requires for this case, the
 * same day where the rule says so (NY WCL §137). Which recipients those are, and which still lack it, is the
 * reports subgraph's answer (Report.missingRecipients, Report.sameDayViolation), so the rule is written once;
 * the client and the claimant are required everywhere (claimant right 4). A same-day breach cannot be undone:
 * an administrator may close anyway with `sameDayBreachNote`, which the timeline keeps.
 */
export async function closeCase(ctx: CasesCommandContext, caseId: string, version: number, sameDayBreachNote?: string | null): Promise<Case> {
  const { em, actor } = ctx;
  const { kase } = await loadCaseWithRule(em, caseId, actor, version);
  const note = sameDayBreachNote?.trim() || null;
  if (note && note.length > 2000) throw badUserInput([{ field: 'sameDayBreachNote', message: 'sameDayBreachNote is at most 2000 characters' }]);
  if (note && actor?.role !== 'ADMIN') {
    throw forbidden('Only an administrator may close a case whose report broke the same-day rule (sameDayBreachNote)');
  }
  const report = kase.status === CaseStatus.REPORTED ? await fetchCaseReport(ctx.services.reports, caseId) : null;
  const final = report !== null && FINAL_STATUSES.includes(report.status);
  const delivered = (recipient: string) => final && report.deliveredTo.includes(recipient);
  const guards = {
    finalReportDeliveredToClient: delivered('CLIENT'),
    finalReportDeliveredToClaimant: delivered('CLAIMANT'),
    undeliveredRecipients: report?.missingRecipients ?? [],
    sameDayViolation: final ? report.sameDayViolation : null,
    sameDayBreachAcknowledged: note !== null,
  };
  return em.transactional(async (tx) => {
    const { kase: current } = await loadCaseWithRule(tx, caseId, actor, version);
    applyTransition(tx, current, 'CLOSE', guards, actor, {
      note: guards.sameDayViolation && note ? `Closed with the same-day rule broken (${guards.sameDayViolation}): ${note}` : null,
      data: report ? { reportId: report.id } : null,
      // From REPORTED only the delivery guards can refuse: say what they found.
      refusalExtensions:
        current.status === CaseStatus.REPORTED
          ? { missingRecipients: recipientsMissingForClose(guards), sameDayViolation: guards.sameDayViolation, reportId: report?.id ?? null }
          : {},
    });
    current.closedAt = ctx.clock.now();
    await tx.flush();
    return current;
  });
}
