import ExcelJS from 'exceljs';
import type { CsvCell } from '../../platform/csv';

export type Cell = CsvCell;
export type Table = { headers: string[]; rows: Cell[][] };

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
