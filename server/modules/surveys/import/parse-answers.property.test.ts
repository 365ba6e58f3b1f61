import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ScaleAnswer, scaleAnswers, scaleLabels } from '../../../../common/surveys/answer-scale';
import { type ColumnMapping, suggestMapping } from './column-mapping';
import { decodeImportFile } from './decode';
import { parseAnswers } from './parse-answers';
import { readTable } from './read-table';
import { en, largeAnswerFile, largeFileAreas, questions, toCsv, utf8, windows1252 } from './test-csv';

const areaCodes = new Set(['FITTJA', 'ALBY', 'Norsborg']);
const scaleKeys = questions.filter((q) => q.kind === 'scale').map((q) => q.key);
const header = ['area_code', 'building_external_id', 'answered', ...scaleKeys, 'unsafe_places_text'];
const mapping: ColumnMapping = {
  areaCode: 0,
  buildingExternalId: 1,
  entranceLabel: null,
  answered: { column: 2 },
  questions: {
    ...Object.fromEntries(scaleKeys.map((key, i) => [key, i + 3])),
    unsafe_places_text: 3 + scaleKeys.length,
  },
  scaleCodes: {},
};

/** Text Windows-1252 can hold, with the characters that need quoting in CSV. */
const cellText = fc
  .string({ unit: fc.constantFrom(...'abzÅÄÖåäöé€ 0123;,"\t\n\r'.split('')), maxLength: 20 })
  .map((text) => text.trim());
const answer = fc.option(fc.constantFrom<ScaleAnswer>(...scaleAnswers), { nil: null });
const row = fc.record({
  areaCode: fc.constantFrom(...areaCodes),
  building: cellText,
  month: fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 })),
  day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }),
  answers: fc.array(answer, { minLength: scaleKeys.length, maxLength: scaleKeys.length }),
  text: cellText.filter((text) => text !== ''),
});
const style = fc.constantFrom('digit', 'sv', 'en', 'upper');

function cellOf(value: ScaleAnswer | null, how: string): string {
  if (value === null) return '';
  if (how === 'digit' && value !== 'dont_know') return String(value);
  if (how === 'en') return scaleLabels[value].en;
  return how === 'upper' ? scaleLabels[value].sv.toUpperCase() : scaleLabels[value].sv;
}

describe('parseAnswers, properties', () => {
  it('reads back any valid table, whatever the encoding, separator and line ends', () => {
    const file = fc.record({
      rows: fc.array(row, { minLength: 1, maxLength: 15 }),
      style,
      separator: fc.constantFrom(';', ',', '\t'),
      eol: fc.constantFrom('\r\n', '\n'),
      encoding: fc.constantFrom('windows-1252', 'utf-8', 'utf-8+bom'),
    });
    fc.assert(
      fc.property(file, ({ rows, style: how, separator, eol, encoding }) => {
        const month = ([y, m]: [number, number]) => `${y}-${String(m).padStart(2, '0')}`;
        const cells = rows.map((r) => [
          r.areaCode,
          r.building,
          r.day === null ? month(r.month) : `${month(r.month)}-${String(r.day).padStart(2, '0')}`,
          ...r.answers.map((a) => cellOf(a, how)),
          r.text,
        ]);
        const text = toCsv([header, ...cells], separator, eol);
        const bytes = encoding === 'windows-1252' ? windows1252(text) : utf8(text, encoding === 'utf-8+bom');
        const { table, issues } = readTable(decodeImportFile(bytes).text, en);
        expect(issues).toEqual([]);
        const result = parseAnswers({ table, mapping, questions, areaCodes, t: en });
        expect(result.issues).toEqual([]);
        expect(result.rows).toEqual(
          rows.map((r) => ({
            line: expect.any(Number),
            areaCode: r.areaCode,
            buildingExternalId: r.building || null,
            entranceLabel: null,
            answeredMonth: month(r.month),
            answers: Object.fromEntries(r.answers.flatMap((a, i) => (a === null ? [] : [[scaleKeys[i], a]]))),
            choices: {},
            choiceLists: {},
            texts: { unsafe_places_text: r.text },
          })),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on garbage: bytes, CSV-like text and any mapping give issues instead', () => {
    const token = fc.constantFrom(
      ';',
      ',',
      '"',
      '\n',
      '\r\n',
      '\t',
      'Mycket bra',
      '1',
      '5',
      'ALBY',
      '2019-03',
      ' ',
      'x',
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(token, { maxLength: 60 }).map((tokens) => tokens.join('')),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => decodeImportFile(bytes).text),
    );
    const column = fc.option(fc.integer({ min: -2, max: 8 }), { nil: null });
    const anyMapping = fc.record({
      areaCode: column,
      buildingExternalId: column,
      entranceLabel: column,
      answered: fc.option(
        fc.oneof(fc.record({ column: fc.integer({ min: -1, max: 8 }) }), fc.record({ month: fc.string() })),
        { nil: null },
      ),
      questions: fc.dictionary(
        fc.constantFrom(...questions.map((q) => q.key), 'nope'),
        fc.integer({ min: -1, max: 8 }),
      ),
      scaleCodes: fc.record({
        fourIsBest: fc.boolean(),
        dontKnowCode: fc.option(fc.string({ maxLength: 2 })),
      }),
    });
    fc.assert(
      fc.property(text, fc.option(anyMapping, { nil: undefined }), (input, chosen) => {
        const { table, issues } = readTable(input, en);
        const result = parseAnswers({
          table,
          mapping: chosen ?? suggestMapping(table.header, questions),
          questions,
          areaCodes,
          t: en,
        });
        for (const issue of [...issues, ...result.issues]) {
          expect(typeof issue.path).toBe('string');
          expect(issue.message.length).toBeGreaterThan(0);
        }
        for (const parsed of result.rows) expect(areaCodes.has(parsed.areaCode)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a vendor file of 100 000 responses × 12 questions', () => {
    const text = largeAnswerFile(100_000);
    const { table, issues } = readTable(decodeImportFile(windows1252(text)).text, en);
    expect(issues).toEqual([]);
    const mapping = suggestMapping(table.header, questions);
    expect(Object.keys(mapping.questions)).toHaveLength(12);
    const result = parseAnswers({ table, mapping, questions, areaCodes: largeFileAreas, t: en });
    expect(result.issues).toEqual([]);
    expect(result.rows).toHaveLength(100_000);
    expect(result.rows[99_999]?.line).toBe(100_001);
  });
});
