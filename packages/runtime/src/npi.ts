/**
 * National Provider Identifier check digit (CMS, "Requirements for National Provider Identifier (NPI) and NPI
 * Enumeration", check digit section). An NPI is 10 digits: 9 identifier digits and a Luhn check digit. Because
 * an NPI is also a card issuer identifier under ISO 7812, the Luhn formula is applied to the 9 digits prefixed
 * with the health-industry issuer prefix 80840; for NPIs used without the prefix, CMS says to add the constant
 * 24 to the doubled-digit sum, which is what the prefix contributes.
 *
 * A valid check digit catches typos; it does not mean the NPI is issued. The leading digit is not restricted
 * (CMS issues NPIs starting with 1 or 2 today but reserves the others).
 */

const HEALTH_INDUSTRY_PREFIX = '80840';

/** Luhn check digit for a string of digits: double every second digit from the right, starting with the last. */
function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = digits.length - 1, double = true; i >= 0; i -= 1, double = !double) {
    let digit = digits.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** The check digit that completes the first nine digits of an NPI; refuses anything but nine digits. */
export function npiCheckDigit(first9: string): number {
  if (!/^\d{9}$/.test(first9)) throw new RangeError(`An NPI check digit needs exactly 9 digits, got '${first9}'`);
  return luhnCheckDigit(HEALTH_INDUSTRY_PREFIX + first9);
}

/** True for exactly 10 digits (no spaces or dashes) whose last digit is the CMS check digit of the first nine. */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  return npiCheckDigit(npi.slice(0, 9)) === Number(npi[9]);
}
