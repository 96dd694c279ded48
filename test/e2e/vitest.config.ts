import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: __dirname,
    include: ['**/*.e2e.ts'],
    environment: 'node',
    // Each journey starts its own server and browser; one at a time on a 2-core machine.
    fileParallelism: false,
    // Journeys wait for real events (a response, a locator state), never for the clock: these
    // limits only stop a hang, generous enough for a machine shared with other work.
    testTimeout: 240_000,
    hookTimeout: 300_000,
  },
});
