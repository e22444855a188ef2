// The add-on build (`ADDON=1`, issue 12 item 10, apart from the digest): built the way scripts/build.mjs
// builds it, loaded on the emulator as an editor add-on — the menu under Extensions from onOpen in
// AuthMode.NONE, every menu item a function of the bundle, and the report and «Диагностика» working in a
// run the person started — plus the README's section on installing it for a whole school domain.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { createEmulator } from '../../emulator';
import { loadBundle } from '../../emulator/runtime';
import { DIAGNOSTICS } from '../../src/text/ru';

const root = join(__dirname, '..', '..');

async function addonBundle(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'addon-'));
  // Same options as scripts/build.mjs with ADDON=1 (top-level functions come from the exports).
  const probe = await build({ entryPoints: [join(root, 'src/index.ts')], bundle: true, format: 'esm', write: false, metafile: true, outfile: 'p.js', logLevel: 'silent', target: 'es2019' });
  const names = (Object.values(probe.metafile!.outputs)[0].exports ?? []).slice().sort();
  await build({
    entryPoints: [join(root, 'src/index.ts')], bundle: true, format: 'iife', globalName: '__roadmapTracker',
    outfile: join(dir, 'Code.js'), target: 'es2019', charset: 'utf8', logLevel: 'warning', legalComments: 'none',
    footer: { js: names.map((n) => `function ${n}() { return __roadmapTracker.${n}.apply(this, arguments); }`).join('\n') },
    define: { __AS_ADDON__: 'true' },
  });
  copyFileSync(join(root, 'appsscript.json'), join(dir, 'appsscript.json'));
  return join(dir, 'Code.js');
}

describe('ADDON=1: the editor add-on', () => {
  it('builds the Extensions menu in AuthMode.NONE, and the report and «Диагностика» work once the person uses it', async () => {
    const code = await addonBundle();
    const emu = createEmulator({ now: '2024-06-20T10:00', addonName: 'Дорожная карта' });
    const app = loadBundle(emu, code);
    app.run('onOpen', { as: 'simple', authMode: 'NONE' });
    const menu = emu.ui.menus[0] as unknown as { caption: string; addon: boolean; items: { caption?: string; functionName?: string }[] };
    expect(menu.caption).toBe('Дорожная карта');
    for (const item of menu.items.filter((i) => i.functionName)) expect(app.functions).toContain(item.functionName);
    expect(menu.items.map((i) => i.caption)).toContain(DIAGNOSTICS.menu);
    app.run('setupStructure', { as: 'menu' });
    const report = app.run('createReport', { as: 'dialog', args: [{ period: 'plan', pdf: true }] }) as { ok: boolean };
    expect(report.ok).toBe(true);
    app.run('showDiagnostics', { as: 'menu' });
    expect(emu.ui.lastDialog()!.title).toBe(DIAGNOSTICS.title);
  });

  it('the README says how a domain administrator installs it, with Google\'s sources', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const at = readme.indexOf('## Дополнение для всей школы');
    expect(at).toBeGreaterThan(0);
    const section = readme.slice(at, readme.indexOf('\n## ', at + 5));
    for (const step of ['ADDON=1 npm run build', 'clasp create-version', 'Marketplace SDK', 'Private', 'Admin Only Install', 'Internal', 'admin.google.com', 'Установить администратором', 'Разрешить']) {
      expect(section).toContain(step);
    }
    for (const source of ['https://developers.google.com/workspace/marketplace/how-to-publish', 'https://support.google.com/a/answer/172482', 'https://developers.google.com/workspace/marketplace/enable-configure-sdk']) {
      expect(section).toContain(source);
    }
  });
});
