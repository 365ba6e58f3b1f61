import type { Locale } from '../../../common/roles';
import { defaultSurveyIndexes } from '../../../common/surveys/indexes';
import { defaultQuestions } from '../../../common/surveys/question-bank';

/** What a figure is of: an index over scale items, or one scale item. */
export type Measure = {
  key: string;
  kind: 'index' | 'item';
  /** The scale items it is computed from (one for an item). */
  itemKeys: readonly string[];
  label: { sv: string; en: string };
};

/** An organization's own scale question, as survey_questions holds it. */
export type OwnScaleQuestion = { key: string; label: { sv: string; en?: string } };

const indexMeasures: Measure[] = defaultSurveyIndexes.map((index) => ({
  key: index.key,
  kind: 'index',
  itemKeys: index.itemKeys,
  label: index.name,
}));

const defaultItemMeasures: Measure[] = defaultQuestions
  .filter((question) => question.kind === 'scale')
  .map((question) => ({ key: question.key, kind: 'item', itemKeys: [question.key], label: question.label }));

/** Every measure: the indexes, the default scale items, then the organization's own. */
export function allMeasures(own: readonly OwnScaleQuestion[] = []): Measure[] {
  const known = new Set(defaultItemMeasures.map((measure) => measure.key));
  const ownMeasures: Measure[] = own
    .filter((question) => !known.has(question.key))
    .map((question) => ({
      key: question.key,
      kind: 'item',
      itemKeys: [question.key],
      label: { sv: question.label.sv, en: question.label.en ?? question.label.sv },
    }));
  return [...indexMeasures, ...defaultItemMeasures, ...ownMeasures];
}

/** The measure with this key, or undefined. */
export function findMeasure(key: string, own: readonly OwnScaleQuestion[] = []): Measure | undefined {
  return allMeasures(own).find((measure) => measure.key === key);
}

export const labelOf = (measure: Measure, locale: Locale) => measure.label[locale];

/** Every item key any of the measures needs. */
export const itemKeysOf = (measures: readonly Measure[]) => [
  ...new Set(measures.flatMap((measure) => measure.itemKeys)),
];
