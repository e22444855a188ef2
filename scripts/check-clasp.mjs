// Stops `npm run push` with a clear Russian message before clasp runs: a placeholder or missing scriptId,
// a rootDir other than dist, or nobody logged in to clasp. `clasp push --force` then never stops to ask
// (clasp 3.4.1 asks before overwriting appsscript.json, defaults to No and, without a terminal, skips the
// push silently: build/src/commands/push.js, confirmManifestUpdate).
//
// Login is asked of clasp itself (`clasp show-authorized-user --json` → {"loggedIn": …}, which makes no
// network call when there are no credentials), so clasp's own rules for ~/.clasprc.json, --auth and
// clasp_config_auth apply. `--project <file>` checks another .clasp.json (tests).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const at = args.indexOf('--project');
const projectFile = at >= 0 ? args[at + 1] : new URL('../.clasp.json', import.meta.url);
const SETUP = 'См. README, раздел «Установка в Google Таблицу».';

function stop(message) {
  console.error(message);
  process.exit(1);
}

let project;
try {
  project = JSON.parse(readFileSync(projectFile, 'utf8'));
} catch (e) {
  stop(e?.code === 'ENOENT'
    ? `Нет файла .clasp.json: проект Apps Script ещё не привязан. ${SETUP}`
    : `Файл .clasp.json не читается как JSON (${e.message}). ${SETUP}`);
}
if (!project.scriptId || String(project.scriptId).startsWith('PUT-')) {
  stop(`В .clasp.json не указан scriptId вашего проекта Apps Script. ${SETUP}`);
}
if (project.rootDir !== 'dist') {
  stop('В .clasp.json должно быть "rootDir": "dist" — туда собирается код для Apps Script.');
}

const clasp = createRequire(import.meta.url).resolve('@google/clasp') // build/src/index.js, the CLI itself;
const run = spawnSync(process.execPath, [clasp, 'show-authorized-user', '--json'], { encoding: 'utf8', env: process.env });
let status = null;
try {
  status = JSON.parse(run.stdout);
} catch {
  status = null;
}
if (!status) stop(`Не удалось спросить clasp, выполнен ли вход (${(run.stderr || run.stdout || '').trim().slice(0, 300)}).`);
if (!status.loggedIn) stop('Вы не вошли в clasp. Выполните `npx clasp login` (откроется браузер), затем снова `npm run push`.');
