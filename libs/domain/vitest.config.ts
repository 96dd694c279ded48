import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: __dirname,
    include: ['src/**/*.spec.ts'],
    environment: 'node',
  },
});
