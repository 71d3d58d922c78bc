/** A CSV cell: text, a number, a flag, or empty. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Quotes a cell per RFC 4180 (quotes doubled; cells with a comma, quote or line break enclosed), and defuses
 * text a spreadsheet would run as a formula (a leading =, +, -, @, tab or carriage return) with a leading
 * apostrophe: client or examiner names come from users.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document: a header line and one line per row, CRLF line ends (what spreadsheets expect). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
