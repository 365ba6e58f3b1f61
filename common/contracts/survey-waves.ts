import { z } from 'zod';
import { tenantLocales } from '../reporting';
import { questionKinds, questionSections } from '../surveys/question-types';
import { surveyIndexView } from './survey-indexes';

/** API contracts of survey waves, codes, letters, open links and invitations (survey helper A). */

const staffText = z.object({ sv: z.string(), en: z.string() });

export const surveyQuestionView = z.object({
  key: z.string(),
  kind: z.enum(questionKinds),
  section: z.enum(questionSections),
  label: staffText,
  prompt: staffText,
  /** The organization's own question (not the default questionnaire's). */
  own: z.boolean(),
  /** Choice questions: the options in staff languages, and whether several may be chosen. */
  options: z.array(z.object({ key: z.string(), label: staffText })).nullable(),
  multiple: z.boolean(),
  /** Text questions: the longest answer. */
  maxLength: z.number().int().nullable(),
});
export type SurveyQuestionView = z.infer<typeof surveyQuestionView>;

export const surveyQuestionBank = z.object({
  questions: z.array(surveyQuestionView),
  /** The default indexes, then the organization's own. */
  indexes: z.array(surveyIndexView),
});
export type SurveyQuestionBank = z.infer<typeof surveyQuestionBank>;

export const waveKinds = ['wave', 'continuous'] as const;
export type WaveKind = (typeof waveKinds)[number];
export const waveStatuses = ['draft', 'open', 'closed'] as const;
export type WaveStatus = (typeof waveStatuses)[number];

/** A calendar date PostgreSQL can store and a person can mean. */
const waveDate = z.iso.date().refine((date) => date >= '2000-01-01' && date <= '2999-12-31', 'out of range');
const waveName = z.string().trim().min(1).max(120);

export const waveInput = z.strictObject({
  name: waveName,
  kind: z.enum(waveKinds),
  startsOn: waveDate,
  endsOn: waveDate.nullable().optional(),
  areaIds: z.array(z.uuid()).min(1).max(500),
  /** Default: the whole default questionnaire (scale items, open questions, background). */
  questionKeys: z.array(z.string().min(1).max(40)).min(1).max(100).optional(),
});
export type WaveInput = z.infer<typeof waveInput>;

/** Why a closed wave is reopened or has answers keyed in: its published results change. */
export const changeReason = z.string().trim().max(500);

export const wavePatch = z.strictObject({
  name: waveName.optional(),
  endsOn: waveDate.nullable().optional(),
  status: z.enum(['open', 'closed']).optional(),
  /** Required when a closed wave is reopened (audited). */
  reason: changeReason.optional(),
});
export type WavePatch = z.infer<typeof wavePatch>;

const rate = z.number().min(0).nullable();
const counts = {
  households: z.number().int(),
  codesIssued: z.number().int(),
  codesUsed: z.number().int(),
  responses: z.number().int(),
  /** codesUsed / codesIssued; null while no code was issued. */
  responseRate: rate,
};

export const waveSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(waveKinds),
  status: z.enum(waveStatuses),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  areas: z.array(z.object({ id: z.uuid(), name: z.string() })),
  responses: z.number().int(),
  codesIssued: z.number().int(),
  codesUsed: z.number().int(),
  responseRate: rate,
  /** When the wave was last reopened, or had answers keyed or imported, after it closed: its
   * published results changed ("ändrad efter publicering"). Null if never. */
  changedAfterPublicationAt: z.string().nullable(),
});
export type WaveSummary = z.infer<typeof waveSummary>;
export const waveList = z.object({ items: z.array(waveSummary) });
export type WaveList = z.infer<typeof waveList>;

/**
 * A building's live counts: codesUsed and responses (and so responseRate) only in steps of five
 * (common/statistics steppedCount), so watching them does not place a new answer in a building.
 */
export const buildingRate = z.object({ buildingId: z.uuid(), address: z.string(), ...counts });
export const areaRate = z.object({
  areaId: z.uuid(),
  areaName: z.string(),
  buildings: z.array(buildingRate),
  ...counts,
  openLinkResponses: z.number().int(),
  paperResponses: z.number().int(),
});
export type AreaRate = z.infer<typeof areaRate>;

/**
 * A stairwell whose open link brought in more answers in one period (the wave; a month of a
 * continuous survey) than it has households: flagged to the coordinator, still counted.
 */
export const openLinkFlag = z.object({
  entranceId: z.uuid(),
  buildingId: z.uuid(),
  areaId: z.uuid(),
  /** "Storgatan 1 · A". */
  address: z.string(),
  /** 'YYYY-MM' for a continuous survey; null for a wave. */
  month: z.string().nullable(),
  /** Live apartments in the register (0: unknown; then more than 10 answers are flagged). */
  households: z.number().int(),
  /** In steps of five, like every live count below an area. */
  openLinkResponses: z.number().int(),
});
export type OpenLinkFlag = z.infer<typeof openLinkFlag>;

export const waveDetail = waveSummary.extend({
  questionKeys: z.array(z.string()),
  abilities: z.array(z.string()),
  rates: z.array(areaRate),
  openLinkFlags: z.array(openLinkFlag),
  /**
   * How long a new answer may take to count: answer sheets are stored together, at least
   * minSheets at a time, or a lone one after at most maxSeconds (the mixing buffer,
   * docs/surveys-anonymity.md). Until then they are in no figure.
   */
  answerDelay: z.object({ minSheets: z.number().int(), maxSeconds: z.number().int() }),
});
export type WaveDetail = z.infer<typeof waveDetail>;

export const lettersInput = z.strictObject({
  areaIds: z.array(z.uuid()).min(1).max(500).optional(),
  buildingIds: z.array(z.uuid()).min(1).max(5000).optional(),
  /** Replace the codes nobody has used yet (lost letters, a new print run) in the chosen scope. */
  reissueUnused: z.boolean().optional(),
});
export type LettersInput = z.infer<typeof lettersInput>;

export const openLinks = z.object({
  items: z.array(
    z.object({ entranceId: z.uuid(), buildingAddress: z.string(), areaName: z.string(), url: z.string() }),
  ),
});
export type OpenLinks = z.infer<typeof openLinks>;

export const invitationReasons = ['work_order_done', 'moved_in', 'other'] as const;
export type InvitationReason = (typeof invitationReasons)[number];

/** One of apartmentId, entranceId or buildingId says where the invited household lives. */
export const invitationInput = z
  .strictObject({
    apartmentId: z.uuid().optional(),
    entranceId: z.uuid().optional(),
    buildingId: z.uuid().optional(),
    email: z.email().max(254).optional(),
    reason: z.enum(invitationReasons),
    locale: z.enum(tenantLocales).optional(),
  })
  .superRefine((input, ctx) => {
    const places = [input.apartmentId, input.entranceId, input.buildingId].filter(Boolean);
    if (places.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['apartmentId'],
        message: 'give one of apartmentId, entranceId, buildingId',
      });
    }
  });
export type InvitationInput = z.infer<typeof invitationInput>;

export const invitationResult = z.object({
  invitationId: z.uuid(),
  /** Only when no e-mail was given: the link to pass on (the code is not stored anywhere). */
  url: z.string().optional(),
});
export type InvitationResult = z.infer<typeof invitationResult>;
