import { z } from 'zod';
import { periodId, waveRef } from './survey-analysis';

/**
 * Results of an organization's own choice questions for one area and wave (the area page's
 * "Egna frågor"). n is the number of responses that chose at least one option; below 5 nothing
 * of the question is shown. For a multiple-choice question the shares may sum to over 100 %.
 */

/** waveId: a wave, or a month of a continuous survey (`<wave id>:<YYYY-MM>`). */
export const ownQuestionsQuery = z.strictObject({ waveId: periodId.optional() });

export const ownChoiceOption = z.object({
  key: z.string(),
  label: z.string(),
  /** Share (0–1) of the n responding who chose the option, with its 95 % Wilson interval. */
  share: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
});

export const ownChoiceResult = z.object({
  key: z.string(),
  label: z.string(),
  multiple: z.boolean(),
  n: z.number().int().nullable(),
  visibility: z.enum(['suppressed', 'uncertain', 'shown']),
  options: z.array(ownChoiceOption),
});
export type OwnChoiceResult = z.infer<typeof ownChoiceResult>;

export const ownQuestionResults = z.object({
  wave: waveRef.nullable(),
  questions: z.array(ownChoiceResult),
});
export type OwnQuestionResults = z.infer<typeof ownQuestionResults>;
