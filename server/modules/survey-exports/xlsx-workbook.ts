import ExcelJS from 'exceljs';
import type { Change, Figure } from '../../../common/contracts/survey-analysis';
import type { Locale } from '../../../common/roles';
import { exportWord, suppressedMark } from './labels';

type Cell = string | number | null;

/** One row of a figure table: the place columns, then the figure and (optionally) its change. */
export type FigureRow = { place: string[]; figure: Figure; change?: Change };
export type FigureSheet = {
  name: string;
  title: string;
  placeHeaders: string[];
  rows: FigureRow[];
  withChange: boolean;
  /** What the shares are, when not the top-two-box share of the scale (the default legend). */
  legend?: string;
};

const percentFormat = '0.0 %';
const pointsFormat = '+0.0;-0.0;0.0';

/** Excel refuses sheet names over 31 characters, with []:*?/\ or used twice. */
function sheetName(workbook: ExcelJS.Workbook, wanted: string): string {
  const clean = wanted
    .replace(/[[\]:*?/\\]/g, ' ')
    .slice(0, 31)
    .trim();
  let name = clean;
  for (let i = 2; workbook.getWorksheet(name); i++) name = `${clean.slice(0, 28)} ${i}`;
  return name;
}

function figureCells(figure: Figure): Cell[] {
  if (figure.visibility === 'suppressed')
    return [suppressedMark, suppressedMark, suppressedMark, suppressedMark];
  return [figure.share, figure.low, figure.high, figure.n];
}

function changeCells(change: Change | undefined): Cell[] {
  if (!change) return [suppressedMark, suppressedMark, suppressedMark, suppressedMark];
  return [change.diff * 100, change.low * 100, change.high * 100, change.words];
}

function headersOf(locale: Locale, sheet: FigureSheet): string[] {
  const word = (key: Parameters<typeof exportWord>[1]) => exportWord(locale, key);
  const change = sheet.withChange
    ? [word('change'), word('changeLow'), word('changeHigh'), word('verdict')]
    : [];
  return [
    ...sheet.placeHeaders,
    word('share'),
    word('low'),
    word('high'),
    word('n'),
    ...change,
    word('note'),
  ];
}

/** A sheet: title row, bold frozen header, one row per figure, then the legend. */
export function addFigureSheet(workbook: ExcelJS.Workbook, locale: Locale, sheet: FigureSheet) {
  const ws = workbook.addWorksheet(sheetName(workbook, sheet.name), {
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  ws.addRow([sheet.title]).font = { bold: true, size: 13 };
  const headers = headersOf(locale, sheet);
  ws.addRow(headers).font = { bold: true };
  for (const row of sheet.rows) {
    const note = row.figure.visibility === 'uncertain' ? exportWord(locale, 'uncertain') : null;
    const change = sheet.withChange ? changeCells(row.change) : [];
    ws.addRow([...row.place, ...figureCells(row.figure), ...change, note]);
  }
  ws.addRow([]);
  ws.addRow([sheet.legend ?? exportWord(locale, 'legend')]).font = { italic: true };
  const first = sheet.placeHeaders.length + 1;
  headers.forEach((header, index) => {
    const column = ws.getColumn(index + 1);
    column.width = Math.min(40, Math.max(12, header.length + 2));
    if (index + 1 >= first && index + 1 < first + 3) column.numFmt = percentFormat;
    if (sheet.withChange && index + 1 >= first + 4 && index + 1 < first + 7) column.numFmt = pointsFormat;
  });
}

export async function workbookBuffer(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Trygg';
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
