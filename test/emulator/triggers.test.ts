// ScriptApp triggers on the emulator: the builder chain, per-user listing and deletion, the 20-trigger limit,
// permission errors in simple triggers, and clock triggers fired from the fake clock with Apps Script's event.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator, SCOPES } from '../../emulator';
import { loadBundle } from '../../emulator/runtime';
import { TOO_MANY_TRIGGERS } from '../../emulator/triggers';

const FIXTURE = `
var fired = [];
function installWeekly() {
  return ScriptApp.newTrigger('tick').timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(8).everyWeeks(1)
    .inTimezone('Europe/Moscow').create().getUniqueId();
}
function installOnce(ms) { return ScriptApp.newTrigger('tick').timeBased().after(ms).create().getUniqueId(); }
function installDaily() { return ScriptApp.newTrigger('tick').timeBased().everyDays(1).atHour(6).nearMinute(30).create().getUniqueId(); }
function installEdit() { return ScriptApp.newTrigger('tick').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create().getEventType(); }
function list() {
  return ScriptApp.getProjectTriggers().map(function (t) {
    return [t.getHandlerFunction(), String(t.getEventType()), String(t.getTriggerSource()), t.getUniqueId()];
  });
}
function removeAll() {
  var ts = ScriptApp.getProjectTriggers();
  ts.forEach(function (t) { ScriptApp.deleteTrigger(t); });
  return ts.length;
}
function tick(e) {
  fired.push(e);
  return [e.authMode, e.triggerUid, Session.getActiveUser().getEmail(), new Date().toISOString()];
}
function firedEvents() { return fired; }
function onOpen() { return installWeekly(); }
function bad(which) {
  var b = ScriptApp.newTrigger('tick').timeBased();
  if (which === 'none') return b.create();
  if (which === 'two') return b.everyDays(1).everyWeeks(1).create();
  if (which === 'minutes') return b.everyMinutes(7).create();
  if (which === 'hourAfter') return b.after(1000).atHour(5).create();
}
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'emu-triggers-'));
  writeFileSync(join(dir, 'Code.js'), FIXTURE);
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Europe/Moscow', oauthScopes: [SCOPES.sheetsCurrent, SCOPES.scriptApp, SCOPES.email] }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function load(now = '2025-11-20T10:00') {
  const emu = createEmulator({ now, user: 'zavuch@school.example' });
  const app = loadBundle(emu, join(dir, 'Code.js'));
  return { emu, app };
}

describe('ScriptApp.newTrigger', () => {
  it('builds a weekly clock trigger the owner lists and deletes; other users see none of it', () => {
    const { emu, app } = load();
    const uid = app.run('installWeekly', { as: 'menu' }) as string;
    expect(uid).toMatch(/^\d{19}$/);
    expect(app.run('list', { as: 'menu' })).toEqual([['tick', 'CLOCK', 'CLOCK', uid]]);
    expect(app.run('list', { as: 'menu', activeUser: 'teacher@school.example' })).toEqual([]);
    expect(app.run('removeAll', { as: 'menu', activeUser: 'teacher@school.example' })).toBe(0);
    const [info] = emu.triggers.list();
    expect(info).toMatchObject({ uid, handler: 'tick', owner: 'zavuch@school.example', eventType: 'CLOCK' });
    expect(info.schedule).toMatch(/^every 1 week\(s\) MONDAY 08:\d\d Europe\/Moscow$/);
    // Thursday 20.11.2025 → the next Monday, 24.11.2025, 08:xx Moscow time.
    expect(info.nextFire!.toISOString()).toMatch(/^2025-11-24T05:\d\d:00\.000Z$/);
    expect(app.run('removeAll', { as: 'menu' })).toBe(1);
    expect(emu.triggers.list()).toEqual([]);
  });

  it('makes installable spreadsheet triggers too', () => {
    const { app } = load();
    expect(app.run('installEdit', { as: 'menu' })).toBe('ON_EDIT');
    expect(app.run('list', { as: 'menu' })).toEqual([['tick', 'ON_EDIT', 'SPREADSHEETS', expect.any(String)]]);
  });

  it('refuses the 21st trigger of a user with Apps Script\'s text', () => {
    const { app } = load();
    for (let i = 0; i < 20; i++) app.run('installOnce', { as: 'menu', args: [60_000] });
    expect(() => app.run('installOnce', { as: 'menu', args: [60_000] })).toThrow(TOO_MANY_TRIGGERS);
    expect(app.run('installOnce', { as: 'menu', args: [60_000], activeUser: 'teacher@school.example' })).toMatch(/^\d+$/);
  });

  it('creates nothing from a simple trigger: the permission error, as field reports show', () => {
    const { emu, app } = load();
    expect(() => app.run('onOpen', { as: 'simple' })).toThrow(
      'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp');
    expect(() => app.run('list', { as: 'simple' })).toThrow('You do not have permission to call ScriptApp.getProjectTriggers.');
    expect(emu.triggers.list()).toEqual([]);
  });

  it('rejects a schedule that says nothing, says two things, or uses an interval Apps Script does not offer', () => {
    const { app } = load();
    expect(() => app.run('bad', { as: 'menu', args: ['none'] })).toThrow(/no schedule/);
    expect(() => app.run('bad', { as: 'menu', args: ['two'] })).toThrow(/more than one schedule/);
    expect(() => app.run('bad', { as: 'menu', args: ['minutes'] })).toThrow(/1, 5, 10, 15 or 30/);
    expect(() => app.run('bad', { as: 'menu', args: ['hourAfter'] })).toThrow(/atHour\(\) can only be used/);
  });
});

describe('firing clock triggers', () => {
  it('fires a weekly trigger each Monday at one stable minute of the hour, as its owner, with the clock event', () => {
    const { emu, app } = load();
    const uid = app.run('installWeekly', { as: 'menu' }) as string;
    const fires = emu.triggers.fireDue(app, '2025-12-09T00:00');
    expect(fires.map((f) => f.error)).toEqual([undefined, undefined, undefined]);
    const times = fires.map((f) => new Date(f.atMs).toISOString());
    const minute = times[0].slice(14, 16);
    expect(times).toEqual([`2025-11-24T05:${minute}:00.000Z`, `2025-12-01T05:${minute}:00.000Z`, `2025-12-08T05:${minute}:00.000Z`]);
    const [authMode, triggerUid, user, at] = fires[0].result as string[];
    expect([authMode, triggerUid, user, at]).toEqual(['FULL', uid, 'zavuch@school.example', times[0]]);
    expect(fires[0].event).toMatchObject({ 'day-of-week': 1, hour: 5, timezone: 'UTC', year: 2025, month: 11, 'day-of-month': 24, triggerUid: uid });
    expect(emu.clock.now().toISOString()).toBe('2025-12-08T21:00:00.000Z');
    expect(emu.executions.filter((x) => x.kind === 'time')).toHaveLength(3);
  });

  it('fires a one-off once (it stays listed until deleted) and a daily trigger near its minute', () => {
    const { emu, app } = load();
    const once = app.run('installOnce', { as: 'menu', args: [3_600_000] }) as string;
    app.run('installDaily', { as: 'menu' });
    const fires = emu.triggers.fireDue(app, '2025-11-22T12:00');
    expect(fires.map((f) => [f.uid === once ? 'once' : 'daily', new Date(f.atMs).toISOString()])).toEqual([
      ['once', '2025-11-20T08:00:00.000Z'],
      ['daily', '2025-11-21T03:30:00.000Z'],
      ['daily', '2025-11-22T03:30:00.000Z'],
    ]);
    expect(emu.triggers.list().find((t) => t.uid === once)).toMatchObject({ fired: 1, nextFire: null });
  });

  it('fire(app, uid) runs a trigger now, e.g. twice in a row as a double fire would', () => {
    const { emu, app } = load();
    const uid = app.run('installWeekly', { as: 'menu' }) as string;
    emu.triggers.fire(app, uid);
    emu.triggers.fire(app, uid);
    expect((app.run('firedEvents') as unknown[]).length).toBe(2);
    expect(emu.triggers.list()[0].fired).toBe(2);
  });

  it('records the error of a run whose handler no longer exists, as Apps Script does', () => {
    const { emu, app } = load();
    emu.withContext('menu', () => (emu.globals.ScriptApp as unknown as { newTrigger(f: string): { timeBased(): { after(ms: number): { create(): unknown } } } })
      .newTrigger('gone').timeBased().after(1000).create());
    const [fire] = emu.triggers.fireDue(app, '2025-11-20T11:00');
    expect(fire.error).toBe('Exception: Script function not found: gone');
  });
});
