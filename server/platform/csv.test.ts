import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { formulaCell, hostileTexts } from '../testing/formula-cells';
import { csvCell, toCsv } from './csv';

const serverRoot = path.resolve(import.meta.dirname, '..');

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return (
    entries
      // Tests and their helpers write CSV uploads as input; only what the server sends counts.
      .filter((entry) => entry.isFile() && /\.ts$/.test(entry.name) && !/^test-|\.test\.ts$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name))
  );
}

describe('the shared CSV writer', () => {
  it('prefixes every text cell starting with a formula character with a quote, and nothing else', () => {
    for (const text of hostileTexts) expect(csvCell(text)).toBe(`'${text}`);
    expect(csvCell('Lampan är trasig')).toBe('Lampan är trasig');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('')).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(new Date('2026-12-01T10:00:00Z'))).toBe('2026-12-01T10:00:00.000Z');
    // A number the server computed is a number, not a formula: -3 stays -3.
    expect(csvCell(-3)).toBe(-3);
  });

  it('writes no text cell, header or value, that a spreadsheet would run (numbers stay numbers)', () => {
    const file = toCsv(['=header', 'ok'], [...hostileTexts.map((text) => [text, -1.5])]);
    const rows: string[][] = parse(file, { delimiter: ';', bom: true, relax_quotes: true });
    const cells = rows.flat();
    expect(cells).toHaveLength(2 * (hostileTexts.length + 1));
    expect(cells.filter((cell) => formulaCell.test(cell))).toEqual(hostileTexts.map(() => '-1.5'));
  });

  it('is the only CSV writer: no other module imports csv-stringify or sends text/csv without it', async () => {
    const own = path.join(serverRoot, 'platform', 'csv.ts');
    const writers: string[] = [];
    for (const file of await sourceFiles(serverRoot)) {
      if (file === own) continue;
      const source = await readFile(file, 'utf8');
      const stringifies = /['"]csv-stringify/.test(source);
      const sendsCsv = /text\/csv/.test(source) && !/platform\/csv['"]/.test(source);
      if (stringifies || sendsCsv) writers.push(path.relative(serverRoot, file));
    }
    expect(
      writers,
      'Write CSV through toCsv in server/platform/csv.ts, which neutralises formula cells',
    ).toEqual([]);
  });
});
