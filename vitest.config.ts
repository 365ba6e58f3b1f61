import { defineConfig } from 'vitest/config';

// One database per worker (PGlite in memory, or the shared PostgreSQL when DATABASE_URL is set):
// modules are not isolated per file, so each worker migrates once and tests isolate themselves
// by creating their own organizations through factories.
export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'common/**/*.test.ts'],
    pool: 'forks',
    isolate: false,
    maxWorkers: 2,
    globalSetup: ['server/testing/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
