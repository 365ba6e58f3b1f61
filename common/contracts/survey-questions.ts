import { z } from 'zod';
import { maxDescriptionLength } from '../reporting';
import { questionSections } from '../surveys/question-types';

/**
 * A survey question as an organization defines it (its own, or its copy of the default
 * questionnaire in common/surveys/). sv is required everywhere; the other languages fall back to
 * en, then sv, as report categories do. The default questions carry every language and pass this.
 */
const tenantText = z.strictObject({
  sv: z.string().trim().min(1).max(300),
  en: z.string().trim().min(1).max(300).optional(),
  ar: z.string().trim().min(1).max(300).optional(),
  so: z.string().trim().min(1).max(300).optional(),
  fa: z.string().trim().min(1).max(300).optional(),
  ti: z.string().trim().min(1).max(300).optional(),
});

const staffText = z.strictObject({
  sv: z.string().trim().min(1).max(80),
  en: z.string().trim().min(1).max(80).optional(),
});

export const surveyQuestionKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, 'a-z, 0-9 and _, 2–40 characters, starting with a letter');

const base = {
  key: surveyQuestionKey,
  section: z.enum(questionSections),
  prompt: tenantText,
  label: staffText,
  required: z.boolean().default(false),
  hint: tenantText.optional(),
};

const choiceOption = z.strictObject({ key: surveyQuestionKey, label: tenantText });

const choiceQuestion = z
  .strictObject({
    ...base,
    kind: z.literal('choice'),
    multiple: z.boolean().default(false),
    options: z.array(choiceOption).min(2).max(12),
  })
  .superRefine((question, ctx) => {
    const seen = new Set<string>();
    question.options.forEach((option, index) => {
      if (seen.has(option.key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', index, 'key'],
          message: 'option keys must be unique',
        });
      }
      seen.add(option.key);
    });
  });

export const surveyQuestionDefinition = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('scale') }),
  choiceQuestion,
  z.strictObject({
    ...base,
    kind: z.literal('text'),
    maxLength: z.number().int().min(1).max(maxDescriptionLength).default(maxDescriptionLength),
  }),
  z.strictObject({ ...base, kind: z.literal('map_points'), maxPoints: z.number().int().min(1).max(20) }),
]);
export type SurveyQuestionDefinition = z.infer<typeof surveyQuestionDefinition>;
export type SurveyQuestionDefinitionInput = z.input<typeof surveyQuestionDefinition>;

/** A whole questionnaire: keys are unique, since answers refer to questions by key. */
export const surveyQuestionList = z
  .array(surveyQuestionDefinition)
  .min(1)
  .max(100)
  .superRefine((questions, ctx) => {
    const seen = new Set<string>();
    questions.forEach((question, index) => {
      if (seen.has(question.key)) {
        ctx.addIssue({ code: 'custom', path: [index, 'key'], message: 'question keys must be unique' });
      }
      seen.add(question.key);
    });
  });
