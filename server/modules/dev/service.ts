import { and, desc, eq, exists, isNull, notExists, notInArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { OutboxMail } from '../../../common/contracts/outbox';
import type { Db } from '../../db/client';
import { mailOutbox, memberships } from '../../db/schema';
import type { Actor } from '../../platform/actor';

const recipientMembership = alias(memberships, 'recipient_membership');
const adminMembership = alias(memberships, 'admin_membership');

/**
 * Mail an admin may read: what their organization sent, and password links of accounts that are
 * members here and nowhere the admin is not also an admin — a shared account's password link is
 * not one company's to read (issue 10, item 1).
 */
function visibleTo(db: Db, actor: Actor) {
  const memberHere = db
    .select({ one: sql`1` })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, mailOutbox.userId),
        eq(memberships.organizationId, actor.organizationId),
        isNull(memberships.suspendedAt),
      ),
    );
  const adminOf = db
    .select({ organizationId: adminMembership.organizationId })
    .from(adminMembership)
    .where(
      and(
        eq(adminMembership.userId, actor.userId),
        eq(adminMembership.role, 'admin'),
        // A suspended admin role counts for nothing, here as in every grant.
        isNull(adminMembership.suspendedAt),
      ),
    );
  const memberWhereNotAdmin = db
    .select({ one: sql`1` })
    .from(recipientMembership)
    .where(
      and(
        eq(recipientMembership.userId, mailOutbox.userId),
        notInArray(recipientMembership.organizationId, adminOf),
      ),
    );
  return or(
    eq(mailOutbox.organizationId, actor.organizationId),
    and(exists(memberHere), notExists(memberWhereNotAdmin)),
  );
}

/** The latest 50 mails of the actor's organization in the outbox, newest first. */
export async function listOutbox(db: Db, actor: Actor): Promise<OutboxMail[]> {
  const rows = await db
    .select()
    .from(mailOutbox)
    .where(visibleTo(db, actor))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(50);
  return rows.map((row) => ({
    id: row.id,
    to: row.recipient,
    subject: row.subject,
    text: row.body,
    createdAt: row.createdAt.toISOString(),
  }));
}
