import { DateTime } from 'luxon';

/**
 * The bulk dataset's bookings, kept per examiner so every appointment it writes is a real free slot
 * (docs/rules.md, "Scheduling"): inside the bulk working week (weekdays 08:00–17:00 in the office's zone, the hours
 * seed:bulk gives every examiner), on the 30-minute grid, not on a holiday of the jurisdiction, and clear of the
 * examiner's other bookings with the 15 minutes' buffer each holds — so the exclusion constraint rebuilt after
 * the load holds, and no day passes the daily maximum. Deterministic: no random draws, so the rest of the dataset
 * draws exactly as before. Pure: no I/O.
 */
export const BULK_HOURS = { weekdays: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' } as const;
export const BULK_EXAM_MINUTES = 60;
export const BULK_BUFFER_MINUTES = 15;
export const BULK_SLOT_MINUTES = 30;
export const BULK_MAX_EXAMS_PER_DAY = 8;

const SLOTS_PER_DAY = ((17 - 8) * 60 - BULK_EXAM_MINUTES) / BULK_SLOT_MINUTES + 1; // 08:00 … 16:00
/** Two grid slots closer than this hold overlapping time (exam plus buffer). */
const MIN_GAP = Math.ceil((BULK_EXAM_MINUTES + BULK_BUFFER_MINUTES) / BULK_SLOT_MINUTES);
/** How far ahead a booking looks for a free slot before giving up (a year of working days is plenty). */
const MAX_DAYS_AHEAD = 366;

export class ExamCalendar {
  /** Grid slots taken, per `${examinerId}|${local date}`. */
  private readonly taken = new Map<string, number[]>();

  constructor(private readonly holidays: (jurisdiction: string) => ReadonlySet<string>) {}

  /**
   * Books the examiner's first free slot starting at or after `notBefore` (ms) in `zone` and answers its start
   * (ms). Throws when there is none within a year (an examiner booked solid: not what the generator draws).
   */
  book(examinerId: string, zone: string, jurisdiction: string, notBefore: number): number {
    const holidays = this.holidays(jurisdiction);
    let day = DateTime.fromMillis(notBefore, { zone }).startOf('day');
    for (let d = 0; d < MAX_DAYS_AHEAD; d++, day = day.plus({ days: 1 })) {
      const date = day.toISODate()!;
      if (!(BULK_HOURS.weekdays as readonly number[]).includes(day.weekday) || holidays.has(date)) continue;
      const key = `${examinerId}|${date}`;
      const used = this.taken.get(key) ?? [];
      if (used.length >= BULK_MAX_EXAMS_PER_DAY) continue;
      const opening = DateTime.fromISO(`${date}T${BULK_HOURS.start}`, { zone });
      for (let slot = 0; slot < SLOTS_PER_DAY; slot++) {
        const start = opening.plus({ minutes: slot * BULK_SLOT_MINUTES });
        if (start.toMillis() < notBefore) continue;
        if (used.some((u) => Math.abs(u - slot) < MIN_GAP)) continue;
        used.push(slot);
        this.taken.set(key, used);
        return start.toMillis();
      }
    }
    throw new Error(`Examiner ${examinerId} has no free slot within ${MAX_DAYS_AHEAD} days of ${new Date(notBefore).toISOString()}`);
  }
}
