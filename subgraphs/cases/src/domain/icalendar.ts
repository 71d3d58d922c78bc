/**
 * An iCalendar (RFC 5545) feed of an examiner's bookings (docs/rules.md, "Scheduling": calendars out). Written
 * here because no installed library writes iCalendar; the format is small: CRLF line ends, TEXT values escaped
 * (backslash, semicolon, comma, newline: §3.3.11), content lines folded at 75 octets (§3.1) without splitting a
 * UTF-8 character, times in UTC ("20261210T130000Z"). Events carry the case reference only, never the claimant.
 */

export interface CalendarEvent {
  /** Globally unique and stable across feeds: the appointment id with the platform's domain. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string | null;
  location?: string | null;
  /** A rescheduled or cancelled booking stays in the feed as CANCELLED, so subscribed calendars remove it. */
  status: 'CONFIRMED' | 'CANCELLED';
  /** When the booking last changed (DTSTAMP, LAST-MODIFIED). */
  updatedAt: Date;
  /** Bumped each time the booking changes: the appointment's version. */
  sequence: number;
}

/** An instant as an RFC 5545 UTC DATE-TIME. */
export function icsDateTime(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/** A TEXT value escaped (§3.3.11). */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** One content line folded at 75 octets: continuation lines start with a space (§3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line holds 75 octets; each continuation line 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The whole feed, as served with Content-Type text/calendar. */
export function calendarFeed(name: string, events: CalendarEvent[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//IME Panel//Examiner bookings//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${icsText(name)}`];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${icsDateTime(event.updatedAt)}`,
      `LAST-MODIFIED:${icsDateTime(event.updatedAt)}`,
      `SEQUENCE:${event.sequence}`,
      `DTSTART:${icsDateTime(event.start)}`,
      `DTEND:${icsDateTime(event.end)}`,
      `SUMMARY:${icsText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${icsText(event.description)}`] : []),
      ...(event.location ? [`LOCATION:${icsText(event.location)}`] : []),
      `STATUS:${event.status}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
