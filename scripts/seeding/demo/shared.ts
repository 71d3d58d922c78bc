import { normaliseIdentity, npiCheckDigit } from '@imepanel/runtime';
import type { Random } from '../random';

/**
 * What the three demo seeders (examiners, cases, reports) draw the same way: dates moved by days, e-mail
 * names, and NPIs unique across the demo (examiners and treating providers alike).
 */

const MS_PER_DAY = 86_400_000;

/** `date` ('YYYY-MM-DD') moved by a signed number of calendar days. */
export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Lower-case ASCII for e-mail addresses: "Benítez" → "benitez". */
export function asciiSlug(text: string): string {
  return normaliseIdentity(text).replace(/[^a-z]/g, '');
}

/** A valid NPI for an individual provider ('1', eight random digits and the CMS check digit) not yet in `taken`. */
export function newNpi(random: Random, taken: Set<string>): string {
  for (;;) {
    const first9 = `1${random.digits(8)}`;
    const npi = `${first9}${npiCheckDigit(first9)}`;
    if (!taken.has(npi)) {
      taken.add(npi);
      return npi;
    }
  }
}
