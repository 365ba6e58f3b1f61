import { sql } from 'drizzle-orm';
import { check, pgTable, smallint, timestamp } from 'drizzle-orm/pg-core';

/**
 * Facts about this installation as a whole (one row, id 1). Global, not a company's: it records
 * how the database came to be, e.g. that `npm start` seeded it with the demo companies — which is
 * what turns demo mode on, on this and every later start.
 */
export const installation = pgTable(
  'installation',
  {
    id: smallint('id').primaryKey().default(1),
    /** When the demo data was seeded into an empty database; null on a real installation. */
    demoSeededAt: timestamp('demo_seeded_at', { withTimezone: true }),
  },
  (t) => [check('installation_single_row', sql`${t.id} = 1`)],
);
