// PropertiesService, LockService, Utilities, Session, Logger and console.
import { createEmulator } from '../../emulator';

function setup(opts: Parameters<typeof createEmulator>[0] = {}) {
  const emu = createEmulator({ now: '2025-09-10T10:00', ...opts });
  return { emu, g: emu.globals };
}

describe('PropertiesService', () => {
  it('stores strings only, gives null for a missing key, and keeps stores apart', () => {
    const { emu, g } = setup();
    const doc = g.PropertiesService.getDocumentProperties();
    doc.setProperty('n', 5 as unknown as string).setProperty('o', { a: 1 } as unknown as string);
    expect(doc.getProperty('n')).toBe('5');
    expect(doc.getProperty('o')).toBe('[object Object]');
    expect(doc.getProperty('missing')).toBeNull();
    expect(g.PropertiesService.getScriptProperties().getProperty('n')).toBeNull();
    g.PropertiesService.getUserProperties().setProperties({ a: '1', b: '2' });
    expect(g.PropertiesService.getUserProperties().getKeys().sort()).toEqual(['a', 'b']);
    g.PropertiesService.getUserProperties().setProperties({ c: '3' }, true);
    expect(g.PropertiesService.getUserProperties().getProperties()).toEqual({ c: '3' });
    doc.deleteProperty('n');
    expect(emu.properties('document')).toEqual({ o: '[object Object]' });
    emu.setProperties('script', { FOLDER: 'x' });
    expect(g.PropertiesService.getScriptProperties().getProperty('FOLDER')).toBe('x');
  });

  it('throws the quota error for a value over 9 KB and a store over 500 KB, leaving the store as it was', () => {
    const { g } = setup();
    const p = g.PropertiesService.getScriptProperties();
    const msg = 'You have exceeded the property storage quota. Please remove some properties and try again.';
    expect(() => p.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(msg);
    expect(p.getProperty('big')).toBeNull();
    let n = 0;
    expect(() => {
      for (;;) p.setProperty(`k${n++}`, 'y'.repeat(9000));
    }).toThrow(msg);
    expect(n).toBeGreaterThan(50);
    expect(n).toBeLessThan(60);
  });
});

describe('LockService', () => {
  it('acquires free locks, reports hasLock, releases', () => {
    const { g } = setup();
    const lock = g.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('waits on the fake clock when another execution holds the lock', () => {
    const { emu, g } = setup();
    emu.locks.holdElsewhere('document');
    const t0 = emu.clock.nowMs();
    expect(g.LockService.getDocumentLock().tryLock(5000)).toBe(false);
    expect(emu.clock.nowMs() - t0).toBe(5000);
    expect(() => g.LockService.getDocumentLock().waitLock(10000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(g.LockService.getScriptLock().tryLock(0)).toBe(true);
    emu.locks.releaseElsewhere('document');
    expect(g.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  it('gets the lock once the other execution lets go within the timeout', () => {
    const { emu, g } = setup();
    emu.locks.holdElsewhere('script', { forMs: 3000 });
    const t0 = emu.clock.nowMs();
    g.LockService.getScriptLock().waitLock(10000);
    expect(emu.clock.nowMs() - t0).toBe(3000);
    expect(emu.locks.heldByScript()).toEqual(['script']);
  });
});

describe('Utilities.formatDate (Java SimpleDateFormat)', () => {
  const d = new Date('2025-09-07T06:05:03.007Z'); // Sunday 09:05:03 in Moscow
  it.each([
    ['yyyy-MM-dd HH:mm:ss', '2025-09-07 09:05:03'],
    ['dd.MM.yy', '07.09.25'],
    ['y M d H m s S', '2025 9 7 9 5 3 7'],
    ['SSS', '007'],
    ['MMM MMMM', 'Sep September'],
    ['E EEE EEEE', 'Sun Sun Sunday'],
    ['hh:mm a', '09:05 AM'],
    ['h a', '9 AM'],
    ['z Z X XXX', 'MSK +0300 +03 +03:00'],
    ["'Неделя' w, 'день' D", 'Неделя 37, день 250'],
    ["HH 'o''clock'", "09 o'clock"],
    ['YYYY', '2025'],
  ])('%s → %s', (pattern, expected) => {
    const { g } = setup();
    expect(g.Utilities.formatDate(d, 'Europe/Moscow', pattern)).toBe(expected);
  });

  it('uses the zone given, including GMT offsets; an unknown letter is an error', () => {
    const { g } = setup();
    expect(g.Utilities.formatDate(d, 'UTC', 'HH:mm z')).toBe('06:05 UTC');
    expect(g.Utilities.formatDate(d, 'GMT+5', 'HH:mm XXX')).toBe('11:05 +05:00');
    expect(g.Utilities.formatDate(d, 'America/New_York', 'HH:mm z')).toBe('02:05 EDT');
    expect(() => g.Utilities.formatDate(d, 'UTC', 'yyyy-bb')).toThrow(/Illegal pattern character 'b'/);
    expect(() => g.Utilities.formatDate('2025' as never, 'UTC', 'yyyy')).toThrow(/don't match the method signature for Utilities.formatDate/);
  });
});

describe('other Utilities', () => {
  it('formatString follows Java String.format', () => {
    const { g } = setup();
    expect(g.Utilities.formatString('%s: %d из %d (%.1f%%)', 'Выполнено', 3, 4, 75)).toBe('Выполнено: 3 из 4 (75.0%)');
    expect(g.Utilities.formatString('%05d|%-4s|%4s', 42, 'ab', 'cd')).toBe('00042|ab  |  cd');
  });

  it('sleep advances the fake clock without waiting; getUuid repeats with the seed', () => {
    const { emu, g } = setup();
    const t0 = emu.clock.nowMs();
    g.Utilities.sleep(60_000);
    expect(emu.clock.nowMs() - t0).toBe(60_000);
    const id = g.Utilities.getUuid();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(setup().g.Utilities.getUuid()).toBe(id);
  });

  it('blobs and base64 work with UTF-8 text and signed bytes', () => {
    const { g } = setup();
    const blob = g.Utilities.newBlob('Отчёт', 'text/plain', 'a.txt');
    expect([blob.getName(), blob.getContentType(), blob.getDataAsString()]).toEqual(['a.txt', 'text/plain', 'Отчёт']);
    expect(blob.getBytes().slice(0, 2)).toEqual([-48, -98]);
    expect(blob.setName('b.csv').setContentTypeFromExtension().getContentType()).toBe('text/csv');
    const b64 = g.Utilities.base64Encode('Отчёт');
    expect(b64).toBe(Buffer.from('Отчёт').toString('base64'));
    expect(g.Utilities.newBlob(g.Utilities.base64Decode(b64)).getDataAsString()).toBe('Отчёт');
    expect(g.Utilities.parseCsv('a,"b,c"\n1,2')).toEqual([['a', 'b,c'], ['1', '2']]);
  });
});

describe('Session, Logger, console', () => {
  it('reports the user, the script zone from the manifest and the locale', () => {
    const { emu, g } = setup({ user: 'zavuch@school.ru', scriptTimeZone: 'Asia/Yekaterinburg' });
    expect(g.Session.getActiveUser().getEmail()).toBe('zavuch@school.ru');
    expect(g.Session.getEffectiveUser().getEmail()).toBe('zavuch@school.ru');
    expect(g.Session.getScriptTimeZone()).toBe('Asia/Yekaterinburg');
    expect(g.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()).toBe('Europe/Moscow');
    expect(g.Session.getActiveUserLocale()).toBe('ru');
    expect(emu.withContext('simple', () => g.Session.getActiveUser().getEmail())).toBe('');
  });

  it('records Logger and console output', () => {
    const { emu, g } = setup();
    g.Logger.log('строк: %s', 3);
    g.Logger.log({ a: 1 });
    g.console.warn('осторожно', 1);
    expect(emu.logs.map((l) => [l.source, l.level, l.text])).toEqual([
      ['Logger', 'log', 'строк: 3'],
      ['Logger', 'log', '{"a":1}'],
      ['console', 'warn', 'осторожно 1'],
    ]);
    expect(g.Logger.getLog()).toBe('строк: 3\n{"a":1}');
  });
});
