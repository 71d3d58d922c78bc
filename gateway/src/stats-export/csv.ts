/** A CSV cell: text, a number, a flag, or empty. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Where a spreadsheet could start a cell inside a text: at its start, or after a separator or line break — a
 * locale that separates with `;` (or a tab) splits `Whitcombe;=cmd|…` into a cell starting with `=` — followed
 * by a character that makes the cell a formula (=, +, -, @, tab or carriage return: OWASP, "CSV Injection").
 */
const FORMULA_AT_A_CELL_START = /(?<=^|[,;\t\r\n])(?=[=+\-@\t\r])/g;

/**
 * One CSV cell. Client or examiner names come from users, so text is defused: an apostrophe goes before every
 * formula character that could start a cell, whichever separator the reading spreadsheet uses. Text holding a
 * separator (`,` or `;`), a quote, a tab or a line break is quoted (RFC 4180, quotes doubled). Numbers are
 * written as numbers, negative ones too (`-3`): a spreadsheet reads them as values, never as formulas, and an
 * apostrophe would turn them into text; only text that starts like a formula (`-3 days`) gets one.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = value.replace(FORMULA_AT_A_CELL_START, "'");
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document: a header line and one line per row, CRLF line ends (what spreadsheets expect). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
