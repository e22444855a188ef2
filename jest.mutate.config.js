// Jest for `npm run mutate` (StrykerJS): the tests that run src/ itself. The e2e and build tests run the
// bundle dist/Code.js, which Stryker's mutants never reach, and the emulator's tests do not touch src/; the browser tests drive the built pages in dist/.
const base = require('./jest.config');

module.exports = {
  ...base,
  globalSetup: undefined,
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/build/', '/test/emulator/', '/test/architecture/', '/test/browser/'],
};
