import { z } from 'zod';
import { locales, roles } from '../roles';

/** API contracts of user administration and the audit log. */

export const membershipInput = z.strictObject({
  role: z.enum(roles),
  /** null: all areas of the organization; otherwise the listed areas only. */
  areaIds: z.array(z.uuid()).max(1000).nullable(),
});

export const userCreateInput = z.strictObject({
  email: z.email().max(320),
  displayName: z.string().trim().min(1).max(200),
  locale: z.enum(locales).default('sv'),
  memberships: z.array(membershipInput).min(1).max(roles.length),
  /** When omitted, the user is sent a link to choose a password. */
  password: z.string().max(1024).optional(),
});
export const userPatch = z.strictObject({
  displayName: z.string().trim().min(1).max(200).optional(),
  locale: z.enum(locales).optional(),
  memberships: z.array(membershipInput).min(1).max(roles.length).optional(),
  disabled: z.boolean().optional(),
});

export const userView = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  locale: z.enum(locales),
  totpEnabled: z.boolean(),
  disabled: z.boolean(),
  memberships: z.array(z.object({ role: z.enum(roles), areaIds: z.array(z.uuid()).nullable() })),
});
export type UserView = z.infer<typeof userView>;
export const userList = z.object({ items: z.array(userView), abilities: z.array(z.string()) });

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
