import {
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { areas } from './places';

/** A person who logs in. Global: one account may belong to several organizations. */
export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  /** Stored lower-cased; unique across the installation. */
  email: text('email').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  locale: text('locale').notNull().default('sv'),
  totpSecret: text('totp_secret'),
  totpEnabled: boolean('totp_enabled').notNull().default(false),
  /** The last TOTP time step accepted: a code is accepted once only (replay protection). */
  totpLastStep: integer('totp_last_step'),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A role a user holds in one organization, scoped to all areas or to the listed ones. */
export const memberships = pgTable(
  'memberships',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').notNull(),
    allAreas: boolean('all_areas').notNull().default(true),
    /**
     * Set on every role row of the person in this organization when an admin suspends the
     * membership: it grants nothing until resumed, while their other organizations are untouched.
     */
    suspendedAt: timestamp('suspended_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    unique('memberships_user_role_unique').on(t.organizationId, t.userId, t.role),
    index('memberships_user_idx').on(t.userId),
  ],
);

/** The areas of a membership whose scope is a list rather than all areas. */
export const membershipAreas = pgTable(
  'membership_areas',
  {
    organizationId: uuid('organization_id').notNull(),
    membershipId: uuid('membership_id').notNull(),
    areaId: uuid('area_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.membershipId, t.areaId] }),
    foreignKey({
      columns: [t.organizationId, t.membershipId],
      foreignColumns: [memberships.organizationId, memberships.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.organizationId, t.areaId], foreignColumns: [areas.organizationId, areas.id] }),
  ],
);

/**
 * An organization's invitation to an e-mail address. Adding someone is always an invitation,
 * whether or not the address has an account, so the inviting admin learns nothing about other
 * organizations' accounts; the person accepts (by the mailed link or after logging in).
 * Only the token's hash is stored; the roles offered are kept as the admin chose them.
 */
export const invitations = pgTable(
  'invitations',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    /** Stored lower-cased, as the admin typed it. */
    email: text('email').notNull(),
    /** The name the admin suggested; offered only to a person who creates a new account. */
    suggestedName: text('suggested_name'),
    locale: text('locale').notNull().default('sv'),
    /** [{ role, areaIds: null | uuid[] }], checked again against the organization's areas on acceptance. */
    memberships: jsonb('memberships').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: uuid('invited_by').references(() => users.id),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    declinedAt: timestamp('declined_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] }), index('invitations_email_idx').on(t.email)],
);

/** Server-side sessions. The cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The organization the user is working in; switched from the web shell. */
    organizationId: uuid('organization_id').references(() => organizations.id),
    csrfToken: text('csrf_token').notNull(),
    /** True between a correct password and a correct TOTP code. */
    awaitingTwoFactor: boolean('awaiting_two_factor').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Single-use password reset links; only the token's hash is stored. */
export const passwordResets = pgTable('password_resets', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Mail kept when no SMTP server is configured: the outbox page of a demo installation. Global (an
 * account's mail belongs to no one company), so it records whom it concerns instead: the company
 * that wrote to a tenant or partner, or the account a password link was sent to. The outbox shows
 * an admin only rows of their own company, and account mail only for accounts wholly in it.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id').references(() => organizations.id),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    delivered: boolean('delivered').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Retention deletes the oldest mail in batches (modules/retention).
  (t) => [index('mail_outbox_created_idx').on(t.createdAt)],
);
