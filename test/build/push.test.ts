// `npm run push` runs unattended: clasp 3.4.1 is told to overwrite the manifest, and the pre-check stops
// with a Russian message when the project is not set up or nobody is logged in to clasp.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'push-'));

function check(project: unknown, env: Record<string, string> = {}) {
  const file = join(dir, `clasp-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof project === 'string' ? project : JSON.stringify(project));
  // An auth file that does not exist: clasp then reports loggedIn false without any network call.
  const r = spawnSync(process.execPath, [join(root, 'scripts/check-clasp.mjs'), '--project', file], {
    encoding: 'utf8', env: { ...process.env, clasp_config_auth: join(dir, 'no-such-clasprc.json'), ...env },
  });
  return { code: r.status, err: r.stderr };
}

describe('npm run push', () => {
  it('pushes with --force, after the set-up check and before nothing else asks a question', () => {
    const steps = String(pkg.scripts.push).split('&&').map((s) => s.trim());
    expect(steps[0]).toBe('node scripts/check-clasp.mjs');
    expect(steps[steps.length - 1]).toBe('clasp push --force');
  });

  it('clasp 3.4.1 itself: --force skips the manifest question, which without a terminal answers No', () => {
    expect(JSON.parse(readFileSync(join(root, 'node_modules/@google/clasp/package.json'), 'utf8')).version).toBe('3.4.1');
    const push = readFileSync(join(root, 'node_modules/@google/clasp/build/src/commands/push.js'), 'utf8');
    expect(push).toContain(".option('-f, --force'");
    expect(push).toMatch(/if \(!isInteractive\(\)\) \{\s*return false;/);
  });

  it('stops in Russian on the placeholder scriptId', () => {
    const r = check({ scriptId: 'PUT-YOUR-SCRIPT-ID-HERE', rootDir: 'dist' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('не указан scriptId');
  });

  it('stops in Russian on a rootDir other than dist and on a broken file', () => {
    expect(check({ scriptId: '1abc', rootDir: '.' }).err).toContain('"rootDir": "dist"');
    expect(check('{ scriptId').err).toContain('не читается как JSON');
  });

  it('stops in Russian when nobody is logged in to clasp', () => {
    const r = check({ scriptId: '1abcdefghijklmnopqrstuvwxyz', rootDir: 'dist' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('Вы не вошли в clasp');
    expect(r.err).toContain('npx clasp login');
  });
});
