/**
 * Child process for the durability test: commits one organization, then opens a transaction
 * that inserts many areas, says "in-transaction" and waits to be killed with SIGKILL.
 */
import { sql } from 'drizzle-orm';
import { openDatabase } from '../db/client';
import { areas, organizations } from '../db/schema';
import { newId } from '../platform/ids';

const [dataDir, organizationId] = process.argv.slice(2);
const database = await openDatabase({ url: process.env.DATABASE_URL, dataDir });
if (database.kind === 'pglite') await database.migrate();
await database.db
  .insert(organizations)
  .values({ id: organizationId, name: 'Committed', slug: organizationId });
await database.db.transaction(async (tx) => {
  for (let i = 0; i < 200; i++) {
    await tx.insert(areas).values({ organizationId, id: newId(), name: `Half ${i}`, code: `H${i}` });
  }
  await tx.execute(sql`select 1`);
  process.stdout.write('in-transaction\n');
  await new Promise(() => {}); // wait here until killed
});
