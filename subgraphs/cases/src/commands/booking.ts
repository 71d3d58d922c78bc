import { badUserInput, today } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fetchAvailabilities, fetchEligibleExaminers, type ExaminerAvailabilityRecord } from '../clients/examiners-client';
import type { CasesCommandContext } from '../context';
import { earliestExamDate, latestExamDate } from '../domain/scheduling';
import { checkBooking, generateSlots, localTime, shownTime, type BookingCheck, type DateBounds, type ExaminerSchedule, type Slot, type SlotPlaces } from '../domain/slots';
import { Appointment, AppointmentStatus, ExamFormat, PanelMember, PanelStatus, type Case, type JurisdictionRule } from '../entities';
import { eligibilityQuestion } from './case-eligibility';
import { dayOf, loadCaseWithRule, type LoadedCase } from './case-loading';
import { loadHolidayCalendar } from './jurisdiction-holidays';

/**
 * Bookable slots and booking checks on the examiner's real time (docs/rules.md, "Scheduling"): the examiners
 * subgraph gives the availability of every examiner asked about in one call, this subgraph's bookings of all of
 * them are read in one statement, and the slot rules (domain/slots.ts) run on both. The SQL statements of a
 * question are therefore the same in number for one examiner or two thousand.
 */

/** The longest range one availableSlots question may span. */
export const MAX_SLOT_RANGE_DAYS = 120;
/** Slots listed per examiner unless the caller asks for fewer (the earliest ones). */
export const DEFAULT_SLOTS_PER_EXAMINER = 20;
export const MAX_SLOTS_PER_EXAMINER = 200;

const DAY_MS = 24 * 60 * 60 * 1000;

/** One examiner's schedule for a case: the slot rules' input. */
export interface ExaminerPlan {
  examinerId: string;
  schedule: ExaminerSchedule;
  places: SlotPlaces;
  durationMinutes: number;
  stepMinutes: number;
  offices: ExaminerAvailabilityRecord['officesInReach'];
}

/**
 * The jurisdiction's date bounds for a case: lead time from when the notice can be served (today), the window from
 * assignment (from today for a case not assigned yet), holidays.
 */
export async function caseDateBounds(em: EntityManager, kase: Case | null, rule: JurisdictionRule, day: string, windowWaived: boolean): Promise<DateBounds> {
  const calendar = await loadHolidayCalendar(em, rule);
  return {
    earliestDate: earliestExamDate({ rule, today: day, holidays: calendar }),
    latestDate: latestExamDate({ rule, assignedOn: kase?.assignedAt ? dayOf(kase.assignedAt) : day, windowWaived }),
    holidays: calendar.dates,
  };
}

function placesFor(kase: Case, record: ExaminerAvailabilityRecord): SlotPlaces {
  if (kase.examFormat === ExamFormat.TELEHEALTH) return { officeIds: new Set(), telehealth: record.telehealthOffered };
  return { officeIds: new Set(record.officesInReach.map((o) => o.id)), telehealth: kase.telehealthAllowed && record.telehealthOffered };
}

/**
 * The schedules of `examinerIds` for a case over [from, to): their availability (one service call) and the bookings
 * they hold (one statement), less the case's own current booking, which a reschedule gives up. Examiners without
 * a saved availability are left out.
 */
export async function loadExaminerPlans(ctx: CasesCommandContext, kase: Case, examinerIds: string[], from: Date, to: Date): Promise<ExaminerPlan[]> {
  const claimant = kase.claimant;
  const near = claimant.latitude !== null && claimant.longitude !== null ? { latitude: claimant.latitude, longitude: claimant.longitude } : null;
  const records = await fetchAvailabilities(ctx.services.examiners, examinerIds, { near, format: kase.examFormat, specialtyCode: kase.requiredSpecialtyCode });
  if (records.length === 0) return [];
  // A day either side: the daily maximum counts every booking of a local day, whatever its zone.
  const held = await ctx.em.find(
    Appointment,
    {
      examinerId: { $in: records.map((r) => r.examinerId) },
      status: AppointmentStatus.SCHEDULED,
      scheduledAt: { $lt: new Date(to.getTime() + DAY_MS) },
      blockedUntil: { $gt: new Date(from.getTime() - DAY_MS) },
      case: { $ne: kase.id },
    },
    { fields: ['examinerId', 'scheduledAt', 'blockedUntil'], orderBy: { scheduledAt: 'asc' } },
  );
  return records.map((record) => ({
    examinerId: record.examinerId,
    schedule: {
      hours: record.weeklyHours.map((h) => ({ weekday: h.weekday, start: h.start, end: h.end, officeId: h.officeId, zone: h.timeZone })),
      exceptions: record.exceptions.map((e) => ({ ...e, zone: e.timeZone })),
      bookings: held.filter((a) => a.examinerId === record.examinerId).map((a) => ({ start: a.scheduledAt, blockedUntil: a.blockedUntil })),
      bufferMinutes: record.bufferMinutes,
      maxExamsPerDay: record.maxExamsPerDay,
    },
    places: placesFor(kase, record),
    durationMinutes: record.examMinutes,
    stepMinutes: record.slotMinutes,
    offices: record.officesInReach,
  }));
}

/** The examiners a case's slots are looked for among: the one named, the assigned one, the open panel, else every eligible one. */
async function candidateExaminers(ctx: CasesCommandContext, loaded: LoadedCase, examinerId: string | null | undefined, examDate: string): Promise<string[]> {
  if (examinerId) return [examinerId];
  if (loaded.kase.examinerId) return [loaded.kase.examinerId];
  const members = await ctx.em.find(PanelMember, { panel: { case: loaded.kase.id, status: PanelStatus.OPEN }, struckBy: null }, { fields: ['examinerId'] });
  if (members.length > 0) return members.map((m) => m.examinerId);
  const question = eligibilityQuestion(loaded.kase, loaded.client, loaded.rule, examDate, ctx.settings.partyKeySecret);
  return (await fetchEligibleExaminers(ctx.services.examiners, question)).map((e) => e.examinerId);
}

export interface OfferedSlot extends Slot {
  examinerId: string;
  durationMinutes: number;
  /** The zone the slot is shown in: the office's, or the claimant's for telehealth (docs/rules.md, "Time zones"). */
  shownZone: string;
  localStart: string;
  /** The exam date in the shown zone. */
  shownDate: string;
  examinerLocalStart: string;
  location: string | null;
}

function offered(plan: ExaminerPlan, slot: Slot, claimantZone: string): OfferedSlot {
  const office = slot.officeId ? plan.offices.find((o) => o.id === slot.officeId) : undefined;
  const shown = shownTime(slot, claimantZone);
  return {
    ...slot,
    examinerId: plan.examinerId,
    durationMinutes: plan.durationMinutes,
    shownZone: shown.zone,
    localStart: shown.localStart,
    shownDate: shown.localDate,
    examinerLocalStart: localTime(slot.start, slot.zone),
    location: office ? officeAddress(office) : null,
  };
}

export function officeAddress(office: ExaminerAvailabilityRecord['officesInReach'][number]): string {
  return [office.addressLine1, office.addressLine2, `${office.city}, ${office.region} ${office.postalCode}`].filter(Boolean).join(', ');
}

export interface AvailableSlotsAnswer {
  caseId: string;
  from: Date;
  to: Date;
  earliestExamDate: string;
  latestExamDate: string | null;
  slots: OfferedSlot[];
  earliestByExaminer: OfferedSlot[];
  earliest: OfferedSlot | null;
  examinersWithoutAvailability: string[];
}

/**
 * The free slots of a case over [from, to): for the examiner named, else the assigned examiner, else the open
 * panel's members, else every eligible examiner — each slot satisfying the jurisdiction's dates, the case's
 * format and places, the examiner's hours, exceptions, bookings, buffer and daily maximum. Also the earliest slot
 * of each examiner and the earliest of all.
 */
export async function availableSlots(
  ctx: CasesCommandContext,
  caseId: string,
  range: { from?: Date | null; to?: Date | null; examinerId?: string | null; limitPerExaminer?: number | null; windowWaived?: boolean | null },
): Promise<AvailableSlotsAnswer> {
  const now = ctx.clock.now();
  const from = range.from && range.from > now ? range.from : now;
  const to = range.to ?? new Date(from.getTime() + 90 * DAY_MS);
  const limit = range.limitPerExaminer ?? DEFAULT_SLOTS_PER_EXAMINER;
  if (to <= from) throw badUserInput([{ field: 'to', message: 'to must be after from (and after now)' }]);
  if (to.getTime() - from.getTime() > MAX_SLOT_RANGE_DAYS * DAY_MS) throw badUserInput([{ field: 'to', message: `a range spans at most ${MAX_SLOT_RANGE_DAYS} days` }]);
  if (limit < 1 || limit > MAX_SLOTS_PER_EXAMINER) throw badUserInput([{ field: 'limitPerExaminer', message: `limitPerExaminer is 1 to ${MAX_SLOTS_PER_EXAMINER}` }]);
  const loaded = await loadCaseWithRule(ctx.em, caseId, ctx.actor);
  const bounds = await caseDateBounds(ctx.em, loaded.kase, loaded.rule, today(ctx.clock), range.windowWaived ?? false);
  const examinerIds = await candidateExaminers(ctx, loaded, range.examinerId, bounds.earliestDate);
  const plans = await loadExaminerPlans(ctx, loaded.kase, examinerIds, from, to);
  const slots: OfferedSlot[] = [];
  const earliestByExaminer: OfferedSlot[] = [];
  for (const plan of plans) {
    const found = generateSlots({ ...plan, bounds, from, to, notBefore: now, limit }).map((s) => offered(plan, s, loaded.kase.claimantTimeZone));
    slots.push(...found);
    if (found.length > 0) earliestByExaminer.push(found[0]);
  }
  const byStart = (a: OfferedSlot, b: OfferedSlot) => a.start.getTime() - b.start.getTime() || a.examinerId.localeCompare(b.examinerId);
  slots.sort(byStart);
  earliestByExaminer.sort(byStart);
  const planned = new Set(plans.map((p) => p.examinerId));
  return {
    caseId,
    from,
    to,
    earliestExamDate: bounds.earliestDate,
    latestExamDate: bounds.latestDate,
    slots,
    earliestByExaminer,
    earliest: earliestByExaminer[0] ?? null,
    examinersWithoutAvailability: examinerIds.filter((id) => !planned.has(id)),
  };
}

/**
 * Whether `start` for the case's examiner is a free slot (any time inside their hours, not only on the offering
 * grid): the check a booking passes before it is written. The exclusion constraint then settles concurrent ones.
 */
export async function checkExamTime(
  ctx: CasesCommandContext,
  kase: Case,
  bounds: DateBounds,
  examinerId: string,
  proposal: { start: Date; durationMinutes: number | null; format: ExamFormat; officeId: string | null },
): Promise<{ check: BookingCheck; plan: ExaminerPlan | null }> {
  const [plan] = await loadExaminerPlans(ctx, kase, [examinerId], proposal.start, new Date(proposal.start.getTime() + DAY_MS));
  if (!plan) {
    return { plan: null, check: { ok: false, rule: 'OUTSIDE_WORKING_HOURS', message: 'the examiner has no availability saved (setAvailability)' } };
  }
  const check = checkBooking(
    { ...plan, bounds, notBefore: ctx.clock.now() },
    { start: proposal.start, durationMinutes: proposal.durationMinutes ?? plan.durationMinutes, format: proposal.format, officeId: proposal.officeId },
  );
  return { plan, check };
}
