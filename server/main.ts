import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { startPgliteUpkeep } from './db/pglite-upkeep';
import { installMissingDefaultCategories } from './modules/reports/categories/default-categories';
import { deleteStaleLoginThrottles } from './modules/session/login-throttle';
import { startReminderTimer } from './modules/surveys/reminders';
import { startRollupCompaction } from './modules/surveys/rollups';
import { startSurveyBufferFlush } from './modules/surveys/sheet-buffer-loop';
import { deleteExpiredSessions } from './platform/auth/sessions';
import { startBackgroundLoop } from './platform/background-loop';
import { demoModeLine, resolveDemoMode, startupNotices } from './platform/demo-mode';
import { errorSerializer } from './platform/log-redaction';
import { seedIfEmpty } from './seed/seed';

/** Process entry: config → database → migrations → demo data → app → listen. */
async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  await database.migrate();
  await installMissingDefaultCategories(database.db);
  const seeded = config.SEED_DEMO ? await seedIfEmpty(database.db) : null;
  // Only a database seeded with the demo is a demo installation (outbox page, login banner).
  const demoMode = await resolveDemoMode(database.db, config);
  // A demo shows an answer counted soon: lone survey sheets wait 20 s there unless configured.
  if (demoMode && !process.env.SURVEY_MIX_MAX_WAIT_SECONDS)
    config = { ...config, SURVEY_MIX_MAX_WAIT_SECONDS: 20 };
  const app = await buildApp({ config, db: database.db, demoMode });
  for (const notice of startupNotices(demoMode, app.mailer.delivery)) app.log[notice.level](notice.message);

  // Background work runs in loops that outlive a database restart (platform/background-loop.ts).
  // Expired sessions are otherwise removed only when presented again, and login throttling rows
  // stop counting: sweep both now and hourly.
  const sweep = () =>
    Promise.all([deleteExpiredSessions(database.db), deleteStaleLoginThrottles(database.db)]);
  const loops = [
    startBackgroundLoop('session sweep', 60 * 60_000, sweep, app.log, 0),
    // Survey invitation reminders, every 15 minutes (a pg-boss job queue replaces this timer later).
    startReminderTimer(app),
    // Answer sheets queue their response for the survey totals; add the queue to them continually.
    startRollupCompaction(database.db, app.log),
    // Answer sheets wait in the mixing buffer until k of them (or a lone one's delay) are stored.
    startSurveyBufferFlush(database.db, config.SURVEY_MIX_MIN_BATCH, app.log),
    startPgliteUpkeep(database, app.log),
  ];

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    for (const loop of loops) loop?.stop();
    // Stops listening and waits for requests in flight; then the database waits for its running
    // transactions and shuts down cleanly (PGlite checkpoints, so ./data can then be copied).
    await app.close();
    await database.close();
    app.log.info('database closed; stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.PORT, host: config.HOST });
  const url = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  const store = database.kind === 'pglite' ? `embedded PGlite in ${config.DATA_DIR}` : 'PostgreSQL';
  const lines = [`\nTrygg is running at ${url} (${store})`];
  if (seeded && demoMode) {
    lines.push(seeded.created ? 'Demo data created. Demo logins:' : 'Demo logins:');
    for (const login of seeded.logins)
      lines.push(`  ${login.role.padEnd(20)} ${login.email}  ${login.password}`);
  }
  if (demoMode) lines.push(demoModeLine);
  console.log(lines.join('\n'));
}

main().catch((error) => {
  // As the logger keeps errors: a failed query's parameters (seeding, migrations) are left out.
  const logged = errorSerializer(error);
  console.error(logged.stack || logged.message);
  process.exit(1);
});
