/** Tests drive the real server over HTTP against real PostgreSQL (TEST_DATABASE_URL, else embedded). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Type-checking is `npm run typecheck`; tests only transpile (3x faster cold start).
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  setupFiles: ['reflect-metadata'],
  // Generous: two files share two cores with the servers they start (CI measured hook times near 60 s).
  testTimeout: 120_000,
  // Each file starts its own hub and database; two at a time suits the 2-core machines.
  maxWorkers: process.env.JEST_WORKERS ?? 2,
};
