import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: __dirname,
    include: ['*.check.ts'],
    environment: 'node',
    // The extraction compiles the whole app: minutes on a busy 2-core machine. Only a hang is stopped.
    hookTimeout: 900_000,
  },
});
