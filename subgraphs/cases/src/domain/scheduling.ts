import { addCalendarDays, deadline, isIsoDate, type DayCountUnit, type Holidays } from '@imepanel/runtime/calendar';

/**
 * Scheduling checks for an exam date (docs/rules.md: "Scheduling checks the notice lead time and the
 * scheduling window"). Returns every violation rather than the first, so one error can list them all.
 */

export type ScheduleRule = 'NOTICE_LEAD_TIME' | 'SCHEDULING_WINDOW' | 'EXAM_IN_PAST';
export const SCHEDULE_RULES = ['NOTICE_LEAD_TIME', 'SCHEDULING_WINDOW', 'EXAM_IN_PAST'] as const satisfies readonly ScheduleRule[];

/** The part of a jurisdiction rule scheduling needs; a JurisdictionRule row fits as it is. */
export interface SchedulingRule {
  /** e.g. 'US-NY', to name the jurisdiction in messages. */
  code?: string;
  /** Minimum notice to the claimant before the exam; null when the jurisdiction sets none. */
  noticeLeadDays: number | null;
  noticeLeadUnit: DayCountUnit;
  /** Calendar days after assignment within which the exam must take place; null when unlimited. */
  schedulingWindowDays: number | null;
  /** The window when the parties waive the limit (CA: 120 instead of 90). */
  schedulingWindowExtendedDays?: number | null;
}

export interface ScheduleViolation {
  rule: ScheduleRule;
  message: string;
}

export interface EarliestExamDateInput {
  rule: SchedulingRule;
  today: string;
  /** When the notice was (or will be) served; defaults to today, the earliest it can still be served. */
  noticeServedOn?: string | null;
  /** The jurisdiction's holidays, skipped by a lead time in business days (docs/rules.md, "Holidays"). */
  holidays?: Holidays;
}

export interface LatestExamDateInput {
  rule: SchedulingRule;
  assignedOn: string;
  windowWaived?: boolean;
}

export interface CheckScheduleInput extends EarliestExamDateInput {
  examDate: string;
  /** The day the examiner was assigned, from which the scheduling window runs. */
  assignedOn: string;
  windowWaived?: boolean;
}

function requireDate(value: string, name: string): void {
  if (!isIsoDate(value)) throw new RangeError(`${name} must be a date as YYYY-MM-DD, got '${value}'`);
}

const jurisdictionName = (rule: SchedulingRule) => rule.code || 'the jurisdiction';
const unitName = (unit: DayCountUnit) => (unit === 'BUSINESS_DAYS' ? 'business days' : 'calendar days');

/**
 * The first date the exam may take place: the notice lead time counted from the day the notice is served
 * (business days strictly after it, see addBusinessDays), and never before today. NY: a notice served on
 * Monday 2026-11-30 with 7 business days' lead allows an exam from Wednesday 2026-12-09.
 */
export function earliestExamDate({ rule, today, noticeServedOn, holidays }: EarliestExamDateInput): string {
  requireDate(today, 'today');
  const servedOn = noticeServedOn ?? today;
  requireDate(servedOn, 'noticeServedOn');
  if (rule.noticeLeadDays === null) return today;
  const earliest = deadline(servedOn, rule.noticeLeadDays, rule.noticeLeadUnit, holidays);
  return earliest < today ? today : earliest;
}

/**
 * The last date the exam may take place, or null without a window: the window in calendar days after
 * assignment, the extended window when the parties waived the limit (CA QME: 90 days, 120 if waived).
 */
export function latestExamDate({ rule, assignedOn, windowWaived }: LatestExamDateInput): string | null {
  requireDate(assignedOn, 'assignedOn');
  const days = windowDays(rule, windowWaived);
  return days === null ? null : addCalendarDays(assignedOn, days);
}

function windowDays(rule: SchedulingRule, windowWaived: boolean | undefined): number | null {
  if (rule.schedulingWindowDays === null) return null;
  if (windowWaived && rule.schedulingWindowExtendedDays != null) return rule.schedulingWindowExtendedDays;
  return rule.schedulingWindowDays;
}

/** Every rule a proposed exam date breaks; empty when it can be booked. */
export function checkSchedule(input: CheckScheduleInput): ScheduleViolation[] {
  const { rule, today, examDate, assignedOn, windowWaived } = input;
  requireDate(examDate, 'examDate');
  requireDate(assignedOn, 'assignedOn');
  const violations: ScheduleViolation[] = [];
  const where = jurisdictionName(rule);

  if (examDate < input.today) {
    violations.push({ rule: 'EXAM_IN_PAST', message: `the exam date ${examDate} is before today (${today})` });
  }

  // Claimant right to be informed (docs/rules.md, claimant rights); e.g. NY: notice at least 7 business days before the exam.
  if (rule.noticeLeadDays !== null) {
    const earliest = earliestExamDate(input);
    if (examDate < earliest) {
      violations.push({
        rule: 'NOTICE_LEAD_TIME',
        message: `${where} requires notice at least ${rule.noticeLeadDays} ${unitName(rule.noticeLeadUnit)} before the exam: earliest exam date is ${earliest}`,
      });
    }
  }

  // CA QME: the exam within 90 days of the appointment request, 120 if the parties waive the limit.
  const latest = latestExamDate({ rule, assignedOn, windowWaived });
  if (latest !== null && examDate > latest) {
    const days = windowDays(rule, windowWaived)!;
    const extension =
      !windowWaived && rule.schedulingWindowExtendedDays != null && rule.schedulingWindowExtendedDays > days
        ? ` (${rule.schedulingWindowExtendedDays} days if the parties waive the limit)`
        : '';
    violations.push({
      rule: 'SCHEDULING_WINDOW',
      message: `${where} requires the exam within ${days} days of assignment on ${assignedOn}${extension}: latest exam date is ${latest}`,
    });
  }
  return violations;
}
