import { daysFromToday, relativeDays } from '../common/dates';

/** A due date in words for the people waiting on it: "2026-12-14 (in 13 days)", "overdue" once it has passed. */
export function dueInWords(dueDate: string | null | undefined, done = false): string {
  if (!dueDate) return '—';
  if (done) return dueDate;
  const days = daysFromToday(dueDate);
  return days < 0 ? `${dueDate} (overdue, ${relativeDays(days)})` : `${dueDate} (${relativeDays(days)})`;
}

/** Statuses of a case whose report is no longer awaited. */
const REPORT_NO_LONGER_AWAITED = ['REPORTED', 'CLOSED', 'CANCELLED'];

/**
 * When a case's report is due: the date the client asked for, else the IME report's own due date (set by the
 * jurisdiction's rule from the exam date, docs/rules.md), in words; "after the exam" while neither is known.
 */
export function caseReportDue(c: Record<string, any>): string {
  const reports = (c.reports ?? []) as { kind: string; dueDate?: string | null }[];
  const due: string | null = c.dueDate ?? reports.find((r) => r.kind === 'IME')?.dueDate ?? null;
  if (!due) return c.status && REPORT_NO_LONGER_AWAITED.includes(c.status) ? '—' : 'set at the exam';
  return dueInWords(due, Boolean(c.status && REPORT_NO_LONGER_AWAITED.includes(c.status)));
}
