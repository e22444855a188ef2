// The runtime: a bundle loaded with gas-local sees the emulator's services, its own realm's Dates and
// arrays, the fake clock, and is run as menus, triggers and dialogs are.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator } from '../../emulator';
import { DEFAULT_CODE_PATH, loadBundle } from '../../emulator/runtime';
import { HELP, MENU } from '../../src/text/ru';

const FIXTURE = `
function readCell() {
  var v = SpreadsheetApp.getActiveSheet().getRange('A1:B1').getValues();
  return { isArray: v instanceof Array && v[0] instanceof Array, isDate: v[0][0] instanceof Date,
           iso: v[0][0].toISOString(), text: v[0][1] };
}
function now() { return [new Date().toISOString(), Date.now(), typeof Date()]; }
function writeToday() {
  SpreadsheetApp.getActiveSheet().getRange('C1').setValue(new Date());
  return SpreadsheetApp.getActiveSheet().getRange('C1').getDisplayValue();
}
function caught() {
  try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { return [e instanceof Error, e.name, e.message, String(e)]; }
}
function onOpen(e) {
  SpreadsheetApp.getUi().createMenu('Тест').addItem('Прочитать', 'readCell').addToUi();
  return [e.authMode, typeof e.source.getId, e.user.getEmail()];
}
function onEdit(e) {
  if (e.range.getA1Notation() === 'H2' && e.value === 'Выполнено') {
    e.range.offset(0, 1).setValue(new Date());
  }
  return [e.authMode, e.value, e.oldValue];
}
function tick(e) { return e; }
function ui() { return SpreadsheetApp.getUi().alert('x'); }
function fromDialog(a, b) { return a + b; }
function helper_() { return 'private'; }
var notAFunction = 1;
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'emu-runtime-'));
  writeFileSync(join(dir, 'Code.js'), FIXTURE);
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Asia/Yekaterinburg', oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] }));
  writeFileSync(join(dir, 'Other.js'), 'function shouldNotLoad() {}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function load() {
  const emu = createEmulator({ now: '2025-09-10T10:00' });
  const bundle = loadBundle(emu, join(dir, 'Code.js'));
  return { emu, bundle };
}

describe('loadBundle', () => {
  it('lists the top-level functions of the one file it loads', () => {
    const { bundle } = load();
    expect(bundle.functions).toEqual(['caught', 'fromDialog', 'helper_', 'now', 'onEdit', 'onOpen', 'readCell', 'tick', 'ui', 'writeToday']);
  });

  it('hands the script Dates and arrays of its own realm', () => {
    const { emu, bundle } = load();
    emu.poke('Лист1', 'A1', [[new Date('2025-09-15T00:00:00+03:00'), 'текст']]);
    expect(bundle.run('readCell')).toEqual({ isArray: true, isDate: true, iso: '2025-09-14T21:00:00.000Z', text: 'текст' });
  });

  it('makes new Date() and Date.now() read the fake clock', () => {
    const { emu, bundle } = load();
    const [iso, ms, type] = bundle.run('now') as [string, number, string];
    expect([iso, ms, type]).toEqual([emu.clock.now().toISOString(), emu.clock.nowMs(), 'string']);
    expect(bundle.run('writeToday')).toBe('10.09.2025 10:00:00');
  });

  it('throws Exceptions the script can catch as Errors of its realm', () => {
    const { bundle } = load();
    expect(bundle.run('caught')).toEqual([true, 'Exception', 'The starting row of the range is too small.', 'Exception: The starting row of the range is too small.']);
  });

  it('applies the manifest: script time zone and granted scopes', () => {
    const { emu } = load();
    expect(emu.globals.Session.getScriptTimeZone()).toBe('Asia/Yekaterinburg');
    expect(() => emu.globals.SpreadsheetApp.openById('x')).toThrow(/Required permissions: https:\/\/www.googleapis.com\/auth\/spreadsheets$/);
  });
});

describe('run', () => {
  it('runs onOpen as a simple trigger: LIMITED, with source and a blank user', () => {
    const { emu, bundle } = load();
    expect(bundle.run('onOpen', { as: 'simple' })).toEqual(['LIMITED', 'function', '']);
    expect(emu.ui.menuFunctions()).toEqual(['readCell']);
    expect(emu.env.executions.at(-1)).toMatchObject({ functionName: 'onOpen', kind: 'simple', authMode: 'LIMITED', calls: 5 }); // getUi, createMenu, addItem, addToUi, User.getEmail
  });

  it('passes an onEdit event built by userEdit, with value and oldValue', () => {
    const { emu, bundle } = load();
    emu.poke('Лист1', 'H2', [['В работе']]);
    const event = emu.userEdit('Лист1', 'H2', 'Выполнено');
    expect(bundle.run('onEdit', { as: 'simple', event })).toEqual(['LIMITED', 'Выполнено', 'В работе']);
    expect(emu.peek('Лист1', 'I2').displayValues).toEqual([['10.09.2025 10:00:00']]);
    expect(() => bundle.run('onEdit', { as: 'simple' })).toThrow(/onEdit needs its event/);
  });

  it('builds a time-driven event and forbids the UI there', () => {
    const { bundle } = load();
    const e = bundle.run('tick', { as: 'time' }) as Record<string, unknown>;
    expect(e).toMatchObject({ authMode: 'FULL', 'day-of-week': 3, 'day-of-month': 10, hour: 7, minute: 0, month: 9, year: 2025, 'week-of-year': 37, timezone: 'UTC' });
    expect(typeof e.triggerUid).toBe('string');
    expect(() => bundle.run('ui', { as: 'time' })).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(bundle.run('ui', { as: 'menu' })).toBe('OK');
  });

  it('passes dialog arguments, and refuses unknown or private functions like Apps Script', () => {
    const { bundle } = load();
    expect(bundle.run('fromDialog', { as: 'dialog', args: [2, 3] })).toBe(5);
    expect(() => bundle.run('nope', { as: 'menu' })).toThrow('Script function not found: nope');
    expect(() => bundle.run('notAFunction')).toThrow('Script function not found: notAFunction');
    expect(() => bundle.run('helper_', { as: 'menu' })).toThrow('Script function not found: helper_');
    expect(bundle.run('helper_')).toBe('private');
  });

  it('releases the script\'s locks when a run ends', () => {
    const { emu, bundle } = load();
    emu.registerService('Extra', { lock: () => emu.globals.LockService.getScriptLock().tryLock(0) });
    writeFileSync(join(dir, 'Code.js'), `${FIXTURE}\nfunction locking() { return Extra.lock(); }`);
    const b2 = loadBundle(emu, join(dir, 'Code.js'));
    expect(b2.run('locking', { as: 'menu' })).toBe(true);
    expect(emu.locks.heldByScript()).toEqual([]);
    writeFileSync(join(dir, 'Code.js'), FIXTURE);
    void bundle;
  });
});

describe('the real bundle (dist/Code.js)', () => {
  beforeAll(() => {
    if (!existsSync(DEFAULT_CODE_PATH)) execFileSync(process.execPath, [join(__dirname, '../../scripts/build.mjs')], { stdio: 'inherit' });
  });

  it('builds the «Дорожная карта» menu from onOpen as a simple trigger, and every item exists', () => {
    const emu = createEmulator({ now: '2025-09-10T10:00' });
    const bundle = loadBundle(emu);
    bundle.run('onOpen', { as: 'simple' });
    const menu = emu.ui.menu(MENU.title);
    expect(menu).toBeDefined();
    const items = emu.ui.menuFunctions();
    expect(items.length).toBeGreaterThan(0);
    for (const f of items) expect(bundle.functions).toContain(f);
  });

  it('builds the menu in AuthMode.NONE too (add-on installed but not enabled)', () => {
    const emu = createEmulator();
    loadBundle(emu).run('onOpen', { as: 'simple', authMode: 'NONE' });
    expect(emu.ui.menu(MENU.title)).toBeDefined();
  });

  it('runs the help item as a menu action and shows the help alert', () => {
    const emu = createEmulator();
    const bundle = loadBundle(emu);
    bundle.run('onOpen', { as: 'simple' });
    const help = emu.ui.menu(MENU.title)!.items.find((i) => i.kind === 'item' && i.caption === MENU.help);
    expect(help).toBeDefined();
    bundle.run((help as { functionName: string }).functionName, { as: 'menu' });
    expect(emu.ui.lastAlert()).toEqual({ title: HELP.title, prompt: HELP.text, buttons: 'OK', answer: 'OK' });
  });
});
