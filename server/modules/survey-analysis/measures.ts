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

/** An organization's own composite index, as survey_indexes holds it (live ones only). */
export type OwnIndex = { key: string; label: { sv: string; en?: string }; itemKeys: string[] };

/** What an organization adds to the default measures: its own indexes and scale questions. */
export type OwnMeasures = { indexes: readonly OwnIndex[]; questions: readonly OwnScaleQuestion[] };

export const noOwnMeasures: OwnMeasures = { indexes: [], questions: [] };

const staffLabel = (label: { sv: string; en?: string }) => ({ sv: label.sv, en: label.en ?? label.sv });

const indexMeasures: Measure[] = defaultSurveyIndexes.map((index) => ({
  key: index.key,
  kind: 'index',
  itemKeys: index.itemKeys,
  label: index.name,
}));

const defaultItemMeasures: Measure[] = defaultQuestions
  .filter((question) => question.kind === 'scale')
  .map((question) => ({ key: question.key, kind: 'item', itemKeys: [question.key], label: question.label }));

/**
 * Every measure: the default indexes, the organization's own indexes, the default scale items,
 * then the organization's own. A key is one measure: an own one never shadows a default one.
 */
export function allMeasures(own: OwnMeasures = noOwnMeasures): Measure[] {
  const known = new Set([...indexMeasures, ...defaultItemMeasures].map((measure) => measure.key));
  const ownIndexMeasures: Measure[] = own.indexes
    .filter((index) => !known.has(index.key))
    .map((index) => ({
      key: index.key,
      kind: 'index',
      itemKeys: index.itemKeys,
      label: staffLabel(index.label),
    }));
  const ownItemMeasures: Measure[] = own.questions
    .filter((question) => !known.has(question.key))
    .map((question) => ({
      key: question.key,
      kind: 'item',
      itemKeys: [question.key],
      label: staffLabel(question.label),
    }));
  return [...indexMeasures, ...ownIndexMeasures, ...defaultItemMeasures, ...ownItemMeasures];
}

/** The measure with this key, or undefined. */
export function findMeasure(key: string, own: OwnMeasures = noOwnMeasures): Measure | undefined {
  return allMeasures(own).find((measure) => measure.key === key);
}

export const labelOf = (measure: Measure, locale: Locale) => measure.label[locale];

/** Every item key any of the measures needs. */
export const itemKeysOf = (measures: readonly Measure[]) => [
  ...new Set(measures.flatMap((measure) => measure.itemKeys)),
];
