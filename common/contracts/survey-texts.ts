import { z } from 'zod';
import { periodId } from './survey-analysis';

/**
 * API contracts of survey free text ("frisvar") with its themes, the heat map of marked places,
 * and the survey exports (server/modules/survey-texts/, server/modules/survey-exports/).
 */

export const freeTextPageSize = 50;

export const freeTextQuery = z.strictObject({
  waveId: z.uuid().optional(),
  areaId: z.uuid().optional(),
  theme: z.string().trim().min(1).max(60).optional(),
  q: z.string().trim().max(100).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type FreeTextQuery = z.infer<typeof freeTextQuery>;

const staffLabel = z.string();

/** One theme of an answer: source keywords (the tagger) or staff (added or confirmed by staff);
 * spans are [start, end) UTF-16 offsets into `text` of the keywords that matched. */
export const freeTextTheme = z.object({
  key: z.string(),
  label: staffLabel,
  source: z.enum(['keywords', 'staff']),
  spans: z.array(z.tuple([z.number().int(), z.number().int()])),
});

export const freeTextItem = z.object({
  responseId: z.uuid(),
  areaId: z.uuid(),
  areaName: z.string(),
  waveId: z.uuid(),
  waveName: z.string(),
  text: z.string(),
  /** The organization's own text question answered; null for the survey's free-text question.
   * Staff corrections of themes apply to the free text only. */
  question: z.object({ key: z.string(), label: staffLabel }).nullable(),
  themes: z.array(freeTextTheme),
  /** Themes the keywords gave but staff removed; DELETE the correction to restore one. */
  overruled: z.array(z.object({ key: z.string(), label: staffLabel })),
});
export type FreeTextItem = z.infer<typeof freeTextItem>;

/** count null when fewer than 5 answers mention the theme; shownAs is then '<5'. */
export const themeCount = z.object({
  key: z.string(),
  label: staffLabel,
  count: z.number().int().nullable(),
  shownAs: z.string(),
  visibility: z.enum(['suppressed', 'uncertain', 'shown']),
});

export const freeTextList = z.object({
  items: z.array(freeTextItem),
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  /** Counts over the wave, area and search filters (not the theme filter, so every theme can be chosen). */
  themeCounts: z.array(themeCount),
  /** Area × wave cells whose texts are withheld because the cell has fewer than 5 responses
   * (independent of the search, so a search cannot probe a withheld text). */
  suppressedCells: z.number().int(),
});
export type FreeTextList = z.infer<typeof freeTextList>;

export const themeCorrectionParams = z.strictObject({ id: z.uuid(), themeKey: z.string().min(1).max(60) });
export const themeCorrectionInput = z.strictObject({ action: z.enum(['add', 'remove']) });

export const heatmapQuery = z.strictObject({ waveId: z.uuid(), areaId: z.uuid().optional() });
export const heatmap = z.object({
  points: z.array(z.tuple([z.number(), z.number()])),
  /** True when some area's points were withheld (fewer than 5 responses in the wave). */
  suppressed: z.boolean(),
});
export type Heatmap = z.infer<typeof heatmap>;

export const surveyExportQuery = z.strictObject({ waveId: periodId.optional() });
export const areaReportParams = z.strictObject({ id: z.uuid() });
export const areaReportQuery = z.strictObject({ waveId: periodId.optional() });
