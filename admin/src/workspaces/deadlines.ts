import { daysFromToday, relativeDays } from '../common/dates';

/** A due date in words for the people waiting on it: "2026-12-14 (in 13 days)", "overdue" once it has passed. */
export function dueInWords(dueDate: string | null | undefined, done = false): string {
  if (!dueDate) return '—';
  if (done) return dueDate;
  const days = daysFromToday(dueDate);
  return days < 0 ? `${dueDate} (overdue, ${relativeDays(days)})` : `${dueDate} (${relativeDays(days)})`;
}
