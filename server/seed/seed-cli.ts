import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { seedIfEmpty } from './seed';

/** `npm run db:seed`: opens the database like main.ts, migrates, seeds when empty, prints the logins. */
async function run() {
  const config = loadConfig();
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await database.migrate();
    const result = await seedIfEmpty(database.db);
    console.log(result.created ? 'Demo data created.' : 'The database already has data; nothing created.');
    console.log('Demo logins:');
    for (const login of result.logins) {
      console.log(
        `  ${login.organization.padEnd(16)} ${login.role.padEnd(20)} ${login.email}  ${login.password}`,
      );
    }
  } finally {
    await database.close();
  }
}

run().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
