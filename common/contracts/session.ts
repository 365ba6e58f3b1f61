import { z } from 'zod';
import { locales, roles } from '../roles';
import { pendingInvitation } from './invitations';

/** API contracts of login, session and account, shared by server routes and the web app. */

export const loginInput = z.strictObject({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
});
export const twoFactorInput = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
});
export const switchOrganizationInput = z.strictObject({ organizationId: z.uuid() });
export const resetRequestInput = z.strictObject({ email: z.string().trim().min(3).max(320) });
export const resetConfirmInput = z.strictObject({
  token: z.string().min(10).max(200),
  password: z.string().max(1024),
});
export const passwordChangeInput = z.strictObject({
  currentPassword: z.string().max(1024),
  newPassword: z.string().max(1024),
});
export const accountPatch = z.strictObject({
  displayName: z.string().trim().min(1).max(200).optional(),
  locale: z.enum(locales).optional(),
});

/** Everything the web shell needs to know about who is logged in. */
export const sessionView = z.object({
  user: z
    .object({
      id: z.uuid(),
      email: z.string(),
      displayName: z.string(),
      locale: z.enum(locales),
      totpEnabled: z.boolean(),
    })
    .nullable(),
  /** Send this as the x-csrf-token header on every POST/PATCH/DELETE. */
  csrfToken: z.string().nullable(),
  awaitingTwoFactor: z.boolean(),
  /** True when the organization requires two-factor for one of the user's roles and it is not set up yet. */
  mustEnrollTwoFactor: z.boolean(),
  organization: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  organizations: z.array(z.object({ id: z.uuid(), name: z.string(), roles: z.array(z.enum(roles)) })),
  roles: z.array(z.enum(roles)),
  /** Actions allowed somewhere in the organization, e.g. 'area.create', 'user.manage', 'audit.read'. */
  abilities: z.array(z.string()),
  /** Invitations to other organizations waiting for the user's answer. */
  invitations: z.array(pendingInvitation),
});
export type SessionView = z.infer<typeof sessionView>;

export const twoFactorSetup = z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() });
