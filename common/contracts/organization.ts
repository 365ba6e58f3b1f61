import { z } from 'zod';

/** API contract of the current organization's own settings. */
export const organizationView = z.object({
  id: z.uuid(),
  name: z.string(),
  /** Admins and social coordinators must use two-factor authentication. */
  requireTwoFactor: z.boolean(),
  abilities: z.array(z.string()),
});
export const organizationPatch = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  requireTwoFactor: z.boolean().optional(),
});
