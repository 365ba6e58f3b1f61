import { and, eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * The company-owned row with this organization and id: the join condition from a foreign key
 * (columns) or the lookup of a known row (values) — the same organization and that id (organization_id is part of every key, see architecture rule 1).
 */
export function sameRow(
  target: { organizationId: AnyPgColumn; id: AnyPgColumn },
  organizationId: AnyPgColumn | string,
  id: AnyPgColumn | string,
): SQL {
  return and(eq(target.organizationId, organizationId), eq(target.id, id)) as SQL;
}
