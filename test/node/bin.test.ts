// The installed command's first line carries Node flags (bin/roadmap-tracker.js): it must still start the
// command where npx starts it — the kernel through `env -S` on Linux and macOS, npm's shims on Windows — and
// the bench must run the command with the same flags.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandNodeFlags } from '../../bench/offline';

const BIN = join(__dirname, '../../bin/roadmap-tracker.js');
const firstLine = readFileSync(BIN, 'utf8').split('\n', 1)[0];

jest.setTimeout(60000);

test('runs through its own first line, as npx runs it on Linux', () => {
  const r = spawnSync(BIN, ['--help'], { encoding: 'utf8' });
  expect(r.error).toBeUndefined();
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('Использование: roadmap-tracker');
});

test("npm's Windows shim reads node and the flags from the same line", () => {
  // cmd-shim's shebangExpr, verbatim (npm/cmd-shim lib/index.js, 7.0.0 and 8.0.0): .cmd/.ps1/sh shims run `prog args file`.
  const shebangExpr = /^#!\s*(?:\/usr\/bin\/env\s+(?:-S\s+)?((?:[^ \t=]+=[^ \t=]+\s+)*))?([^ \t]+)(.*)$/;
  const m = shebangExpr.exec(firstLine.trim());
  expect(m?.[2]).toBe('node');
  expect((m?.[3] ?? '').trim().split(/\s+/)).toEqual(commandNodeFlags(BIN));
});

test('the bench runs the command with the flags of its first line', () => {
  expect(commandNodeFlags(BIN)).toEqual(['--max-semi-space-size=4']);
  // Node accepts them (a misspelt flag stops node with «bad option»).
  const r = spawnSync(process.execPath, [...commandNodeFlags(BIN), '-e', '0'], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});
