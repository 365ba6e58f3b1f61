import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Login attempts per account and client address (docs/decisions.md, "Login throttling"). Global
 * like users, and in the database rather than in memory so that every server process and a
 * restart see the same counts. The account is the SHA-256 of the normalized e-mail address, so
 * an e-mail that has no account is throttled exactly like one that has (and is not stored as typed).
 */
export const loginThrottles = pgTable(
  'login_throttles',
  {
    accountKey: text('account_key').notNull(),
    /** IPv4 address, or the /64 prefix of an IPv6 address (one client usually holds a whole /64). */
    address: text('address').notNull(),
    /** Attempts since the last success (each is counted before the password is checked). */
    failures: integer('failures').notNull().default(0),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
    /** No attempt for this account from this address is checked before then. */
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
    /** A login (or password reset) succeeded from here: the address is known for the account. */
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.accountKey, t.address] }),
    index('login_throttles_address_idx').on(t.address),
  ],
);
