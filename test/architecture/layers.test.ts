// The walls between the parts of the repository are an ESLint rule (eslint.config.mjs, run by `npm run lint`
// in `npm test`). This proves the rule bites: each wall is shown a file that breaks it (and one that keeps
// it), linted as if it lived at that path. ESLint loads its config with import(), which jest's sandbox does
// not allow, so the linting runs in one child process.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');

interface Case { path: string; code: string; breaks: boolean }
const cases: Case[] = [
  // the pure core
  { path: 'src/core/probe.ts', code: "import { toast } from '../shell/ui';", breaks: true },
  { path: 'src/core/probe.ts', code: "import { readFileSync } from 'node:fs';", breaks: true },
  { path: 'src/core/probe.ts', code: "import { join } from 'path';", breaks: true },
  { path: 'src/core/deadline/probe.ts', code: "import { createEmulator } from '../../../emulator';", breaks: true },
  { path: 'src/core/probe.ts', code: "export const t = () => SpreadsheetApp.getActive();", breaks: true },
  { path: 'src/core/probe.ts', code: "export const e = process.env.TZ;", breaks: true },
  { path: 'src/core/probe.ts', code: "export const f = require('fs');", breaks: true },
  { path: 'src/core/probe.ts', code: "export const f = import('fs');", breaks: true },
  { path: 'src/core/probe.ts', code: "import { SHEETS } from '../text/ru';\nimport { isIsoDate } from './calendar';", breaks: false },
  { path: 'src/views/probe.ts', code: "import * as fs from 'fs/promises';", breaks: true },
  { path: 'src/views/probe.ts', code: "import { bench } from '../../bench/actions';", breaks: true },
  { path: 'src/views/probe.ts', code: "import { isIsoDate } from '../core/calendar';", breaks: false },
  { path: 'src/text/probe.ts', code: "import { ui } from '../shell/ui';", breaks: true },
  // the Google shell
  { path: 'src/shell/probe.ts', code: "import { writeFileSync } from 'node:fs';", breaks: true },
  { path: 'src/shell/probe.ts', code: "import { createEmulator } from '../../emulator';", breaks: true },
  { path: 'src/shell/probe.ts', code: "export const b = Buffer.from('x');", breaks: true },
  { path: 'src/shell/probe.ts', code: "import { isIsoDate } from '../core/calendar';\nexport const s = () => SpreadsheetApp.getActive();", breaks: false },
  { path: 'src/index.ts', code: "import { join } from 'node:path';", breaks: true },
  // the emulator
  { path: 'emulator/probe.ts', code: "import { toSerial } from '../src/core/calendar';", breaks: true },
  { path: 'emulator/spreadsheet/probe.ts', code: "import { SHEETS } from '../../src/text/ru';", breaks: true },
  { path: 'emulator/probe.ts', code: "import { readFileSync } from 'node:fs';\nimport { a1 } from './spreadsheet/a1';", breaks: false },
  // the Node side: the core's public entry only
  { path: 'scripts/probe.ts', code: "import { isIsoDate } from '../src/core/calendar';", breaks: true },
  { path: 'scripts/probe.ts', code: "import { SHEETS } from '../src/text/ru';", breaks: true },
  { path: 'scripts/probe.ts', code: "import { readTracker } from '../src/shell/tracker';", breaks: true },
  { path: 'scripts/local/probe.ts', code: "import { html } from '../../src/views/html';", breaks: true },
  { path: 'bench/probe.ts', code: "import { SEED_SECTIONS } from '../src/core/seed';", breaks: true },
  { path: 'scripts/probe.ts', code: "import { isIsoDate, SHEETS } from '../src/core';\nimport { createEmulator } from '../emulator';\nimport { join } from 'node:path';", breaks: false },
  { path: 'bench/probe.ts', code: "import type { Schedule } from '../src/core/index';", breaks: false },
  { path: 'scripts/probe.ts', code: "import { openPlanFile } from '../src/node';", breaks: false },
  { path: 'scripts/probe.ts', code: "import { saveWithBackup } from '../src/node/safe-save';", breaks: true },
  // the file shell: the core's public entry only, never the Google shell, the emulator or the tools
  { path: 'src/node/probe.ts', code: "import { FILES, type Cell } from '../core';\nimport * as ExcelJS from 'exceljs';\nimport { readFileSync } from 'node:fs';\nimport { fileKind } from './file-kind';", breaks: false },
  { path: 'src/node/probe.ts', code: "import { isDateCell } from '../core/cells';", breaks: true },
  { path: 'src/node/probe.ts', code: "import { SHEETS } from '../text/ru';", breaks: true },
  { path: 'src/node/probe.ts', code: "import { snapshotSpreadsheet } from '../shell/snapshot';", breaks: true },
  { path: 'src/node/probe.ts', code: "import { loadXlsx } from '../../emulator/workbook-files';", breaks: true },
  { path: 'src/node/probe.ts', code: "import { exitOnError } from '../../scripts/local/exit';", breaks: true },
  // the web page: the core's entry and the file shell's browser-safe modules, never Node
  { path: 'src/web/probe.ts', code: "import { WEB } from '../core';\nimport { runTracker } from '../node/run';\nimport * as ExcelJS from 'exceljs';", breaks: false },
  { path: 'src/web/probe.ts', code: "import { openPlanFile } from '../node';", breaks: true },
  { path: 'src/web/probe.ts', code: "import { saveWithBackup } from '../node/safe-save';", breaks: true },
  { path: 'src/web/probe.ts', code: "import { readFileSync } from 'node:fs';", breaks: true },
  { path: 'src/web/probe.ts', code: "export const b = Buffer.from('x');", breaks: true },
  { path: 'bin/probe.js', code: "require('../src/core');", breaks: true },
  { path: 'bin/probe.js', code: "require('../lib/roadmap-tracker.js');", breaks: false },
];

interface Linted { messages: { ruleId: string | null; message: string }[] }

function lintAll(): Linted[] {
  const script = `
    const { ESLint } = require('eslint');
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(root)} });
      const cases = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
      const out = [];
      for (const c of cases) out.push((await eslint.lintText(c.code, { filePath: c.path }))[0]);
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: root, input: JSON.stringify(cases), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Linted[];
}

describe('the walls (eslint.config.mjs)', () => {
  let linted: Linted[];
  beforeAll(() => { linted = lintAll(); });

  it.each(cases.map((c, i) => [c.path, c.code.replace(/\n/g, '; '), c.breaks, i] as const))(
    '%s: «%s» breaks a wall: %s', (_path, _code, breaks, i) => {
      const walls = linted[i].messages.filter((m) => /^no-restricted-/.test(m.ruleId ?? ''));
      const other = linted[i].messages.filter((m) => !/^no-restricted-/.test(m.ruleId ?? ''));
      expect(other).toEqual([]); // a parse error would hide a wall
      expect(walls.length > 0).toBe(breaks);
    });
});

describe('every folder of src/ is behind a wall', () => {
  // A new folder needs its own entry in eslint.config.mjs (and in README «Как устроен код»).
  it('src/ holds only core, views, text, shell, the file shell (node), the web page and the Apps Script entry', () => {
    expect(readdirSync(join(root, 'src')).sort()).toEqual(['core', 'index.ts', 'node', 'shell', 'text', 'views', 'web']);
  });
});
