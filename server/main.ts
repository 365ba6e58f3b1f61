import { buildApp } from './app';
import { startBackgroundJobs } from './background-jobs';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { installMissingDefaultCategories } from './modules/reports/categories/default-categories';
import { startRollupCompaction } from './modules/surveys/rollups';
import { startSurveyBufferFlush } from './modules/surveys/sheet-buffer-loop';
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

  // Scheduled and retried work runs on the job queue (background-jobs.ts, platform/jobs/).
  const jobWorker = await startBackgroundJobs(app, database);
  // Two paces a loop keeps better than queued jobs (docs/decisions.md): answer sheets queue their
  // response for the survey totals, added four times a second; and sheets wait in the mixing
  // buffer until k of them (or a lone one's delay) are stored, checked every second.
  const loops = [
    startRollupCompaction(database.db, app.log),
    startSurveyBufferFlush(database.db, config.SURVEY_MIX_MIN_BATCH, app.log),
  ];

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    for (const loop of loops) loop.stop();
    // A running job (retention) stops after its batch in hand and is given back to the queue.
    await jobWorker.stop();
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
