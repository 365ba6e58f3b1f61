import { describe, expect, it } from 'vitest';
import { detectSeparator, readTable } from './read-table';
import { en } from './test-csv';

describe('readTable', () => {
  it('detects the separator from the header line, outside quotes', () => {
    expect(detectSeparator('Område;F1;F2\n')).toBe(';');
    expect(detectSeparator('\uFEFFarea,q1,q2\n')).toBe(',');
    expect(detectSeparator('area\tq1\tq2')).toBe('\t');
    expect(detectSeparator('"a;b;c",x,y\n')).toBe(',');
    expect(detectSeparator('\n\nOmråde;F1,x\n')).toBe(';');
  });

  it('keeps quoted separators, quotes and line breaks, and trims cells', () => {
    const text = 'Område;Frisvar\r\nA1;"Mörkt; ingen lampa ""vid"" porten"\r\nA2; "två\r\nrader" \r\n';
    const { table, issues } = readTable(text, en);
    expect(issues).toEqual([]);
    expect(table.separator).toBe(';');
    expect(table.header).toEqual(['Område', 'Frisvar']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['A1', 'Mörkt; ingen lampa "vid" porten'] },
      { line: 3, cells: ['A2', 'två\r\nrader'] },
    ]);
  });

  it('skips blank lines and the ";;;" lines of empty spreadsheet rows, keeping line numbers', () => {
    const text = 'a,b\n\n1,2\n,\n   \n3,"x\ny"\n4,5\n\n\n';
    const { table } = readTable(text, en);
    expect(table.rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [3, '1'],
      [6, '3'],
      [8, '4'],
    ]);
  });

  it('reports a quote left open with its line instead of throwing', () => {
    const { table, issues } = readTable('a;b\n1;2\n3;"open\n4;5\n', en);
    expect(table.rows).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ path: 'csv', line: expect.any(Number) })]);
    expect(issues[0]?.message).toMatch(/could not be read/);
  });

  it('gives an empty table for an empty file', () => {
    expect(readTable('', en)).toEqual({ table: { header: [], rows: [], separator: ';' }, issues: [] });
  });
});
