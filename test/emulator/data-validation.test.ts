// Data validation: builders, rules read back from cells, and what a person may type.
import { createEmulator, ValidationRejected } from '../../emulator';

function setup() {
  const emu = createEmulator({ now: '2025-09-10T10:00' });
  const SA = emu.globals.SpreadsheetApp;
  const sheet = SA.getActiveSpreadsheet().getSheets()[0];
  return { emu, SA, sheet };
}

describe('data validation', () => {
  it('requireValueInList: criteria values are [list, showDropdown]; allowInvalid defaults to true', () => {
    const { SA, sheet } = setup();
    const rule = SA.newDataValidation().requireValueInList(['Запланировано', 'Выполнено'], true).setHelpText('Выберите статус').build();
    sheet.getRange('H2:H10').setDataValidation(rule);
    const back = sheet.getRange('H5').getDataValidation()!;
    expect(String(back.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(back.getCriteriaValues()).toEqual([['Запланировано', 'Выполнено'], true]);
    expect(back.getAllowInvalid()).toBe(true);
    expect(back.getHelpText()).toBe('Выберите статус');
    expect(sheet.getRange('H1').getDataValidation()).toBeNull();
    expect(sheet.getRange('H1:H2').getDataValidations().map((r) => r[0] !== null)).toEqual([false, true]);
    const copy = back.copy().setAllowInvalid(false).build();
    expect([copy.getAllowInvalid(), back.getAllowInvalid()]).toEqual([false, true]);
  });

  it('requireDate and requireCheckbox; setDataValidation(null) removes', () => {
    const { SA, sheet } = setup();
    sheet.getRange('A1').setDataValidation(SA.newDataValidation().requireDate().build());
    expect(String(sheet.getRange('A1').getDataValidation()!.getCriteriaType())).toBe('DATE_IS_VALID_DATE');
    sheet.getRange('A1').setDataValidation(null);
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
    expect(SA.newDataValidation().requireCheckbox().build().getCriteriaType()).toBe('CHECKBOX');
  });

  it('script writes ignore validation; a person is stopped by a rejecting rule', () => {
    const { emu, SA, sheet } = setup();
    const rule = SA.newDataValidation().requireValueInList(['да', 'нет']).setAllowInvalid(false).build();
    sheet.getRange('A1:A2').setDataValidation(rule);
    sheet.getRange('A1').setValue('может быть');
    expect(sheet.getRange('A1').getValue()).toBe('может быть');
    expect(() => emu.userEdit('Лист1', 'A2', 'может быть')).toThrow(ValidationRejected);
    expect(emu.userEdit('Лист1', 'A2', 'да').value).toBe('да');
    const dates = SA.newDataValidation().requireDate().setAllowInvalid(false).build();
    sheet.getRange('B1').setDataValidation(dates);
    expect(() => emu.userEdit('Лист1', 'B1', 'завтра')).toThrow(/rejected/);
    emu.userEdit('Лист1', 'B1', '15.09.2025');
    expect(sheet.getRange('B1').getDisplayValue()).toBe('15.09.2025');
  });

  it('rejects an argument that is not a rule', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1').setDataValidation({} as never)).toThrow(/don't match the method signature/);
  });
});
