import { openDatabase } from '../db/client';

/** With PostgreSQL, migrate once before the workers start; PGlite workers migrate their own. */
export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const database = await openDatabase({ url, dataDir: '' });
  await database.migrate();
  await database.close();
}
