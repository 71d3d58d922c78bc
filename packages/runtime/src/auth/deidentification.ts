/**
 * De-identified rows (docs/security.md, "De-identified rows"). Roles that may not read claimant data — ANALYST,
 * and any role this code does not know — read cases and reports without direct identifiers, names of people,
 * free text or exact dates: each exact date has a month field beside it (`createdAt` → `createdMonth`), and the
 * date filters such a caller may send are whole months. The fields are guarded with
 * `@Authorized(...IDENTIFIED_ROW_ROLES)`, so a de-identified caller gets null and FORBIDDEN there.
 */
import { badUserInput, type FieldError } from '../errors';
import type { Actor } from '../graphql/context';
import type { Role } from './roles';

/**
 * Roles (besides ADMIN, which passes every check) that read rows with their exact dates, names of people and
 * free text: the owning client, the assigned examiner, and services calling each other (deadlines and
 * reports are computed from exact dates).
 */
export const IDENTIFIED_ROW_ROLES = ['CLIENT', 'EXAMINER', 'SERVICE'] as const satisfies readonly Role[];

const IDENTIFIED: ReadonlySet<string> = new Set(['ADMIN', ...IDENTIFIED_ROW_ROLES]);

/** Whether the caller reads de-identified rows and statistics: everyone but ADMIN, CLIENT, EXAMINER and SERVICE. */
export function readsDeidentifiedData(actor: Pick<Actor, 'role'> | null | undefined): boolean {
  return !(actor && IDENTIFIED.has(actor.role));
}

/** The calendar month (UTC) of a timestamp or of a `YYYY-MM-DD` day, as `2026-11`; null stays null. */
export function calendarMonth(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return /^\d{4}-\d{2}/.test(value) ? value.slice(0, 7) : null;
  return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 7);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a `YYYY-MM-DD` day is the first (`start`) or the last (`end`) day of its month. */
export function isMonthBoundary(day: string, end: 'start' | 'end'): boolean {
  const match = DAY.exec(day);
  if (!match) return false;
  const [year, month, date] = match.slice(1).map(Number);
  if (end === 'start') return date === 1;
  return date === new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A day a date filter starts (`start`, on or after) or ends (`end`, on or before) on, named as the caller sent it. */
export interface DateBound {
  field: string;
  value: string | null | undefined;
  end: 'start' | 'end';
}

/** The bounds that are not whole months, as field errors naming the caller's fields. */
export function wholeMonthErrors(bounds: readonly DateBound[]): FieldError[] {
  return bounds
    .filter((b) => b.value && !isMonthBoundary(b.value, b.end))
    .map((b) => ({
      field: b.field,
      message:
        b.end === 'start'
          ? `de-identified data is filtered by whole months: ${b.field} must be the first day of a month, e.g. ${b.value!.slice(0, 7)}-01`
          : `de-identified data is filtered by whole months: ${b.field} must be the last day of a month`,
    }));
}

/**
 * Refuses, with BAD_USER_INPUT naming the fields, date filters that are not whole months from a caller who reads
 * de-identified data: a filter by day would tell which rows fall on that day, an exact date by another name.
 */
export function assertWholeMonthsFor(actor: Pick<Actor, 'role'> | null | undefined, bounds: readonly DateBound[]): void {
  if (!readsDeidentifiedData(actor)) return;
  const errors = wholeMonthErrors(bounds);
  if (errors.length) throw badUserInput(errors);
}
