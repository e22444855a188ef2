// Jest runs the TypeScript tests through esbuild (ts-jest does not work with TypeScript 7);
// types are checked separately by `npm run typecheck`.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': '<rootDir>/scripts/jest-esbuild.js' },
  cacheDirectory: '<rootDir>/.cache/jest',
  // e2e tests run dist/Code.js and lib/: rebuilt first when a source is newer, so no test sees a stale bundle.
  globalSetup: '<rootDir>/scripts/jest-global-setup.js',
  // End-to-end tests run the built bundle on large roadmaps and start child processes: no test is about speed.
  testTimeout: 30000,
};
