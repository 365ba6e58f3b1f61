import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { reports, surveyCodes } from '../../db/schema';

/**
 * When a reporter withdraws their contact details, survey invitations the organization sent to
 * that address because of a finished work order lose it too: a reminder would otherwise still
 * be mailed there. Not while another of the organization's reports still holds the address (the
 * invitation may have come from that one). Returns how many invitations were cleared.
 */
export async function forgetWithdrawnAddress(
  tx: Tx,
  report: { organizationId: string; id: string },
  email: string,
): Promise<number> {
  const address = email.toLowerCase();
  const [other] = await tx
    .select({ id: reports.id })
    .from(reports)
    .where(
      and(
        eq(reports.organizationId, report.organizationId),
        ne(reports.id, report.id),
        isNull(reports.contactWithdrawnAt),
        sql`lower(${reports.reporterEmail}) = ${address}`,
      ),
    )
    .limit(1);
  if (other) return 0;
  const cleared = await tx
    .update(surveyCodes)
    .set({ inviteEmail: null })
    .where(
      and(
        eq(surveyCodes.organizationId, report.organizationId),
        eq(surveyCodes.inviteReason, 'work_order_done'),
        sql`lower(${surveyCodes.inviteEmail}) = ${address}`,
      ),
    )
    .returning({ id: surveyCodes.id });
  return cleared.length;
}
