import { loadConfig } from '../config';
import { openDatabase, pendingMigrationCount } from './client';

/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL or the PGlite in DATA_DIR. */
async function run() {
  const config = loadConfig();
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const before = await pendingMigrationCount(database.db);
    await database.migrate();
    console.log(`Applied ${before} migration(s); the schema is current (${database.kind}).`);
  } finally {
    await database.close();
  }
}

run().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
