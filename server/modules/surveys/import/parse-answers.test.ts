import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from './column-mapping';
import { suggestMapping } from './column-mapping';
import { decodeImportFile } from './decode';
import { type ParseAnswersResult, parseAnswers } from './parse-answers';
import { readTable } from './read-table';
import { en, questions, sv, toCsv, utf8, windows1252 } from './test-csv';

const areaCodes = new Set(['FITTJA', 'ALBY', 'Norsborg']);
const header = [
  'Område',
  'Hus',
  'Datum',
  'Trygghet kvällstid',
  'Trapphus',
  'Ålder',
  'Var känner du dig otrygg?',
];
const rows = [
  ['FITTJA', 'B-12', '2019-03-14', 'Mycket bra', 'Inte så bra', '70 år eller äldre', 'Vid källaren; mörkt'],
  ['alby', '', '2019-03', '2', 'Vet ej', '', ''],
  ['Norsborg', 'B-7', '20190401', 'dålig', '', 'Under 25', '"Ingen" belysning'],
];

function parseFile(bytes: Uint8Array, mapping?: Partial<ColumnMapping>, t = en): ParseAnswersResult {
  const { table, issues } = readTable(decodeImportFile(bytes).text, t);
  expect(issues).toEqual([]);
  const full = { ...suggestMapping(table.header, questions), ...mapping };
  return parseAnswers({ table, mapping: full, questions, areaCodes, t });
}

describe('parseAnswers', () => {
  it('reads the place, month and answers of every row', () => {
    const { rows: parsed, issues } = parseFile(utf8(toCsv([header, ...rows])));
    expect(issues).toEqual([]);
    expect(parsed).toEqual([
      {
        line: 2,
        areaCode: 'FITTJA',
        buildingExternalId: 'B-12',
        entranceLabel: null,
        answeredMonth: '2019-03',
        answers: { safety_evening_area: 1, safety_stairwell: 3 },
        choices: { age_group: 'age_70_plus' },
        choiceLists: {},
        texts: { unsafe_places_text: 'Vid källaren; mörkt' },
      },
      {
        line: 3,
        areaCode: 'ALBY',
        buildingExternalId: null,
        entranceLabel: null,
        answeredMonth: '2019-03',
        answers: { safety_evening_area: 2, safety_stairwell: 'dont_know' },
        choices: {},
        choiceLists: {},
        texts: {},
      },
      expect.objectContaining({
        areaCode: 'Norsborg',
        answeredMonth: '2019-04',
        answers: { safety_evening_area: 4 },
        choices: { age_group: 'age_under_25' },
        choiceLists: {},
        texts: { unsafe_places_text: '"Ingen" belysning' },
      }),
    ]);
  });

  it('gives the same rows from Windows-1252, UTF-8 and UTF-8 with BOM, with ; or , or tab', () => {
    const expected = parseFile(utf8(toCsv([header, ...rows])));
    for (const separator of [';', ',', '\t'])
      for (const eol of ['\r\n', '\n']) {
        const text = toCsv([header, ...rows], separator, eol);
        expect(parseFile(windows1252(text))).toEqual(expected);
        expect(parseFile(utf8(text, true))).toEqual(expected);
      }
  });

  it('names unknown areas, labels, options and bad dates with line, column and value', () => {
    const bad = [
      ['Fittja Norra', 'B-1', '2019-02-30', 'Bra', '6', 'Gammal', ''],
      ['', 'B-2', '', '', '', '', ''],
    ];
    const { rows: parsed, issues } = parseFile(utf8(toCsv([header, ...rows, ...bad])), {}, sv);
    expect(parsed).toHaveLength(3);
    expect(issues).toEqual([
      { line: 5, path: 'Område', message: 'det finns inget område med koden "Fittja Norra"' },
      { line: 5, path: 'Datum', message: '"2019-02-30" är inget datum; skriv ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM' },
      { line: 5, path: 'Trygghet kvällstid', message: expect.stringContaining('okänt svar "Bra"') },
      { line: 5, path: 'Trapphus', message: expect.stringContaining('okänt svar "6"') },
      {
        line: 5,
        path: 'Ålder',
        message: expect.stringMatching(/^okänt svar "Gammal"; tillåtet är Yngre än 25 år, /),
      },
      { line: 6, path: 'Område', message: 'måste anges' },
      { line: 6, path: 'Datum', message: 'måste anges' },
      { line: 6, path: 'csv', message: 'raden har inga svar' },
    ]);
  });

  it('takes one month for the whole file, the "5 = vet ej" convention and own wordings when told', () => {
    const text = toCsv([
      ['Område', 'F1', 'Ålder'],
      ['ALBY', '5', '65+'],
    ]);
    const mapping = {
      answered: { month: '2018-11' },
      scaleCodes: { dontKnowCode: '5' },
      optionValues: { age_group: { '65+': 'age_55_69' } },
    };
    const { rows: parsed, issues } = parseFile(utf8(text), mapping);
    expect(issues).toEqual([]);
    expect(parsed[0]).toMatchObject({
      answeredMonth: '2018-11',
      answers: { safety_evening_area: 'dont_know' },
      choices: { age_group: 'age_55_69' },
      choiceLists: {},
    });
  });

  it('refuses an incomplete or contradictory mapping before reading any row', () => {
    const { table } = readTable(toCsv([header, ...rows]), en);
    const mapping: ColumnMapping = {
      areaCode: null,
      buildingExternalId: 0,
      entranceLabel: 9,
      answered: { month: '2019-13' },
      questions: { safety_stairwell: 0, no_such_question: 1, unsafe_places_map: 2 },
      scaleCodes: {},
      optionValues: { age_group: { x: 'age_99' } },
    };
    const result = parseAnswers({ table, mapping, questions, areaCodes, t: en });
    expect(result.rows).toEqual([]);
    expect(result.issues.map((issue) => issue.path)).toEqual([
      'mapping.areaCode',
      'mapping.entranceLabel',
      'mapping.answered.month',
      'mapping.questions.safety_stairwell',
      'mapping.questions.no_such_question',
      'mapping.questions.unsafe_places_map',
    ]);
    expect(result.issues.every((issue) => issue.line === undefined)).toBe(true);
  });

  it('names a row with more cells than the header, and an empty file', () => {
    const text = `${toCsv([header, rows[0] ?? []], ',')}ALBY,,2019-03,1,1,,,stray\n`;
    expect(parseFile(utf8(text)).issues).toEqual([
      { line: 3, path: 'csv', message: 'the row has 8 fields but the header has 7' },
    ]);
    expect(parseFile(utf8(toCsv([header]))).issues).toEqual([
      { path: 'csv', message: 'the file contains no answers to import' },
    ]);
  });

  it('lists at most 200 issues and counts the rest', () => {
    const many = Array.from({ length: 500 }, () => ['NOWHERE', '', '2019-03', '1', '', '', '']);
    const { issues } = parseFile(utf8(toCsv([header, ...many])));
    expect(issues).toHaveLength(201);
    expect(issues[200]).toEqual({ path: 'csv', message: 'and 300 more problems' });
  });
});
