// A jest transform: TypeScript → CommonJS with esbuild (types are checked by tsc, not here).
const { transformSync } = require('esbuild');
const { createHash } = require('crypto');

module.exports = {
  process(source, filename) {
    const out = transformSync(source, {
      loader: 'ts', format: 'cjs', target: 'node20', sourcemap: 'inline', sourcefile: filename,
    });
    return { code: out.code };
  },
  getCacheKey(source, filename) {
    return createHash('sha1').update(source).update(filename).update('esbuild-0').digest('hex');
  },
};
