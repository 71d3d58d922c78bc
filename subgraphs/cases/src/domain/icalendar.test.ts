import { describe, expect, it } from 'vitest';
import { calendarFeed, foldLine, icsDateTime, icsText } from './icalendar';

describe('iCalendar feed', () => {
  it('writes UTC times and escapes text', () => {
    expect(icsDateTime(new Date('2026-12-10T13:00:00.000Z'))).toBe('20261210T130000Z');
    expect(icsText('Suite 4, 2nd floor; ring\\knock\nthen wait')).toBe('Suite 4\\, 2nd floor\\; ring\\\\knock\\nthen wait');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const folded = foldLine(`LOCATION:${'é'.repeat(60)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`LOCATION:${'é'.repeat(60)}`);
    expect(foldLine('SHORT:1')).toBe('SHORT:1');
  });

  it('writes a calendar with CRLF line ends and one VEVENT per booking', () => {
    const text = calendarFeed('Dr Ada, bookings', [
      {
        uid: 'a1@imepanel',
        start: new Date('2026-12-10T13:00:00Z'),
        end: new Date('2026-12-10T14:00:00Z'),
        summary: 'IME IME-2026-000123',
        location: '1 Main St, Albany, NY 12207',
        status: 'CONFIRMED',
        updatedAt: new Date('2026-12-01T15:00:00Z'),
        sequence: 1,
      },
    ]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    const lines = text.split('\r\n');
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('X-WR-CALNAME:Dr Ada\\, bookings');
    expect(lines).toContain('DTSTART:20261210T130000Z');
    expect(lines).toContain('LOCATION:1 Main St\\, Albany\\, NY 12207');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });
});
