import type { Config } from 'jest';

const config: Config = {
  displayName: 'api',
  rootDir: '../..',
  // Integration suites in test/api; unit specs of API helpers beside the code they test.
  testMatch: ['<rootDir>/test/api/**/*.integration-spec.ts', '<rootDir>/apps/api/src/**/*.spec.ts'],
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
  moduleNameMapper: {
    '^@crm/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@crm/migrations$': '<rootDir>/migrations/index.ts',
  },
  // Migrates one database before any suite; each suite starts from a copy of it.
  globalSetup: '<rootDir>/test/api/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/api/support/global-teardown.ts',
  // Each suite boots its own API and database; two at a time fits a 2-core machine.
  maxWorkers: 2,
  // Hooks and tests wait for real events, never for the clock: the timeout is only a safety net
  // against a hang, generous enough for a machine shared with other work.
  testTimeout: 180_000,
};

export default config;
