// Jest rebuilds dist/ and lib/ before the tests when a source is newer (scripts/jest-global-setup.js):
// the staleness check itself, on a throw-away tree.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
// A CommonJS helper shared with jest's global setup.
const { staleBuild, OUTPUTS } = require('../../scripts/build-freshness') as { staleBuild(root: string): string | null; OUTPUTS: string[] };

let root: string;
const T0 = new Date('2026-01-01T00:00:00Z');
const later = (s: number): Date => new Date(T0.getTime() + s * 1000);

function put(file: string, when: Date): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), 'x');
  utimesSync(join(root, file), when, when);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'freshness-'));
  put('src/core/status.ts', T0);
  put('emulator/dates.ts', T0);
  put('appsscript.json', T0);
  for (const f of OUTPUTS) put(f, later(10));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('staleBuild', () => {
  it('is null when every output is newer than every source', () => {
    expect(staleBuild(root)).toBeNull();
  });

  it('names a source edited after the build, however deep', () => {
    put('src/core/deadline/parser.ts', later(20));
    expect(staleBuild(root)).toBe('src changed after the last build');
  });

  it('counts the emulator and the manifest too (lib/ and dist/ are built from them)', () => {
    put('emulator/spreadsheet/values.ts', later(20));
    expect(staleBuild(root)).toMatch(/^emulator/);
    put('emulator/spreadsheet/values.ts', T0);
    put('appsscript.json', later(20));
    expect(staleBuild(root)).toMatch(/^appsscript\.json/);
  });

  it('compares against the oldest output, so one fresh file does not hide an old bundle', () => {
    put('src/index.ts', later(20));
    put('lib/roadmap-tracker.js', later(30));
    expect(staleBuild(root)).not.toBeNull();
  });

  it('is stale when an output is missing', () => {
    rmSync(join(root, 'dist/Code.js'));
    expect(staleBuild(root)).toBe('dist/Code.js missing');
  });
});
