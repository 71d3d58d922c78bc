import { addCalendarDays, deadline, isIsoDate, type DayCountUnit, type Holidays } from '@imepanel/runtime/calendar';
import type { ReportRecipient } from '@imepanel/runtime/vocabulary';

/**
 * Report distribution and deadlines (docs/rules.md, claimant right 4, "a copy of the report", and "Jurisdiction rules"): who must receive
 * the final report, whether all on the same day, when the claimant's copy is overdue, and when the report
 * itself is due.
 */

/** Who may be required to receive the final report: the runtime's vocabulary, which the cases subgraph's rules name. */
export { REPORT_RECIPIENTS, type ReportRecipient } from '@imepanel/runtime/vocabulary';
/** Short name used by the delivery checks. */
export type Recipient = ReportRecipient;

/** The facts about a case that decide who must receive its final report. */
export interface RecipientFacts {
  /** The recipients the jurisdiction's rule names. */
  jurisdictionRecipients: readonly Recipient[];
  /** The claimant has a representative on record. */
  claimantRepresented: boolean;
  /** The case names at least one treating physician. */
  hasTreatingPhysician: boolean;
}

/**
 * Who must receive the final report: the client and the claimant always (docs/rules.md, claimant right 4), and
 * the jurisdiction's list less a representative the claimant does not have and a treating physician the case
 * does not name. Fixed when the report is started; the delivery checks below count against it.
 */
export function requiredRecipients(facts: RecipientFacts): Recipient[] {
  const recipients = new Set<Recipient>(['CLIENT', 'CLAIMANT', ...facts.jurisdictionRecipients]);
  if (!facts.claimantRepresented) recipients.delete('CLAIMANT_REPRESENTATIVE');
  if (!facts.hasTreatingPhysician) recipients.delete('TREATING_PHYSICIAN');
  return [...recipients];
}

export interface DeliveryCheckInput {
  requiredRecipients: Recipient[];
  /** Every required recipient must receive the report on the same day (NY, CT). */
  sameDay: boolean;
  deliveries: { recipient: Recipient; deliveredAt: Date }[];
  /**
   * IANA time zone whose calendar day "same day" means; default 'UTC'. UTC is deterministic and needs no
   * jurisdiction data, but a delivery at 8 p.m. in New York is already the next UTC day: pass the
   * jurisdiction's zone (e.g. 'America/New_York') for the day the rule means.
   */
  timeZone?: string;
  /** When given, a same-day requirement that can no longer be met (the first day has passed) is reported now. */
  now?: Date;
}

export interface DeliveryCheckResult {
  /** Every required recipient has received the report (whether or not on the same day). */
  complete: boolean;
  /** Required recipients without a delivery, in the order required. */
  missing: Recipient[];
  /** Why a same-day requirement is broken, or null. It does not make the delivery incomplete: it is recorded and reported. */
  sameDayViolation: string | null;
}

/** The calendar date of an instant in a time zone, as 'YYYY-MM-DD'. */
export function calendarDateIn(instant: Date, timeZone = 'UTC'): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Which required recipients have the report and whether the same-day rule holds. Each recipient's first
 * delivery counts (a later re-send does not move the day it first received the report). Deliveries to
 * recipients who are not required are ignored.
 */
export function checkDeliveries(input: DeliveryCheckInput): DeliveryCheckResult {
  const timeZone = input.timeZone ?? 'UTC';
  const required = [...new Set(input.requiredRecipients)];
  const firstDelivery = new Map<Recipient, Date>();
  for (const { recipient, deliveredAt } of input.deliveries) {
    const earlier = firstDelivery.get(recipient);
    if (!earlier || deliveredAt < earlier) firstDelivery.set(recipient, deliveredAt);
  }
  const missing = required.filter((r) => !firstDelivery.has(r));
  const delivered = required.filter((r) => firstDelivery.has(r));

  let sameDayViolation: string | null = null;
  if (input.sameDay && delivered.length > 0) {
    // NY: copies the same day to the Board, carrier, treating physician, representative and claimant;
    // CT: to both sides at the same time.
    const days = delivered.map((r) => ({ recipient: r, day: calendarDateIn(firstDelivery.get(r)!, timeZone) }));
    const distinctDays = new Set(days.map((d) => d.day));
    if (distinctDays.size > 1) {
      const list = days.map((d) => `${d.recipient} on ${d.day}`).join(', ');
      sameDayViolation = `the report must reach every required recipient the same day (${timeZone}): ${list}`;
    } else if (missing.length > 0 && input.now) {
      const [firstDay] = distinctDays;
      if (calendarDateIn(input.now, timeZone) > firstDay!) {
        sameDayViolation = `the report must reach every required recipient the same day (${timeZone}): first delivered on ${firstDay}, still missing ${missing.join(', ')}`;
      }
    }
  }
  return { complete: missing.length === 0, missing, sameDayViolation };
}

/** What is wrong with a final report's distribution, as the API lists it: recipients still missing, a same-day rule broken. */
export function deliveryIssues(check: DeliveryCheckResult): string[] {
  return [...(check.missing.length ? [`Not yet delivered to ${check.missing.join(', ')}`] : []), ...(check.sameDayViolation ? [check.sameDayViolation] : [])];
}

/**
 * Why a delivery time cannot be recorded, or null when it can: a copy reaches a recipient no earlier than the
 * report became final (it did not exist before) and no later than the moment the delivery is recorded (a
 * delivery in the future has not happened, and would let a case close before anyone has the report).
 */
export function deliveryTimeProblem(deliveredAt: Date, at: { now: Date; finalisedAt: Date }): string | null {
  if (Number.isNaN(deliveredAt.getTime())) return 'deliveredAt is not a valid time';
  if (deliveredAt.getTime() > at.now.getTime()) {
    return `deliveredAt ${deliveredAt.toISOString()} is later than now (${at.now.toISOString()}); record a delivery once it has happened`;
  }
  if (deliveredAt.getTime() < at.finalisedAt.getTime()) {
    return `deliveredAt ${deliveredAt.toISOString()} is before the report was finalised (${at.finalisedAt.toISOString()}); only a final report is delivered`;
  }
  return null;
}

/**
 * Grace period for the claimant's copy where the jurisdiction does not require same-day delivery. Not a
 * statutory figure: the service standard of this system, so that a missing claimant copy (docs/rules.md,
 * right 4) shows up as overdue within a working week.
 */
export const DEFAULT_CLAIMANT_COPY_GRACE_DAYS = 5;

/**
 * When the claimant's copy becomes overdue: the end of the UTC day of finalisation when the same day is
 * required, otherwise the end of the UTC day `graceDays` calendar days after finalisation. End of day rather
 * than the exact instant, since deliveries are judged by the day. (UTC keeps this independent of the server's
 * zone; it is at most a few hours off the jurisdiction's day, in the claimant's favour or not.)
 */
export function claimantCopyDueAt(finalisedAt: Date, sameDay: boolean, graceDays: number = DEFAULT_CLAIMANT_COPY_GRACE_DAYS): Date {
  if (Number.isNaN(finalisedAt.getTime())) throw new RangeError('claimantCopyDueAt needs a valid finalisation time');
  const day = addCalendarDays(finalisedAt.toISOString().slice(0, 10), sameDay ? 0 : graceDays); // refuses negative grace
  return new Date(`${day}T23:59:59.999Z`);
}

/** The part of a jurisdiction rule report deadlines need; a JurisdictionRule row fits as it is. */
export interface ReportDueRule {
  reportDueDays: number | null;
  reportDueUnit: DayCountUnit;
  reportDueDaysOutOfState?: number | null;
}

/**
 * The date the report is due: the jurisdiction's deadline counted from the exam date (business days strictly
 * after the exam, see addBusinessDays, skipping the jurisdiction's holidays), the out-of-state deadline when the
 * examiner practises out of state and the rule has one (NY: 10 business days, 20 out of state). Null when the
 * rule sets no deadline.
 */
export function reportDueDate(examDate: string, rule: ReportDueRule, outOfState = false, holidays?: Holidays): string | null {
  if (!isIsoDate(examDate)) throw new RangeError(`reportDueDate needs the exam date as YYYY-MM-DD, got '${examDate}'`);
  const days = outOfState && rule.reportDueDaysOutOfState != null ? rule.reportDueDaysOutOfState : rule.reportDueDays;
  return days === null ? null : deadline(examDate, days, rule.reportDueUnit, holidays);
}
