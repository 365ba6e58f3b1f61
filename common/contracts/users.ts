import { z } from 'zod';
import { locales, roles } from '../roles';

/** API contracts of user administration and the audit log. */

export const membershipInput = z.strictObject({
  role: z.enum(roles),
  /** null: all areas of the organization; otherwise the listed areas only. */
  areaIds: z.array(z.uuid()).max(1000).nullable(),
});

/**
 * Adding a person is always an invitation: the answer is the same whether or not the address
 * already has an account (in any organization), and the person accepts it themselves.
 */
export const userCreateInput = z.strictObject({
  email: z.email().max(320),
  /** A suggested name, offered only if the person creates a new account when accepting. */
  displayName: z.string().trim().min(1).max(200).optional(),
  /** The language of the invitation mail and of a new account. */
  locale: z.enum(locales).default('sv'),
  memberships: z.array(membershipInput).min(1).max(roles.length),
});
export const userPatch = z.strictObject({
  /** The account's own fields: only the person, or an admin of every organization of the account. */
  displayName: z.string().trim().min(1).max(200).optional(),
  locale: z.enum(locales).optional(),
  disabled: z.boolean().optional(),
  /** This organization's membership: roles and areas, and whether it is suspended. */
  memberships: z.array(membershipInput).min(1).max(roles.length).optional(),
  suspended: z.boolean().optional(),
});

/** What the acting admin may do to one member; computed by the server's member policy. */
export const memberActions = [
  'membership.update',
  'membership.suspend',
  'membership.remove',
  'account.update',
  'account.disable',
] as const;
export type MemberAction = (typeof memberActions)[number];

export const userView = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  locale: z.enum(locales),
  totpEnabled: z.boolean(),
  disabled: z.boolean(),
  memberships: z.array(z.object({ role: z.enum(roles), areaIds: z.array(z.uuid()).nullable() })),
  /** The membership in this organization is suspended (the account itself may be active elsewhere). */
  suspended: z.boolean(),
  /** What the acting admin may do to this member; the UI offers only these. */
  abilities: z.array(z.enum(memberActions)),
});
export type UserView = z.infer<typeof userView>;

/**
 * An invitation as the inviting organization sees it: the address it typed and the roles it
 * chose, nothing about any account behind the address.
 */
export const invitationView = z.object({
  id: z.uuid(),
  email: z.string(),
  memberships: z.array(membershipInput),
  status: z.enum(['pending', 'expired', 'declined']),
  invitedAt: z.string(),
  expiresAt: z.string(),
});
export type InvitationView = z.infer<typeof invitationView>;
export const userList = z.object({
  items: z.array(userView),
  invitations: z.array(invitationView),
  abilities: z.array(z.string()),
});

export const auditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** The id of the last entry already seen: ids are time-ordered (UUIDv7), so paging never skips an entry. */
  before: z.uuid().optional(),
  entityType: z.string().max(50).optional(),
});
export const auditEntry = z.object({
  id: z.uuid(),
  actor: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  createdAt: z.string(),
});
export const auditList = z.object({ items: z.array(auditEntry) });
