import { CsvError, parse } from 'csv-parse/sync';
import { ImportError } from './import-error';
import type { Translate } from './import-messages';

/** One data row of a CSV file: its 1-based line in the file and its fields by column name. */
export type CsvRow = { line: number; fields: Record<string, string>; fieldCount: number };
export type CsvTable = { header: string[]; rows: CsvRow[] };

/**
 * Spreadsheets in Sweden save CSV with semicolons (the comma is the decimal sign), others with
 * commas; the header line tells which.
 */
export function detectDelimiter(text: string): ',' | ';' {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

type ParsedRecord = { record: string[]; info: { lines: number } };

/** Parses CSV text (UTF-8, BOM optional) into a header and rows; syntax errors name the line. */
export function readCsvTable(text: string, t: Translate): CsvTable {
  let records: ParsedRecord[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    throw syntaxError(error, t);
  }
  const [headerRecord, ...data] = records;
  const header = (headerRecord?.record ?? []).map((name) => name.trim().toLowerCase());
  const rows = data.map(({ record, info }) => ({
    line: info.lines,
    fieldCount: record.length,
    fields: Object.fromEntries(header.map((name, i) => [name, record[i] ?? ''])),
  }));
  return { header, rows };
}

function syntaxError(error: unknown, t: Translate): ImportError {
  const detail = error instanceof Error ? error.message : String(error);
  const line = error instanceof CsvError && typeof error.lines === 'number' ? error.lines : undefined;
  return new ImportError([{ line, path: 'csv', message: t('csvSyntax', { detail }) }]);
}
