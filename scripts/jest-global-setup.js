// Jest's global setup: rebuild dist/ and lib/ when a source is newer than them (see build-freshness.js).
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');
const { staleBuild } = require('./build-freshness');

module.exports = async function buildIfStale() {
  const root = join(__dirname, '..');
  const why = staleBuild(root);
  if (!why) return;
  process.stderr.write(`\nBuilding before the tests (${why}).\n`);
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
};
