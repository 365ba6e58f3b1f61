import { CsvError, parse } from 'csv-parse/sync';
import type { FieldIssue } from '../../../../common/errors';
import type { SurveyImportTranslate } from './messages';

export const separators = [';', ',', '\t'] as const;
export type Separator = (typeof separators)[number];
/** One data row: the line it starts on in the file (1-based) and its cells, trimmed. */
export type TableRow = { line: number; cells: string[] };
export type ImportTable = { header: string[]; rows: TableRow[]; separator: Separator };
export type ReadTableResult = { table: ImportTable; issues: FieldIssue[] };

type ParsedRecord = { record: string[]; info: { lines: number; empty_lines: number } };

/**
 * Reads CSV text into a header and rows. Rows with no content at all (blank lines, and the
 * ";;;;" lines Excel writes for empty spreadsheet rows) are left out. Never throws: a file that
 * is not CSV gives an empty table and an issue naming the line where reading stopped.
 */
export function readTable(text: string, t: SurveyImportTranslate): ReadTableResult {
  const separator = detectSeparator(text);
  let records: ParsedRecord[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: separator,
      info: true,
      relax_column_count: true,
      // Vendor files write inch marks and quotes inside unquoted cells; take them literally.
      relax_quotes: true,
      skip_empty_lines: true,
      // Spaces around a quoted cell (`; "a;b" ;`) belong to no cell.
      trim: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    return { table: { header: [], rows: [], separator }, issues: [syntaxIssue(error, t)] };
  }
  return { table: toTable(records, separator), issues: [] };
}

function toTable(records: ParsedRecord[], separator: Separator): ImportTable {
  const rows: TableRow[] = [];
  let header: string[] | null = null;
  let endLine = 0;
  let emptyLines = 0;
  for (const { record, info } of records) {
    // csv-parse reports the line a record ends on; a quoted cell may span lines, so the start is
    // the line after the previous record plus the blank lines skipped in between.
    const line = endLine + 1 + (info.empty_lines - emptyLines);
    endLine = info.lines;
    emptyLines = info.empty_lines;
    const cells = record.map((cell) => cell.trim());
    if (header === null) header = cells;
    else if (cells.some((cell) => cell !== '')) rows.push({ line, cells });
  }
  return { header: header ?? [], rows, separator };
}

/**
 * The separator is the one of ; , and tab that occurs most often in the header line outside
 * quotes. Swedish Excel writes semicolons (the comma is the decimal sign), most other tools
 * commas, and Excel's "Unicode text" tabs. Ties go to the semicolon, then the comma.
 */
export function detectSeparator(text: string): Separator {
  const counts: Record<Separator, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  let seenContent = false;
  for (const char of text.replace(/^\uFEFF/, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (seenContent) break;
    } else if (!quoted && char in counts) counts[char as Separator] += 1;
    if (char.trim() !== '') seenContent = true;
  }
  return separators.reduce((best, next) => (counts[next] > counts[best] ? next : best));
}

function syntaxIssue(error: unknown, t: SurveyImportTranslate): FieldIssue {
  const detail = error instanceof Error ? error.message : String(error);
  const line = error instanceof CsvError && typeof error.lines === 'number' ? error.lines : undefined;
  const issue = { path: 'csv', message: t('csvSyntax', { detail }) };
  return line === undefined ? issue : { line, ...issue };
}
