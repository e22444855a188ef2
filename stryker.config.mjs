// `npm run mutate` (not in CI): StrykerJS mutation testing of the pure core (src/core, src/views). One test
// process at a time: the machine is small and shared. Narrow a run to some files with
//   npm run mutate -- --mutate src/core/status.ts
// StrykerJS 9.6 (10.x needs Node 22; this project runs on Node 20). Stryker parses TypeScript itself and the
// tests go through the usual esbuild transform (scripts/jest-esbuild.js), so no TypeScript checker is used
// (none supports TypeScript 7): a mutant that would not type-check is simply run and, almost always, killed.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.mutate.config.js', enableFindRelatedTests: true },
  mutate: ['src/core/**/*.ts', 'src/views/**/*.ts', '!src/core/index.ts'],
  // No tsconfig rewriting: Stryker does it with the TypeScript compiler API, which TypeScript 7 does not ship,
  // and the tests never read a tsconfig (esbuild transforms each file on its own).
  tsconfigFile: '',
  coverageAnalysis: 'perTest',
  concurrency: 1,
  ignoreStatic: true,
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['dist', 'lib', 'out', 'reports', '.cache', 'coverage'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
};
