import { and, eq, inArray, isNull, notExists } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client';
import { memberships } from '../../db/schema';
import type { Actor } from '../../platform/actor';

const governing = alias(memberships, 'governing');

/**
 * Of the given accounts, those the actor does not govern: accounts with a membership (even a
 * suspended one) in an organization where the actor is not an active all-areas admin.
 * Decided in SQL, so nothing about those other organizations is loaded.
 */
export async function accountsBeyondReach(
  tx: Tx,
  actor: Pick<Actor, 'userId'>,
  userIds: string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await tx
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        inArray(memberships.userId, userIds),
        notExists(
          tx
            .select({ id: governing.id })
            .from(governing)
            .where(
              and(
                eq(governing.userId, actor.userId),
                eq(governing.organizationId, memberships.organizationId),
                eq(governing.role, 'admin'),
                eq(governing.allAreas, true),
                isNull(governing.suspendedAt),
              ),
            ),
        ),
      ),
    );
  return new Set(rows.map((row) => row.userId));
}

/** The organizations the account belongs to, other than the given one (for writing audit rows there). */
export async function otherOrganizationsOf(
  tx: Tx,
  userId: string,
  organizationId: string,
): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ organizationId: memberships.organizationId })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  return rows.map((row) => row.organizationId).filter((id) => id !== organizationId);
}
