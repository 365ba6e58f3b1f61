import { z } from 'zod';
import { roles } from '../roles';

/** API contracts of answering an invitation: by the mailed link, or after logging in. */

export const invitationTokenInput = z.strictObject({ token: z.string().min(10).max(200) });

/** What the holder of an invitation link may know: it was sent to them. */
export const invitationLookup = z.object({
  organizationName: z.string(),
  email: z.string(),
  roles: z.array(z.enum(roles)),
  /** True when the address already has an account: accepting then only adds the membership. */
  accountExists: z.boolean(),
  suggestedName: z.string().nullable(),
  expiresAt: z.string(),
});

/** A new person chooses their name and password when accepting; an existing account needs neither. */
export const invitationAcceptInput = z.strictObject({
  token: z.string().min(10).max(200),
  displayName: z.string().trim().min(1).max(200).optional(),
  password: z.string().max(1024).optional(),
});

/** An invitation addressed to the logged-in user, answered from the web app. */
export const invitationDecisionInput = z.strictObject({ invitationId: z.uuid() });

export const pendingInvitation = z.object({
  id: z.uuid(),
  organizationName: z.string(),
  roles: z.array(z.enum(roles)),
  expiresAt: z.string(),
});
