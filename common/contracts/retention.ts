import { z } from 'zod';
import { organizationKindNames, retentionKindNames, retentionKinds } from '../retention/schedule';

/** API contract of the retention schedule (admin): each kind's period and bounds, and the last runs. */
export const retentionKindView = z.object({
  kind: z.enum(retentionKindNames),
  unit: z.enum(['days', 'months']),
  period: z.number().int(),
  default: z.number().int(),
  min: z.number().int(),
  max: z.number().int(),
  scope: z.enum(['organization', 'installation']),
  source: z.enum(['default', 'organization']),
});

export const retentionRunView = z.object({
  id: z.uuid(),
  kind: z.string(),
  /** An installation-wide kind (outbox, reset links); the admin's list shows only the organization's own runs. */
  installationWide: z.boolean(),
  rule: z.string(),
  period: z.number().int(),
  unit: z.string(),
  decision: z.string().nullable(),
  rows: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  failed: z.boolean(),
});

export const retentionView = z.object({
  kinds: z.array(retentionKindView),
  /** The organization's gallringsbeslut, recorded with each run. */
  decision: z.string().nullable(),
  runs: z.array(retentionRunView),
});

/** Each kind an organization may set, a whole number within its bounds (400 names kind and bound). */
const periods = z.strictObject(
  Object.fromEntries(
    organizationKindNames.map((kind) => {
      const spec = retentionKinds[kind];
      return [kind, z.number().int().min(spec.min).max(spec.max).optional()];
    }),
  ) as Record<(typeof organizationKindNames)[number], z.ZodOptional<z.ZodNumber>>,
);

export const retentionPatch = z.strictObject({
  periods: periods.optional(),
  decision: z.string().trim().max(300).nullable().optional(),
});

export type RetentionView = z.infer<typeof retentionView>;
export type RetentionPatch = z.infer<typeof retentionPatch>;
