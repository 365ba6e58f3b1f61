import { defineConfig } from 'vitest/config';

// Browser journeys (run through `npm run test:e2e`, which starts the server): one worker, one
// file at a time, so journeys do not race each other on the shared demo data.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
