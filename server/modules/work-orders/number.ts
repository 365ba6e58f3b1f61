import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { workOrders } from '../../db/schema';

/** The next running number of the organization's work orders ("åtgärd 142"). */
export async function nextNumber(tx: Tx, organizationId: string): Promise<number> {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${workOrders.number}), 0)::int + 1` })
    .from(workOrders)
    .where(eq(workOrders.organizationId, organizationId));
  return Number(row.next);
}

/** Whether a PostgreSQL unique violation lies under a driver or ORM wrapper. */
function isNumberTaken(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const candidate = current as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (candidate.code === '23505')
      return candidate.constraint === undefined || candidate.constraint === 'work_orders_number_unique';
    current = candidate.cause;
  }
  return false;
}

/**
 * Runs a transaction that takes the next number, once more if another transaction took the same
 * number at the same moment (max + 1 is read before either commits; the unique key catches it).
 */
export async function withNumberRetry<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isNumberTaken(error)) throw error;
    return write();
  }
}
