import type { QuestionKind } from '../../../../common/surveys/question-types';
import type { ScaleCodes } from './answer-labels';
import { fixedHeaders, foldHeader, headerSimilarity, headerWords, vendorWords } from './header-match';

type Texts = { readonly sv: string; readonly en?: string };
/** What the import needs to know of a question; every default question and organization's own
 * question fits. Scale, choice and free-text questions can be imported; map questions cannot. */
export type ImportQuestion = {
  readonly key: string;
  readonly kind: QuestionKind;
  readonly label: Texts;
  readonly prompt: Texts;
  readonly options?: readonly { readonly key: string; readonly label: Texts }[];
  /** A choice question whose cells may name several options ("A; B"). */
  readonly multiple?: boolean;
  readonly maxLength?: number;
};

export const importableKinds: readonly QuestionKind[] = ['scale', 'choice', 'text'];

/** When a response was given: a column with a date or month per row, or one month for the file. */
export type AnsweredSource = { column: number } | { month: string };

/**
 * Which column of the file (0-based, in header order) holds what. Columns are named by position,
 * not header text, because vendor files repeat and leave out header names. The user confirms the
 * whole mapping in the wizard; `suggestMapping` only proposes one.
 */
export type ColumnMapping = {
  areaCode: number | null;
  buildingExternalId: number | null;
  entranceLabel: number | null;
  answered: AnsweredSource | null;
  /** Question key → column, for scale, choice (background) and free-text questions. */
  questions: Record<string, number>;
  scaleCodes: ScaleCodes;
  /** Per choice question, the file's own wordings (any case) → option key, e.g. "65+" → age_55_69. */
  optionValues?: Record<string, Record<string, string>>;
};

type FixedField = keyof typeof fixedHeaders;
const exactScore = 2;
const numberScore = 1.5;
const minimumScore = 0.5;

/**
 * Proposes a mapping from the header names: the place and date columns by their usual names, and
 * each question by its key, its label or prompt in Swedish or English, vendor words ("Trygghet
 * kvällstid"), or a vendor number ("F3" is the third importable question). A column whose best
 * match is shared by two questions gets none; each question gets at most one column.
 */
export function suggestMapping(
  header: readonly string[],
  questions: readonly ImportQuestion[],
): ColumnMapping {
  const folded = header.map(foldHeader);
  const fixed = (field: FixedField) => {
    const index = folded.findIndex((name) => (fixedHeaders[field] as readonly string[]).includes(name));
    return index === -1 ? null : index;
  };
  const answered = fixed('answered');
  const mapping: ColumnMapping = {
    areaCode: fixed('areaCode'),
    buildingExternalId: fixed('buildingExternalId'),
    entranceLabel: fixed('entranceLabel'),
    answered: answered === null ? null : { column: answered },
    questions: {},
    scaleCodes: {},
  };
  const taken = new Set(
    [mapping.areaCode, mapping.buildingExternalId, mapping.entranceLabel, answered].filter((c) => c !== null),
  );
  const importable = questions.filter((q) => importableKinds.includes(q.kind));
  const candidates = header
    .map((name, column) => (taken.has(column) ? null : bestQuestion(name, column, importable)))
    .filter((candidate) => candidate !== null)
    .sort((a, b) => b.score - a.score);
  for (const { key, column } of candidates) {
    if (mapping.questions[key] === undefined) mapping.questions[key] = column;
  }
  return mapping;
}

type Candidate = { key: string; column: number; score: number };

function bestQuestion(name: string, column: number, questions: readonly ImportQuestion[]): Candidate | null {
  const scored = questions.map((question, index) => ({
    key: question.key,
    column,
    score: questionScore(name, question, index),
  }));
  const top = Math.max(0, ...scored.map((c) => c.score));
  const best = scored.filter((c) => c.score === top);
  return top >= minimumScore && best.length === 1 ? (best[0] ?? null) : null;
}

function questionScore(name: string, question: ImportQuestion, index: number): number {
  const folded = foldHeader(name);
  const exact = [question.key, question.label.sv, question.label.en ?? ''].map(foldHeader);
  if (exact.includes(folded)) return exactScore;
  const number = /^(?:f|q|fr|fraga|question)\s*(\d+)$/.exec(folded);
  if (number) return Number(number[1]) === index + 1 ? numberScore : 0;
  const texts = [question.label.sv, question.label.en, question.prompt.sv, question.prompt.en];
  const words = headerWords([...texts, vendorWords[question.key] ?? ''].join(' '));
  return headerSimilarity(headerWords(name), words);
}
