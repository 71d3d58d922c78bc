import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { BULK_BUFFER_MINUTES, BULK_EXAM_MINUTES, BULK_MAX_EXAMS_PER_DAY, ExamCalendar } from './exam-calendar';

const NY = 'America/New_York';
const local = (ms: number, zone = NY) => DateTime.fromMillis(ms, { zone }).toFormat("ccc yyyy-MM-dd HH:mm");

describe('ExamCalendar (bulk bookings in free slots)', () => {
  it('books inside the working week on the grid, skipping weekends and holidays', () => {
    const calendar = new ExamCalendar(() => new Set(['2026-12-25']));
    // Thursday 24 December 2026, 16:40 New York: too late that day; Friday the 25th is a holiday, then the weekend.
    const at = calendar.book('e1', NY, 'US-NY', Date.parse('2026-12-24T21:40:00Z'));
    expect(local(at)).toBe('Mon 2026-12-28 08:00');
    // 10:10 local on a working day: the next grid slot, 10:30.
    expect(local(calendar.book('e2', NY, 'US-NY', Date.parse('2026-12-29T15:10:00Z')))).toBe('Tue 2026-12-29 10:30');
  });

  it('keeps one examiner’s bookings apart by the exam and its buffer, and under the daily maximum', () => {
    const calendar = new ExamCalendar(() => new Set());
    const monday = Date.parse('2026-03-09T12:00:00Z'); // 08:00 EDT, the day after the spring-forward change
    const starts = Array.from({ length: 20 }, () => calendar.book('e1', NY, 'US-NY', monday)).sort((a, b) => a - b);
    for (let i = 1; i < starts.length; i++) {
      expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual((BULK_EXAM_MINUTES + BULK_BUFFER_MINUTES) * 60_000);
    }
    const perDay = new Map<string, number>();
    for (const s of starts) {
      const day = local(s).slice(4, 14);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
      const time = local(s).slice(15);
      expect(time >= '08:00' && time <= '16:00', local(s)).toBe(true);
    }
    for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(BULK_MAX_EXAMS_PER_DAY);
    // Wall time, not UTC: the first booking is 08:00 local after the change (12:00Z, not 13:00Z).
    expect(local(starts[0]!)).toBe('Mon 2026-03-09 08:00');
    // Another examiner is not held up by the first one's bookings.
    expect(local(calendar.book('e2', NY, 'US-NY', monday))).toBe('Mon 2026-03-09 08:00');
  });

  it('reads the hours in the zone it is given', () => {
    const calendar = new ExamCalendar(() => new Set());
    expect(local(calendar.book('e1', 'America/Los_Angeles', 'US-CA', Date.parse('2026-03-09T12:00:00Z')), 'America/Los_Angeles')).toBe('Mon 2026-03-09 08:00');
  });
});
