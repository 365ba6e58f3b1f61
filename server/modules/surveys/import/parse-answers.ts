import type { FieldIssue } from '../../../../common/errors';
import type { ScaleAnswer } from '../../../../common/surveys/answer-scale';
import { backgroundQuestions } from '../../../../common/surveys/background-questions';
import { normalizeLabel, scaleCellReader } from './answer-labels';
import { answeredMonth } from './answered-month';
import { CappedIssues } from './capped-issues';
import type { ColumnMapping, ImportQuestion } from './column-mapping';
import { type Column, type MappingPlan, mappingPlan } from './mapping-plan';
import type { SurveyImportTranslate } from './messages';
import type { ImportTable, TableRow } from './read-table';

/** A problem with the file or the mapping: the file's line (none for the whole file), the
 * column's header name (or the mapping field) as path, and a message for the preview. */
export type ImportIssue = FieldIssue;

/** One response as the file gives it, its area code spelled as the organization spells it. */
export type ParsedResponse = {
  line: number;
  areaCode: string;
  buildingExternalId: string | null;
  entranceLabel: string | null;
  /** "YYYY-MM": only the month is kept (see answered-month.ts). */
  answeredMonth: string;
  /** Scale answers by question key; items left blank are absent. */
  answers: Record<string, ScaleAnswer>;
  /** Background and other single-choice answers: question key → option key. */
  choices: Record<string, string>;
  /** Multiple-choice answers: question key → the option keys chosen. */
  choiceLists: Record<string, string[]>;
  /** Free-text answers by question key. */
  texts: Record<string, string>;
};

export type ParseAnswersInput = {
  table: ImportTable;
  mapping: ColumnMapping;
  questions: readonly ImportQuestion[];
  /** The organization's area codes; a file's code matches one exactly or, failing that, ignoring case. */
  areaCodes: ReadonlySet<string>;
  t: SurveyImportTranslate;
};
export type ParseAnswersResult = { rows: ParsedResponse[]; issues: ImportIssue[] };

/** As long as the registry of places allows (server/platform/geo/building-csv.ts). */
const maxLengths = { area: 40, building: 100, entrance: 100 } as const;
const maxShownValue = 60;

/**
 * Reads the answers of a mapped table. ALL OR NOTHING is the caller's rule: any issue at all means
 * nothing may be imported; the rows read cleanly are returned only so the preview can count them.
 * Never throws on any input. At most `maxIssues` issues are listed, then one saying how many more.
 * Buildings and entrances are not checked here: the caller looks them up in the chosen area.
 */
export function parseAnswers(input: ParseAnswersInput): ParseAnswersResult {
  const { table, t } = input;
  const checked = mappingPlan(input.mapping, table.header, input.questions, t);
  if (!checked.plan) return { rows: [], issues: checked.issues };
  const issues = new CappedIssues(t);
  if (table.rows.length === 0) issues.add({ path: 'csv', message: t('empty') });
  const read = rowReader(checked.plan, input, issues);
  const rows: ParsedResponse[] = [];
  for (const row of table.rows) {
    const response = read(row);
    if (response) rows.push(response);
  }
  return { rows, issues: issues.list() };
}

/** A mapped cell of one row, and a way to name a problem in it. */
type RowCells = {
  cell: (column: Column) => string;
  problem: (column: Column, message: string) => void;
};
type Place = Pick<ParsedResponse, 'areaCode' | 'buildingExternalId' | 'entranceLabel'>;
type Answers = Pick<ParsedResponse, 'answers' | 'choices' | 'choiceLists' | 'texts'>;

function rowReader(plan: MappingPlan, input: ParseAnswersInput, issues: CappedIssues) {
  const { t } = input;
  const width = input.table.header.length;
  const readPlace = placeReader(plan, input);
  const readMonth = monthReader(plan, t);
  const readAnswers = answersReader(plan, input);
  // Background alone is no answer to the survey; an own choice question is.
  const isBackground = (key: string) => backgroundQuestions.some((question) => question.key === key);
  const answerColumns = [...plan.scale, ...plan.text, ...plan.choice.filter((c) => !isBackground(c.key))];
  return (row: TableRow): ParsedResponse | null => {
    const before = issues.count;
    const cells: RowCells = {
      cell: (column) => row.cells[column.index] ?? '',
      problem: (column, message) => issues.add({ line: row.line, path: column.name, message }),
    };
    if (row.cells.length > width && row.cells.slice(width).some((c) => c !== '')) {
      const message = t('extraFields', { found: row.cells.length, expected: width });
      issues.add({ line: row.line, path: 'csv', message });
    }
    const place = readPlace(cells);
    const answeredMonth = readMonth(cells);
    const answers = readAnswers(cells);
    // Blank, not unreadable: a row whose labels are all unknown already has its issues.
    if (answerColumns.every((column) => cells.cell(column) === ''))
      issues.add({ line: row.line, path: 'csv', message: t('noAnswers') });
    if (issues.count > before || !place || !answeredMonth) return null;
    return { line: row.line, ...place, answeredMonth, ...answers };
  };
}

/** A cell's text, checked for presence and length; null when empty. */
function textOf(
  cells: RowCells,
  column: Column | null,
  max: number,
  required: boolean,
  t: SurveyImportTranslate,
) {
  if (!column) return null;
  const value = cells.cell(column);
  if (required && value === '') cells.problem(column, t('required'));
  if (value.length > max) cells.problem(column, t('tooLong', { max }));
  return value || null;
}

function placeReader(plan: MappingPlan, { areaCodes, t }: ParseAnswersInput) {
  const areaCode = areaMatcher(areaCodes);
  return (cells: RowCells): Place | null => {
    const areaText = textOf(cells, plan.area, maxLengths.area, true, t);
    const buildingExternalId = textOf(cells, plan.building, maxLengths.building, false, t);
    const entranceLabel = textOf(cells, plan.entrance, maxLengths.entrance, false, t);
    if (areaText === null) return null;
    const code = areaCode(areaText);
    if (code === null) cells.problem(plan.area, t('unknownArea', { value: shown(areaText) }));
    return code === null ? null : { areaCode: code, buildingExternalId, entranceLabel };
  };
}

/** Exactly as the organization spells it, else the one code that differs only in case. */
function areaMatcher(codes: ReadonlySet<string>): (text: string) => string | null {
  const byFolded = new Map<string, string | null>();
  for (const code of codes) {
    const folded = code.toLowerCase();
    byFolded.set(folded, byFolded.has(folded) ? null : code);
  }
  return (text) => (codes.has(text) ? text : (byFolded.get(text.toLowerCase()) ?? null));
}

function monthReader(plan: MappingPlan, t: SurveyImportTranslate) {
  const source = plan.answered;
  if ('month' in source) return () => source.month;
  const seen = new Map<string, string | null>();
  return (cells: RowCells): string | null => {
    const value = cells.cell(source);
    if (value === '') {
      cells.problem(source, t('required'));
      return null;
    }
    let month = seen.get(value);
    if (month === undefined) {
      month = answeredMonth(value);
      seen.set(value, month);
    }
    if (month === null) cells.problem(source, t('badDate', { value: shown(value) }));
    return month;
  };
}

function answersReader(plan: MappingPlan, { mapping, t }: ParseAnswersInput) {
  const scale = scaleCellReader(mapping.scaleCodes);
  const code = mapping.scaleCodes.dontKnowCode;
  const extra = code ? `, ${code}` : '';
  return (cells: RowCells): Answers => {
    const result: Answers = { answers: {}, choices: {}, choiceLists: {}, texts: {} };
    for (const column of plan.scale) {
      const value = cells.cell(column);
      const read = scale(value);
      if (read.kind === 'answer') result.answers[column.key] = read.answer;
      else if (read.kind === 'unknown')
        cells.problem(column, t('unknownLabel', { value: shown(value), extra }));
    }
    for (const column of plan.choice) {
      const value = cells.cell(column);
      const parts = column.multiple ? value.split(/[;|]/).map((part) => part.trim()) : [value];
      const chosen = new Set<string>();
      for (const part of parts) {
        const option = column.options.get(normalizeLabel(part));
        if (option) chosen.add(option);
        else if (part !== '')
          cells.problem(column, t('unknownOption', { value: shown(part), allowed: column.allowed }));
      }
      const [first] = chosen;
      if (column.multiple && chosen.size > 0) result.choiceLists[column.key] = [...chosen];
      else if (first) result.choices[column.key] = first;
    }
    for (const column of plan.text) {
      const value = textOf(cells, column, column.maxLength, false, t);
      if (value !== null) result.texts[column.key] = value;
    }
    return result;
  };
}

/** A cell as the preview quotes it: long garbage is cut short. */
function shown(value: string): string {
  return value.length > maxShownValue ? `${value.slice(0, maxShownValue)}…` : value;
}
