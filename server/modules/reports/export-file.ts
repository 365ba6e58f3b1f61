import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export type Cell = string | number | Date | null;
export type Table = { headers: string[]; rows: Cell[][] };

const csvCell = (cell: Cell) => (cell instanceof Date ? cell.toISOString() : (cell ?? ''));

/**
 * CSV for Excel as Swedish offices have it: semicolon-separated, because Swedish Excel uses the
 * comma as decimal sign and splits a comma-separated file only when it is told to; and UTF-8
 * with a byte-order mark, without which Excel reads å, ä and ö as Windows-1252.
 */
export function toCsv(table: Table): Buffer {
  const text = stringify([table.headers, ...table.rows.map((row) => row.map(csvCell))], {
    delimiter: ';',
    bom: true,
    record_delimiter: 'windows',
  });
  return Buffer.from(text, 'utf8');
}

/** One worksheet with a bold, frozen header row and dates as real Excel dates. */
export async function toXlsx(sheetName: string, table: Table): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column, index) => {
    column.width = Math.min(60, Math.max(12, table.headers[index].length + 2));
    if (table.rows.some((row) => row[index] instanceof Date)) column.numFmt = 'yyyy-mm-dd hh:mm';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
