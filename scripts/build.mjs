// Builds the two things this repository ships:
//  - dist/: what `clasp push` uploads: Code.js (a classic Apps Script file) and appsscript.json;
//  - lib/:  the local runtime's Node tools (demo, bench, deadline, the roadmap-tracker command);
//  - dist/web/index.html: the tracker as one self-contained web page (src/web), for schools without Google.
//    (.claspignore keeps it out of `clasp push`.)
// Apps Script calls menu and trigger handlers by name, so every export of src/index.ts becomes a
// top-level `function NAME()` that forwards to the bundle. The list comes from esbuild's metafile,
// never from a hand-kept list.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/index.ts');
const GLOBAL = '__roadmapTracker';

/** Names exported by the entry module, read from an ESM build's metafile. */
export async function entryExports() {
  const probe = await build({
    entryPoints: [entry], bundle: true, format: 'esm', write: false, metafile: true,
    outfile: 'probe.js', logLevel: 'silent', target: 'es2019',
  });
  const [output] = Object.values(probe.metafile.outputs);
  return output.exports.slice().sort();
}

async function buildAppsScript() {
  const names = await entryExports();
  const bad = names.filter((n) => !/^[A-Za-z_$][\w$]*$/.test(n) || n === 'default');
  if (bad.length) throw new Error(`src/index.ts exports names Apps Script cannot call: ${bad.join(', ')}`);
  const footer = [
    '// Entry points for Apps Script, generated from the exports of src/index.ts.',
    ...names.map((n) => `function ${n}() { return ${GLOBAL}.${n}.apply(this, arguments); }`),
  ].join('\n');
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  await build({
    entryPoints: [entry], bundle: true, format: 'iife', globalName: GLOBAL,
    outfile: join(root, 'dist/Code.js'), target: 'es2019', charset: 'utf8',
    footer: { js: footer }, logLevel: 'warning', legalComments: 'none',
    // `ADDON=1 npm run build`: a published editor add-on's menu goes under Extensions (createAddonMenu).
    define: { __AS_ADDON__: process.env.ADDON === '1' ? 'true' : 'false' },
  });
  if (process.env.ADDON === '1') writeFileSync(join(root, 'dist/appsscript.json'), addonManifest(readFileSync(join(root, 'appsscript.json'), 'utf8')));
  else copyFileSync(join(root, 'appsscript.json'), join(root, 'dist/appsscript.json'));
}

/**
 * The add-on's manifest: an editor add-on's time-driven run has no active spreadsheet, so the digest opens it
 * by id, and SpreadsheetApp.openById needs `spreadsheets` (`spreadsheets.currentonly` refuses it). That is the
 * narrowest scope SpreadsheetApp allows for it; every other scope stays as in the bound script's manifest.
 */
export function addonManifest(text) {
  const manifest = JSON.parse(text);
  manifest.oauthScopes = manifest.oauthScopes.map((s) => (s.endsWith('/auth/spreadsheets.currentonly') ? 'https://www.googleapis.com/auth/spreadsheets' : s));
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

async function buildNodeTools() {
  const tools = readdirSync(join(root, 'scripts')).filter((f) => f.endsWith('.ts'));
  if (!tools.length) return;
  rmSync(join(root, 'lib'), { recursive: true, force: true });
  mkdirSync(join(root, 'lib'), { recursive: true });
  const options = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', outdir: join(root, 'lib'), sourcemap: true, charset: 'utf8', logLevel: 'warning' };
  const command = 'roadmap-tracker.ts';
  await build({ ...options, entryPoints: tools.filter((f) => f !== command).map((f) => join(root, 'scripts', f)), packages: 'external' });
  // The command a school runs carries its packages inside (exceljs, JSZip…): Node finding and compiling
  // exceljs's hundreds of files took 0.35 s of CPU on every run, one file takes 0.12 s.
  if (tools.includes(command)) await build({ ...options, entryPoints: [join(root, 'scripts', command)], minify: true });
}

/** One HTML file: the page's bundle inlined, allowed to run by its hash in the page's CSP. */
async function buildWebPage() {
  const bundle = await build({
    entryPoints: [join(root, 'src/web/main.ts')], bundle: true, platform: 'browser', format: 'iife', target: 'es2020',
    minify: true, write: false, charset: 'utf8', logLevel: 'warning', legalComments: 'none',
    // The browser's own DOMParser instead of @xmldom/xmldom (src/web/xml-dom.ts).
    alias: { '@xmldom/xmldom': join(root, 'src/web/xml-dom.ts') },
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  });
  // Inline: a literal "</script" inside the code would end the element early.
  const script = bundle.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const hash = `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
  const page = await build({
    entryPoints: [join(root, 'src/web/page.ts')], bundle: true, platform: 'node', format: 'esm', write: false,
    loader: { '.html': 'text' }, logLevel: 'warning', charset: 'utf8',
  });
  const { renderPage } = await import(`data:text/javascript;base64,${Buffer.from(page.outputFiles[0].text).toString('base64')}`);
  mkdirSync(join(root, 'dist/web'), { recursive: true });
  writeFileSync(join(root, 'dist/web/index.html'), renderPage(script, hash));
}

await buildAppsScript();
await buildNodeTools();
await buildWebPage();
