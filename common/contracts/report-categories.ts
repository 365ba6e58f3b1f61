import { z } from 'zod';
import { pillars, type tenantLocales } from '../reporting';

/** A text in the tenant languages; sv is required, the others fall back to en, then sv. */
export const localizedText = z
  .object({
    sv: z.string().trim().min(1).max(200),
    en: z.string().trim().max(200).optional(),
    ar: z.string().trim().max(200).optional(),
    so: z.string().trim().max(200).optional(),
    fa: z.string().trim().max(200).optional(),
    ti: z.string().trim().max(200).optional(),
  })
  .strict();
export type LocalizedText = Partial<Record<(typeof tenantLocales)[number], string>>;

export const categoryKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, 'a-z, 0-9 and _, 2–40 characters');

/** A category as staff see and edit it. */
export const reportCategory = z.object({
  id: z.uuid(),
  key: z.string(),
  name: z.record(z.string(), z.string()),
  description: z.record(z.string(), z.string()),
  restricted: z.boolean(),
  pillar: z.enum(pillars),
  targetDays: z.number().int(),
  sortOrder: z.number().int(),
  archived: z.boolean(),
});
export type ReportCategory = z.infer<typeof reportCategory>;

export const reportCategoryInput = z.strictObject({
  key: categoryKey,
  name: localizedText,
  description: localizedText.partial().optional(),
  restricted: z.boolean().optional(),
  pillar: z.enum(pillars).optional(),
  targetDays: z.number().int().min(1).max(365).optional(),
  sortOrder: z.number().int().min(0).max(1000).optional(),
});
export const reportCategoryPatch = reportCategoryInput.omit({ key: true }).partial();

export const reportCategoryList = z.object({
  items: z.array(reportCategory),
  abilities: z.array(z.string()),
});
export const reportCategoryListQuery = z.strictObject({
  includeArchived: z.enum(['true', 'false']).optional(),
});
export const reportCategoryParams = z.strictObject({ id: z.uuid() });
