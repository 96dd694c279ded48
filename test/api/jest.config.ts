import type { Config } from 'jest';

const config: Config = {
  displayName: 'api',
  rootDir: '../..',
  testMatch: ['<rootDir>/test/api/**/*.integration-spec.ts'],
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
  moduleNameMapper: {
    '^@crm/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@crm/migrations$': '<rootDir>/migrations/index.ts',
  },
  // Each suite boots its own API and database; two at a time fits a 2-core machine.
  maxWorkers: 2,
  testTimeout: 60_000,
};

export default config;
