import { z } from 'zod';
import { surveyQuestionKey } from './survey-questions';

/**
 * An organization's own composite index: a name and the scale questions it is the mean over.
 * Whether each item is a live scale question of the bank, whether an item repeats and whether the
 * key is free are checked by the server (it knows the bank), which names `itemKeys.N` or `key`.
 */
const indexLabel = z.strictObject({
  sv: z.string().trim().min(1).max(80),
  en: z.string().trim().min(1).max(80).optional(),
});

export const minIndexItems = 2;
export const maxIndexItems = 20;

const indexItemKeys = z.array(z.string().min(1).max(40)).min(minIndexItems).max(maxIndexItems);

export const surveyIndexInput = z.strictObject({
  key: surveyQuestionKey,
  label: indexLabel,
  itemKeys: indexItemKeys,
});
export type SurveyIndexInput = z.infer<typeof surveyIndexInput>;

/** A change of an own index: its name, its items or both (the key stays, targets refer to it). */
export const surveyIndexPatch = z.strictObject({
  label: indexLabel.optional(),
  itemKeys: indexItemKeys.optional(),
});
export type SurveyIndexPatch = z.infer<typeof surveyIndexPatch>;

export const surveyIndexKeyParams = z.object({ key: z.string().min(1).max(40) });

/** An index as the question bank lists it, default or own. */
export const surveyIndexView = z.object({
  key: z.string(),
  label: z.object({ sv: z.string(), en: z.string() }),
  questionKeys: z.array(z.string()),
  /** The organization's own index (not one of the default ones). */
  own: z.boolean(),
});
export type SurveyIndexView = z.infer<typeof surveyIndexView>;
