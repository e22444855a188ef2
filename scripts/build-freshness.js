// Is the build (dist/ for Apps Script, lib/ for the Node tools) older than what it is built from? Jest's
// global setup asks before any test runs and rebuilds when it is, so `npx jest` after an edit tests the edit,
// while `npm test` (which has just built) does not build twice.
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

/** What the build reads: every file under these folders, and these files. */
const SOURCES = ['src', 'emulator', 'scripts', 'bench', 'appsscript.json', 'package.json'];
/** What the build writes and the tests run. */
const OUTPUTS = ['dist/Code.js', 'dist/appsscript.json', 'lib/roadmap-tracker.js', 'lib/demo.js', 'lib/bench.js', 'lib/deadline.js'];

function newestIn(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((newest, f) => Math.max(newest, newestIn(join(path, f))), 0);
}

/** Why the build at `root` is stale, or null when every output is newer than every source. */
function staleBuild(root) {
  const missing = OUTPUTS.filter((f) => !existsSync(join(root, f)));
  if (missing.length) return `${missing.join(', ')} missing`;
  const oldestOutput = Math.min(...OUTPUTS.map((f) => statSync(join(root, f)).mtimeMs));
  for (const source of SOURCES) {
    if (newestIn(join(root, source)) > oldestOutput) return `${source} changed after the last build`;
  }
  return null;
}

module.exports = { staleBuild, SOURCES, OUTPUTS };
