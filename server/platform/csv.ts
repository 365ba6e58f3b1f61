import { stringify } from 'csv-stringify/sync';

/** What a CSV cell may hold: dates are written as ISO 8601, null as an empty cell. */
export type CsvCell = string | number | Date | null;

/**
 * Characters that make Excel, LibreOffice and Google Sheets read a cell as a formula (OWASP's
 * "CSV injection" list): `=`, `+`, `-`, `@`, and tab or carriage return, which some of them skip
 * before looking for the others.
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A cell as written: text that would start a formula gets a leading `'`, so a tenant's
 * `=HYPERLINK(…)` is shown as text instead of run on a coordinator's machine. Numbers stay numbers
 * (a cost of -3 is still -3): only text can carry a formula, and every number we write is a
 * number the server computed, never text a user typed.
 */
export function csvCell(cell: CsvCell): string | number {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === 'number') return cell;
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/**
 * The one CSV writer of Trygg (csv.test.ts fails if another module imports csv-stringify): for
 * Excel as Swedish offices have it, semicolon-separated, because Swedish Excel uses the comma as
 * decimal sign and splits a comma-separated file only when told to; UTF-8 with a byte-order mark,
 * without which Excel reads å, ä and ö as Windows-1252; and every cell through csvCell.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): Buffer {
  const text = stringify([headers.map(csvCell), ...rows.map((row) => row.map(csvCell))], {
    delimiter: ';',
    bom: true,
    record_delimiter: 'windows',
  });
  return Buffer.from(text, 'utf8');
}
