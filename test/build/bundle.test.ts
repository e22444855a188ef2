// The pushed file must be a classic script whose top-level functions are exactly the entry points,
// because Apps Script calls menu items and triggers by name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { MENU_ITEMS } from '../../src/shell/menu';
import * as entryPoints from '../../src/index';

const root = join(__dirname, '../..');
const code = readFileSync(join(root, 'dist/Code.js'), 'utf8');

describe('dist/Code.js', () => {
  it('parses as a classic script (no import/export)', () => {
    expect(() => new vm.Script(code, { filename: 'Code.js' })).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('declares one top-level function per export of src/index.ts, and no others', () => {
    const ctx = vm.createContext({});
    vm.runInContext(code, ctx);
    const declared = Object.keys(ctx).filter((k) => typeof ctx[k] === 'function').sort();
    expect(declared).toEqual(Object.keys(entryPoints).sort());
    for (const name of declared) expect(code).toContain(`\nfunction ${name}(`);
  });

  it('has every menu handler as a top-level function', () => {
    const ctx = vm.createContext({});
    vm.runInContext(code, ctx);
    const handlers = MENU_ITEMS.flatMap((i) => (i === 'separator' ? [] : [i.handler]));
    expect(handlers.length).toBeGreaterThan(0);
    for (const h of handlers) expect(typeof ctx[h]).toBe('function');
  });

  it('keeps Cyrillic text readable (charset utf8), as staff see it in the script editor', () => {
    expect(code).toContain('Дорожная карта');
    expect(code).not.toMatch(/\\u04[0-4][0-9a-f]/i);
  });

  it('ships the manifest next to the code, as clasp pushes only rootDir', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'dist/appsscript.json'), 'utf8'));
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Europe/Moscow', exceptionLogging: 'STACKDRIVER' });
    expect(Array.isArray(manifest.oauthScopes)).toBe(true);
  });
});
