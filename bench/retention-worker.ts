import { openDatabase } from '../server/db/client';
import { runRetention } from '../server/modules/retention/run';
import { LocalFileStorage } from '../server/platform/storage';

/**
 * The retention job as its own process, for bench/retention.ts: runs the schedule for one
 * organization and the installation-wide kinds until done, or until SIGTERM, which stops it after
 * the batch in hand (as the job queue does when the server stops). The rows it changed are in
 * retention_runs (the bench sums them); it prints how long it ran and whether it was stopped.
 */
const database = await openDatabase({ url: process.env.DATABASE_URL, dataDir: '' });
const stopping = new AbortController();
process.on('SIGTERM', () => stopping.abort());
const started = Date.now();
try {
  await runRetention({
    db: database.db,
    storage: new LocalFileStorage('/tmp/trygg-bench-retention-files'),
    organizationIds: [process.env.BENCH_ORGANIZATION_ID as string],
    installationWide: true,
    // Unset: the job's own defaults (run.ts), as the nightly job runs.
    batchSize: process.env.BENCH_BATCH ? Number(process.env.BENCH_BATCH) : undefined,
    restRatio: process.env.BENCH_REST_RATIO ? Number(process.env.BENCH_REST_RATIO) : undefined,
    signal: stopping.signal,
  });
} catch (error) {
  if (!stopping.signal.aborted) throw error;
}
console.log(JSON.stringify({ ms: Date.now() - started, stopped: stopping.signal.aborted }));
await database.close();
