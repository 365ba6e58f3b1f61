import { and, eq, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { loginThrottles as t } from '../../db/schema';
import { addressKey } from '../../platform/client-address';
import { tryAgainIn } from '../../platform/errors';
import { hashToken } from '../../platform/ids';

/**
 * Login throttling per account and client address, with ceilings per account and per address.
 * The reasoning (who can lock out whom) is in docs/decisions.md, "Login throttling".
 */

/** One login attempt: the e-mail as stored (normalized) and the client's address. */
export type LoginClient = { email: string; ip: string };

/** A pair's failures are forgotten a day after its last one. */
const failureMemory = sql`interval '24 hours'`;
/** Failures from one address count toward its ceiling for an hour. */
const addressWindow = sql`interval '1 hour'`;
/** A pair with no attempt for this long is deleted, and its address is no longer known. */
const knownFor = sql`interval '90 days'`;

function keysOf(client: LoginClient) {
  return { accountKey: hashToken(`login:${client.email}`), address: addressKey(client.ip) };
}

type ThrottleState = {
  blockedSeconds: number | null;
  known: boolean;
  accountFailures: number;
  addressFailures: number;
};

/** The pair's block and known state, and the recent failures of its account and of its address. */
async function stateOf(db: Db, accountKey: string, address: string): Promise<ThrottleState> {
  const pair = sql`${t.accountKey} = ${accountKey} and ${t.address} = ${address}`;
  const [state] = await db
    .select({
      blockedSeconds: sql<number | null>`ceil(extract(epoch from
        max(${t.blockedUntil}) filter (where ${pair}) - now()))::int`,
      known: sql<boolean>`coalesce(bool_or(${t.lastSuccessAt} is not null) filter (where ${pair}), false)`,
      accountFailures: sql<number>`coalesce(sum(${t.failures}) filter (where ${t.accountKey} = ${accountKey}
        and ${t.lastFailureAt} > now() - ${failureMemory}), 0)::int`,
      addressFailures: sql<number>`coalesce(sum(${t.failures}) filter (where ${t.address} = ${address}
        and ${t.lastFailureAt} > now() - ${addressWindow}), 0)::int`,
    })
    .from(t)
    .where(or(eq(t.accountKey, accountKey), eq(t.address, address)));
  return state ?? { blockedSeconds: null, known: false, accountFailures: 0, addressFailures: 0 };
}

/** The wait after the pair's n-th failure: none below the limit, then 1 s doubling up to the cap. */
function blockAfter(config: Config, failures: SQL): SQL {
  const free = config.LOGIN_MAX_FAILURES;
  const capSeconds = config.LOGIN_LOCKOUT_MINUTES * 60;
  return sql`case when ${failures} >= ${free}
    then now() + least(power(2, ${failures} - ${free}), ${capSeconds}) * interval '1 second' end`;
}

/**
 * Claims one attempt for this account from this address before the password (or code) is
 * checked, or refuses with how long to wait. The attempt counts as a failure until
 * recordLoginSuccess clears it, so parallel guesses cannot all slip in before the first is
 * counted; the update applies only while the pair is not blocked, which settles races.
 * Unknown and real accounts go through exactly the same steps.
 */
export async function claimLoginAttempt(db: Db, config: Config, client: LoginClient): Promise<void> {
  const { accountKey, address } = keysOf(client);
  const state = await stateOf(db, accountKey, address);
  if (state.blockedSeconds !== null && state.blockedSeconds > 0) throw tryAgainIn(state.blockedSeconds);
  const underAttack =
    state.accountFailures >= config.LOGIN_ACCOUNT_MAX_FAILURES ||
    state.addressFailures >= config.LOGIN_ADDRESS_MAX_FAILURES;
  // Where the account has logged in before it may still try (within its own backoff).
  if (underAttack && !state.known) throw tryAgainIn(config.LOGIN_LOCKOUT_MINUTES * 60);
  const failures = sql`(case when ${t.lastFailureAt} > now() - ${failureMemory} then ${t.failures} else 0 end) + 1`;
  const claimed = await db
    .insert(t)
    .values({ accountKey, address, failures: 1, lastFailureAt: sql`now()` })
    .onConflictDoUpdate({
      target: [t.accountKey, t.address],
      set: { failures, lastFailureAt: sql`now()`, blockedUntil: blockAfter(config, failures) },
      setWhere: or(isNull(t.blockedUntil), lt(t.blockedUntil, sql`now()`)),
    })
    .returning({ failures: t.failures });
  if (claimed.length === 0) {
    // A parallel attempt took the last free one in between.
    const { blockedSeconds } = await stateOf(db, accountKey, address);
    throw tryAgainIn(blockedSeconds ?? 1);
  }
}

/** A login (or a password reset) succeeded: the pair starts afresh and the address is known. */
export async function recordLoginSuccess(db: Db, client: LoginClient): Promise<void> {
  const { accountKey, address } = keysOf(client);
  await db
    .insert(t)
    .values({ accountKey, address, failures: 0, lastSuccessAt: sql`now()` })
    .onConflictDoUpdate({
      target: [t.accountKey, t.address],
      set: { failures: 0, blockedUntil: null, lastSuccessAt: sql`now()` },
    });
}

/** Drops pairs that no longer matter: forgotten failures with no success, or nothing for 90 days. */
export async function deleteStaleLoginThrottles(db: Db): Promise<void> {
  const forgotten = or(isNull(t.lastFailureAt), lt(t.lastFailureAt, sql`now() - ${failureMemory}`));
  await db
    .delete(t)
    .where(
      or(
        and(isNull(t.lastSuccessAt), forgotten),
        lt(sql`greatest(${t.lastSuccessAt}, ${t.lastFailureAt})`, sql`now() - ${knownFor}`),
      ),
    );
}
