// Call counting (by service and method, uncounted back door) and execution-context limits.
import { createEmulator, requireAuthorized, SCOPES } from '../../emulator';

function setup(opts: Parameters<typeof createEmulator>[0] = {}) {
  const emu = createEmulator({ now: '2025-09-10T10:00', ...opts });
  return { emu, g: emu.globals };
}

describe('call counting', () => {
  it('counts each service method call once, by service and by Class.method', () => {
    const { emu, g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange('A1:B2').setValues([[1, 2], [3, 4]]);
    sheet.getRange('A1:B2').getValues();
    g.PropertiesService.getDocumentProperties().getProperty('x');
    expect(emu.calls.total()).toBe(8);
    expect(emu.calls.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getActiveSheet': 1,
      'Sheet.getRange': 2,
      'Range.setValues': 1,
      'Range.getValues': 1,
      'PropertiesService.getDocumentProperties': 1,
      'Properties.getProperty': 1,
    });
    expect(emu.calls.byService()).toEqual({ SpreadsheetApp: 6, PropertiesService: 2 });
    expect(emu.calls.sequence().slice(-2)).toEqual(['PropertiesService.getDocumentProperties', 'Properties.getProperty']);
  });

  it('does not count internal calls, enum reads, or the back door', () => {
    const { emu, g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSheet();
    emu.calls.reset();
    sheet.appendRow(['a', 'b']); // appendRow writes through internal code: one call
    void g.SpreadsheetApp.ProtectionType.RANGE;
    void g.SpreadsheetApp.getUi; // reading a method is not calling it
    emu.spreadsheet.getSheets()[0].getRange('A1:Z100').getValues();
    emu.peek('Лист1');
    emu.poke('Лист1', 'C1', [['x']]);
    emu.userEdit('Лист1', 'D1', 'y');
    emu.renderedBackgrounds('Лист1', '2025-09-10');
    expect(emu.calls.byMethod()).toEqual({ 'Sheet.appendRow': 1 });
  });

  it('measure(fn) gives what fn cost', () => {
    const { emu, g } = setup();
    g.SpreadsheetApp.getActiveSheet();
    const cost = emu.calls.measure(() => {
      const r = g.SpreadsheetApp.getActiveSheet().getRange('A1');
      r.setValue(1);
      return r.getValue();
    });
    expect(cost).toEqual({
      total: 4,
      byService: { SpreadsheetApp: 4 },
      byMethod: { 'SpreadsheetApp.getActiveSheet': 1, 'Sheet.getRange': 1, 'Range.setValue': 1, 'Range.getValue': 1 },
      result: 1,
    });
    expect(emu.calls.total()).toBe(5);
  });
});

describe('execution context', () => {
  it('getUi() throws in a time-driven run', () => {
    const { emu, g } = setup();
    expect(() => emu.withContext('time', () => g.SpreadsheetApp.getUi())).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(emu.withContext('time', () => g.SpreadsheetApp.getActiveSpreadsheet().getName())).toBe('Новая таблица');
  });

  it('AuthMode.NONE allows building menus only', () => {
    const { emu, g } = setup();
    emu.withContext('simple', () => {
      g.SpreadsheetApp.getUi().createMenu('М').addItem('a', 'f').addToUi();
      g.Logger.log('ok');
      expect(() => g.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
        'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
      );
      expect(() => g.PropertiesService.getDocumentProperties()).toThrow(/You do not have permission to call PropertiesService.getDocumentProperties/);
    }, { authMode: 'NONE' });
    expect(emu.ui.menu('М')).toBeDefined();
  });

  it('a simple trigger (LIMITED) reads and writes its own file and properties, but cannot open dialogs', () => {
    const { emu, g } = setup();
    emu.withContext('simple', () => {
      g.SpreadsheetApp.getActiveSheet().getRange('A1').setValue('ok');
      g.PropertiesService.getDocumentProperties().setProperty('k', 'v');
      const ui = g.SpreadsheetApp.getUi();
      ui.alert('можно');
      expect(() => ui.showSidebar(g.HtmlService.createHtmlOutput('x'))).toThrow(
        'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
      );
    });
    expect(emu.peek('Лист1', 'A1').values).toEqual([['ok']]);
  });

  it('requireAuthorized is the helper later services call', () => {
    const { emu } = setup({ oauthScopes: [SCOPES.sheetsCurrent] });
    expect(() => requireAuthorized(emu.env, 'MailApp', 'sendEmail', SCOPES.sendMail)).toThrow(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(() => emu.globals.SpreadsheetApp.openById('x')).toThrow(/You do not have permission to call SpreadsheetApp.openById/);
    const open = createEmulator();
    expect(() => requireAuthorized(open.env, 'MailApp', 'sendEmail', SCOPES.sendMail)).not.toThrow();
    expect(() => open.withContext('simple', () => requireAuthorized(open.env, 'MailApp', 'sendEmail', SCOPES.sendMail))).toThrow(/do not have permission/);
  });

  it('a run past its time limit on the fake clock fails the next call', () => {
    const { emu, g } = setup();
    expect(() =>
      emu.withContext('simple', () => {
        g.Utilities.sleep(31_000);
        g.SpreadsheetApp.getActiveSheet();
      }),
    ).toThrow('Exceeded maximum execution time');
    expect(() => emu.withContext('menu', () => { g.Utilities.sleep(300_000); g.SpreadsheetApp.getActiveSheet(); }, {})).not.toThrow();
  });
});
