import {
  dontKnow,
  type ScaleAnswer,
  type ScaleValue,
  scaleAnswers,
  scaleLabels,
} from '../../../../common/surveys/answer-scale';

/**
 * How a vendor file codes the scale in digits. Most write 1 for "mycket bra", as our scale does;
 * some write 4 for the best box, and many code "vet ej" as an extra digit (5, 9 or 99). The user
 * confirms these in the wizard; a digit that contradicts a label next to it ("4 - Mycket bra" with
 * one as best) is refused rather than guessed.
 */
export type ScaleCodes = { fourIsBest?: boolean; dontKnowCode?: string | null };

/** blank: not answered · answer: a box (or "vet ej") · unknown: text the import cannot read. */
export type ScaleCell = { kind: 'blank' } | { kind: 'answer'; answer: ScaleAnswer } | { kind: 'unknown' };

/** Labels beyond those of answer-scale.ts, as vendors and older questionnaires write them. */
const extraLabels: Record<ScaleAnswer, string[]> = {
  1: ['mycket bra', 'very good'],
  2: ['ganska bra', 'fairly good', 'quite good', 'rather good'],
  3: ['inte så bra', 'inte särskilt bra', 'ej så bra', 'ganska dålig', 'not so good', 'not very good'],
  4: ['dålig', 'dåligt', 'mycket dålig', 'poor', 'bad', 'very poor', 'very bad'],
  dont_know: [
    'vet ej',
    'vet inte',
    'ej aktuellt',
    'inte aktuellt',
    "don't know",
    'dont know',
    'do not know',
    'not applicable',
    'n/a',
  ],
};

/** Case, Unicode form (Mac files decompose å), apostrophes, spaces and a final full stop. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s*\/\s*/g, ' / ')
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .trim();
}

const labelAnswers = new Map<string, ScaleAnswer>();
for (const answer of scaleAnswers) {
  for (const label of [...Object.values(scaleLabels[answer]), ...extraLabels[answer]])
    labelAnswers.set(normalizeLabel(label), answer);
}

const blank: ScaleCell = { kind: 'blank' };
const unknown: ScaleCell = { kind: 'unknown' };
const cells = new Map(scaleAnswers.map((answer) => [answer, { kind: 'answer', answer } as ScaleCell]));
const cellOf = (answer: ScaleAnswer | undefined): ScaleCell =>
  answer === undefined ? unknown : (cells.get(answer) ?? unknown);

/**
 * A reader for the scale cells of one file. Answer files repeat a handful of texts a hundred
 * thousand times, so each distinct text is read once and remembered.
 */
export function scaleCellReader(codes: ScaleCodes = {}): (text: string) => ScaleCell {
  const seen = new Map<string, ScaleCell>();
  return (text) => {
    let cell = seen.get(text);
    if (cell === undefined) {
      cell = readScaleCell(text, codes);
      seen.set(text, cell);
    }
    return cell;
  };
}

/** Reads one cell: a digit, a label in any survey language, or both ("1 - Mycket bra"). */
export function readScaleCell(text: string, codes: ScaleCodes = {}): ScaleCell {
  const normalized = normalizeLabel(text);
  if (normalized === '') return blank;
  const digit = digitAnswer(normalized, codes);
  if (digit !== undefined) return cellOf(digit);
  const label = labelAnswers.get(normalized);
  if (label !== undefined) return cellOf(label);
  const combined = /^\(?(\d+)\)?\s*[-–.:=)]?\s*(\D.*)$/.exec(normalized);
  if (!combined) return unknown;
  const fromDigit = digitAnswer(combined[1] ?? '', codes);
  const fromLabel = labelAnswers.get(combined[2] ?? '');
  if (fromLabel === undefined) return unknown;
  // A "vet ej" label may carry any digit the vendor chose for it.
  if (fromDigit === fromLabel || (fromLabel === dontKnow && fromDigit === undefined))
    return cellOf(fromLabel);
  return unknown;
}

function digitAnswer(text: string, codes: ScaleCodes): ScaleAnswer | undefined {
  if (codes.dontKnowCode != null && text === codes.dontKnowCode) return dontKnow;
  const match = /^([1-4])(?:[.,]0+)?$/.exec(text);
  if (!match) return undefined;
  const digit = Number(match[1]) as ScaleValue;
  return codes.fourIsBest ? ((5 - digit) as ScaleValue) : digit;
}
