import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: __dirname,
    include: ['**/*.e2e.ts'],
    environment: 'node',
    // Each journey starts its own server and browser; one at a time on a 2-core machine.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
