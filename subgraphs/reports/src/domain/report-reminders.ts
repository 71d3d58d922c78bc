import { calendarDaysBetween } from '@imepanel/runtime/calendar';
import { isFinalReport, type ReportStatus } from './report-lifecycle';

/**
 * Which report reminder is due (docs/messaging.md, "Reminders"): to the examiner and QA two calendar days before
 * the report's due date (DUE_IN_2) and once it is past (OVERDUE), while the report is not final; and to QA a day
 * before the claimant's copy of a final report is due while it has not reached the claimant (CLAIMANT_COPY_DUE).
 * Each once: the reminder_sent key.
 */
export type ReportReminderThreshold = 'DUE_IN_2' | 'OVERDUE';

export function reportReminderDue(dueDate: string | null, status: ReportStatus, today: string): ReportReminderThreshold | null {
  if (dueDate === null || isFinalReport(status)) return null;
  const daysLeft = calendarDaysBetween(today, dueDate);
  if (daysLeft < 0) return 'OVERDUE';
  return daysLeft <= 2 ? 'DUE_IN_2' : null;
}

/** The claimant copy reminder: from a day before it is due, while the claimant has no copy. */
export function claimantCopyReminderDue(claimantCopyDueAt: Date | null, deliveredToClaimant: boolean, now: Date): boolean {
  return claimantCopyDueAt !== null && !deliveredToClaimant && now.getTime() >= claimantCopyDueAt.getTime() - 86_400_000;
}
