import { z } from 'zod';
import { maxDescriptionLength } from '../reporting';
import { backgroundQuestions } from '../surveys/background-questions';
import { questionKinds, questionSections } from '../surveys/question-types';
import { areaGeometrySchema } from './places';
import { surveyQuestionKey } from './survey-questions';
import { changeReason } from './survey-waves';

/**
 * Answering a survey: the tenant form (by letter code or by a stairwell's open link), the one
 * submission shape every channel shares, staff paper answers and the CSV import of vendor files.
 */

/** A box of the 4-point scale (1 = mycket bra … 4 = dålig) or "vet ej". */
export const surveyAnswerValue = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal('dont_know'),
]);
export type SurveyAnswerValue = z.infer<typeof surveyAnswerValue>;

/** Free text as long as a report's description. */
export const maxFreeTextLength = maxDescriptionLength;
/** Places a tenant may mark on the area map (the map question's maxPoints). */
export const maxMapPoints = 5;

const optionKeys = (key: string) => {
  const question = backgroundQuestions.find((q) => q.key === key);
  const keys = question?.options.map((option) => option.key) ?? [];
  return z.enum(keys as [string, ...string[]]);
};

/** The background answers, as the option keys of common/surveys/background-questions.ts. */
export const surveyBackground = z.strictObject({
  ageGroup: optionKeys('age_group').optional(),
  gender: optionKeys('gender').optional(),
  yearsInArea: optionKeys('years_in_area').optional(),
});
export type SurveyBackground = z.infer<typeof surveyBackground>;

export const surveyMapPoint = z.strictObject({
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
});

/** Most options a choice question has (common/contracts/survey-questions.ts). */
const maxChoiceOptions = 12;

/**
 * What every channel sends: scale answers by question key, background, free text, and answers to
 * the organization's own questions: chosen option keys per choice question (one for a single
 * choice) and a text per text question.
 */
const answerSheet = {
  /** Made once by the client (a UUIDv7) and kept with its draft: a retry never duplicates. */
  submissionId: z.uuid(),
  answers: z.record(surveyQuestionKey, surveyAnswerValue),
  background: surveyBackground.default({}),
  freeText: z.string().trim().max(maxFreeTextLength).optional(),
  choices: z.record(surveyQuestionKey, z.array(surveyQuestionKey).max(maxChoiceOptions)).default({}),
  texts: z.record(surveyQuestionKey, z.string().trim().max(maxFreeTextLength)).default({}),
};

/** The token printed on a stairwell's notice (/s/open/<token>). */
const openLinkToken = z.string().trim().min(1).max(100);
/**
 * The open link's form before December 2026 (wave id + the entrance's public token, which the
 * place search hands out): still understood, so it is refused with kind words
 * (survey_link_replaced), not a 400 about unknown fields.
 */
const legacyOpenLink = z.strictObject({ waveId: z.uuid(), entranceToken: z.string().trim().min(1).max(100) });

/** POST /api/public/surveys/responses: with the letter's code or the stairwell's open link. */
export const surveySubmission = z
  .strictObject({
    ...answerSheet,
    code: z.string().trim().min(1).max(40).optional(),
    open: z.union([z.strictObject({ token: openLinkToken }), legacyOpenLink]).optional(),
    mapPoints: z.array(surveyMapPoint).max(maxMapPoints).default([]),
  })
  .refine((body) => (body.code === undefined) !== (body.open === undefined), {
    path: ['code'],
    message: 'give either code or open, not both',
  });
export type SurveySubmission = z.infer<typeof surveySubmission>;
export type SurveySubmissionInput = z.input<typeof surveySubmission>;

export const surveyReceipt = z.object({ received: z.literal(true) });
export type SurveyReceipt = z.infer<typeof surveyReceipt>;

/** POST /api/survey-waves/:id/paper-responses: a paper form keyed in by staff. */
export const paperResponseInput = z.strictObject({
  ...answerSheet,
  /** Required when the wave is closed: its published figures change (audited). */
  reason: changeReason.optional(),
  areaId: z.uuid(),
  buildingId: z.uuid().optional(),
  entranceId: z.uuid().optional(),
});
export type PaperResponseInput = z.input<typeof paperResponseInput>;

export const surveyCodeParams = z.strictObject({ code: z.string().trim().min(1).max(40) });
export const surveyOpenLinkParams = z.strictObject({ token: openLinkToken });
/** /api/public/surveys/open/<wave>/<entrance token>: the old form, answered 410 survey_link_replaced. */
export const legacyOpenLinkParams = legacyOpenLink;

/** A text in every tenant language, filled in where missing (en, then sv). */
export const tenantTexts = z.object({
  sv: z.string(),
  en: z.string(),
  ar: z.string(),
  so: z.string(),
  fa: z.string(),
  ti: z.string(),
});
export type TenantTexts = z.infer<typeof tenantTexts>;

export const tenantQuestion = z.object({
  key: z.string(),
  kind: z.enum(questionKinds),
  section: z.enum(questionSections),
  prompt: tenantTexts,
  hint: tenantTexts.nullable(),
  /** Choice questions: the options by key (the background answers' values). */
  options: z.array(z.object({ key: z.string(), label: tenantTexts })).nullable(),
  /** Choice questions: whether several options may be chosen. */
  multiple: z.boolean(),
  /** The organization's own question: its answer goes in `choices` or `texts` by its key. */
  own: z.boolean(),
  /** Text questions: the longest answer. */
  maxLength: z.number().nullable(),
  /** Map questions: how many places may be marked. */
  maxPoints: z.number().nullable(),
});
export type TenantQuestion = z.infer<typeof tenantQuestion>;

/** What the tenant page shows: the wave's questions in every tenant language, and the map. */
export const surveyForm = z.object({
  organizationName: z.string(),
  /** For the link to the organization's privacy notice. */
  organizationSlug: z.string(),
  waveName: z.string(),
  channel: z.enum(['code', 'open_link']),
  place: z.object({ areaName: z.string(), buildingAddress: z.string().nullable() }),
  questions: z.array(tenantQuestion),
  scale: z.array(z.object({ value: surveyAnswerValue, label: tenantTexts })),
  map: z.object({ areaGeometry: areaGeometrySchema }).nullable(),
});
export type SurveyForm = z.infer<typeof surveyForm>;

/** Which column (0-based) of an answer file holds what; see server/modules/surveys/import/. */
const column = z.number().int().min(0).max(10_000);
export const importColumnMapping = z.strictObject({
  areaCode: column.nullable(),
  buildingExternalId: column.nullable(),
  entranceLabel: column.nullable(),
  answered: z.union([z.strictObject({ column }), z.strictObject({ month: z.string().max(20) })]).nullable(),
  questions: z.record(z.string().max(40), column),
  scaleCodes: z.strictObject({
    fourIsBest: z.boolean().optional(),
    dontKnowCode: z.string().max(10).nullable().optional(),
  }),
  optionValues: z.record(z.string().max(40), z.record(z.string().max(100), z.string().max(40))).optional(),
});
export type ImportColumnMapping = z.infer<typeof importColumnMapping>;

/** A problem of the file: its line (null for the whole file or the mapping), column and words. */
export const importIssue = z.object({ line: z.number().nullable(), field: z.string(), message: z.string() });
export type ImportIssueView = z.infer<typeof importIssue>;

export const importPreview = z.object({
  columns: z.array(z.string()),
  suggestedMapping: importColumnMapping,
  /** Data rows in the file. */
  rows: z.number(),
  issues: z.array(importIssue),
  /** The first rows as read with the mapping (the given one, else the suggested one). */
  sample: z.array(
    z.object({
      line: z.number(),
      areaCode: z.string(),
      buildingExternalId: z.string().nullable(),
      entranceLabel: z.string().nullable(),
      answeredMonth: z.string(),
      answers: z.record(z.string(), surveyAnswerValue),
      choices: z.record(z.string(), z.string()),
      /** Multiple-choice questions: the option keys chosen. */
      choiceLists: z.record(z.string(), z.array(z.string())),
      texts: z.record(z.string(), z.string()),
    }),
  ),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importResult = z.object({ imported: z.number() });
