// One jest run for every tier; `npm test` starts it with --experimental-vm-modules because NestJS 12 ships as ES modules.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', swc] },
  moduleNameMapper: {
    '^@ogp-forum/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};

export default {
  rootDir: '.',
  // One embedded PostgreSQL for the whole run, migrated and seeded once into a template database.
  globalSetup: '<rootDir>/apps/api/test/global-setup.mjs',
  globalTeardown: '<rootDir>/apps/api/test/global-teardown.mjs',
  maxWorkers: 2,
  // The api and browser tiers start real servers and a browser; a test that needs longer than this is broken.
  testTimeout: 90_000,
  projects: [
    { ...shared, displayName: 'domain', rootDir: '<rootDir>', testMatch: ['<rootDir>/libs/domain/src/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'api',
      rootDir: '<rootDir>',
      testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts', '<rootDir>/apps/api/test/**/*.spec.ts'],
      setupFiles: ['<rootDir>/apps/api/test/quiet-logs.ts'],
    },
    // The web's generated GraphQL types, checked against the schema and the documents.
    { ...shared, displayName: 'web', rootDir: '<rootDir>', testMatch: ['<rootDir>/apps/web/*.spec.ts'] },
    {
      ...shared,
      displayName: 'browser',
      rootDir: '<rootDir>',
      testMatch: ['<rootDir>/apps/web/e2e/**/*.e2e.ts'],
      setupFiles: ['<rootDir>/apps/api/test/quiet-logs.ts'],
    },
  ],
};
