import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, testConfig } from '../config';
import type { Database } from '../db/client';
import { organizations } from '../db/schema';
import { seedIfEmpty } from '../seed/seed';
import { openScratchDatabase } from '../testing/scratch-database';
import { recordDemoSeeded, resolveDemoMode, startupNotices } from './demo-mode';
import { newId } from './ids';

// Demo mode is a fact about the whole database, so this test gets its own: in-memory PGlite, or
// a scratch database on the PostgreSQL server when DATABASE_URL is set.
let scratch: Awaited<ReturnType<typeof openScratchDatabase>> | undefined;
let database: Database;

beforeAll(async () => {
  scratch = await openScratchDatabase('trygg_demo_mode_test');
  database = scratch.database;
});

afterAll(async () => {
  await scratch?.close();
});

describe('demo mode', () => {
  it('is off by default: no environment variable can turn it on', () => {
    expect(loadConfig({}).DEMO_MODE).toBeUndefined();
    expect(() => loadConfig({ DEMO_MODE: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ DEMO_MODE: '1' })).toThrow(/DEMO_MODE: can only be false/);
    expect(loadConfig({ DEMO_MODE: 'false' }).DEMO_MODE).toBe(false);
  });

  it('stays off for a database with data that was not seeded as a demo, and on once it was', async () => {
    const config = testConfig();
    expect(await resolveDemoMode(database.db, config)).toBe(false);
    // A real company's database: npm start's seed (SEED_DEMO defaults to true) leaves it alone.
    const id = newId();
    await database.db.insert(organizations).values({ id, name: 'Riktiga Bostäder', slug: `real-${id}` });
    expect((await seedIfEmpty(database.db)).created).toBe(false);
    expect(await resolveDemoMode(database.db, config)).toBe(false);

    // What seedIfEmpty records in its transaction on an empty database (seed.test.ts runs it whole).
    await recordDemoSeeded(database.db, new Date());
    expect(await resolveDemoMode(database.db, config)).toBe(true);
    expect(await resolveDemoMode(database.db, testConfig({ DEMO_MODE: false }))).toBe(false);
  });

  it('says at start that mail cannot be sent when there is neither SMTP nor a demo', () => {
    expect(startupNotices(false, 'none')).toEqual([
      { level: 'warn', message: expect.stringMatching(/^Mail cannot be sent: SMTP_URL is not set/) },
    ]);
    expect(startupNotices(true, 'outbox')).toEqual([
      { level: 'warn', message: expect.stringMatching(/DEMO MODE/) },
    ]);
    expect(startupNotices(false, 'smtp')).toEqual([]);
  });
});
