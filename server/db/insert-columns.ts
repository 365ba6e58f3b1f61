import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * `(col, …) values ($1, …)` for a row given by its schema keys, for hand-written statements
 * (a CTE inserting into two tables at once) that still name columns from the schema.
 */
export function insertColumns<T extends PgTable>(table: T, row: Partial<T['$inferInsert']>): SQL {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const keys = Object.keys(row).filter((key) => (row as Record<string, unknown>)[key] !== undefined);
  const names = keys.map((key) => sql.identifier(columns[key].name));
  const values = keys.map((key) => sql`${(row as Record<string, unknown>)[key]}`);
  return sql`(${sql.join(names, sql`, `)}) values (${sql.join(values, sql`, `)})`;
}
