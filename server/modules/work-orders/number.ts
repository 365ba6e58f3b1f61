import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { workOrders } from '../../db/schema';

/** Advisory lock class of work order numbering (rollups.ts holds 7314). */
const numberingLock = 7315;

/**
 * The next running number of the organization's work orders ("åtgärd 142"). Holds the
 * organization's numbering lock until the transaction ends, so transactions creating work orders
 * at the same moment take their numbers one after another instead of reading the same max + 1
 * (retrying once was not enough when three arrived together).
 */
export async function nextNumber(tx: Tx, organizationId: string): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(${numberingLock}, hashtext(${organizationId}))`);
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${workOrders.number}), 0)::int + 1` })
    .from(workOrders)
    .where(eq(workOrders.organizationId, organizationId));
  return Number(row.next);
}
