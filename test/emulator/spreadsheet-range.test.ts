// Range and Sheet semantics a script can observe: coordinates, values, dates, formulas, errors, merges, clearing.
import { createEmulator } from '../../emulator';

const NOW = '2025-09-01T09:00';

function setup(opts: Parameters<typeof createEmulator>[0] = {}) {
  const emu = createEmulator({ now: NOW, ...opts });
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0];
  return { emu, ss, sheet };
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('did not throw');
}

describe('getRange coordinates and their error texts', () => {
  it('is 1-based and reports its geometry', () => {
    const { sheet } = setup();
    const r = sheet.getRange(2, 3, 4, 5);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([2, 3, 4, 5, 5, 7]);
    expect(r.getA1Notation()).toBe('C2:G5');
    expect(sheet.getRange('B3').getA1Notation()).toBe('B3');
    expect(sheet.getRange('A:B').getNumRows()).toBe(1000);
  });

  it.each([
    [[0, 1], 'The starting row of the range is too small.'],
    [[1, 0], 'The starting column of the range is too small.'],
    [[1, 1, 0, 1], 'The number of rows in the range must be at least 1.'],
    [[1, 1, 1, 0], 'The number of columns in the range must be at least 1.'],
    [[1000, 1, 2, 1], 'The coordinates of the range are outside the dimensions of the sheet.'],
    [[1, 27], 'The coordinates of the range are outside the dimensions of the sheet.'],
  ])('getRange(%j) throws "%s" as an Exception', (args, message) => {
    const { sheet } = setup();
    const e = thrown(() => (sheet.getRange as (...a: number[]) => unknown)(...args));
    expect(e.message).toBe(message);
    expect(e.name).toBe('Exception');
    expect(e).toBeInstanceOf(Error);
  });

  it('rejects A1 text it cannot read', () => {
    const { ss, sheet } = setup();
    expect(thrown(() => sheet.getRange('nonsense')).message).toBe('Range not found');
    expect(thrown(() => ss.getRange('Нет такого!A1')).message).toBe('Range not found');
  });

  it('reads a sheet-qualified A1 range from the spreadsheet', () => {
    const { emu, ss } = setup();
    emu.poke('Контрольные точки', 'A1', [['x', 'y']]);
    const r = ss.getRange("'Контрольные точки'!A1:B1");
    expect(r.getValues()).toEqual([['x', 'y']]);
    expect(ss.getRange('Лист1!A1').getValue()).toBe('');
  });
});

describe('values', () => {
  it('gives Number, Boolean, String and "" for empty cells', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([[1.5, true, 'текст', null]]);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([[1.5, true, 'текст', '', '']]);
  });

  it('stores a Date at its wall-clock time in the spreadsheet zone and gives back the same instant', () => {
    const { sheet } = setup();
    const d = new Date('2025-09-15T00:00:00+03:00');
    sheet.getRange('A1').setValue(d);
    const back = sheet.getRange('A1').getValue() as Date;
    expect(back).toBeInstanceOf(Date);
    expect(back.getTime()).toBe(d.getTime());
    expect(sheet.getRange('A1').getNumberFormat()).toBe('dd.MM.yyyy');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15.09.2025');
  });

  it('keeps date cells zone-free: changing the spreadsheet zone moves the instant, not the date', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1').setValue(new Date('2025-09-15T00:00:00+03:00'));
    ss.setSpreadsheetTimeZone('Asia/Yekaterinburg');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2025-09-14T19:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15.09.2025');
  });

  it('gives a date-time format to a Date with a time, and a number with a date format reads back as Date', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(new Date('2025-09-15T10:30:00+03:00'));
    expect(sheet.getRange('A1').getNumberFormat()).toBe('dd.MM.yyyy H:mm:ss');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15.09.2025 10:30:00');
    sheet.getRange('B1').setValue(45915).setNumberFormat('dd.mm.yyyy');
    expect((sheet.getRange('B1').getValue() as Date).toISOString()).toBe('2025-09-14T21:00:00.000Z');
  });

  it('keeps an existing number format when a Date is written', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd').setValue(new Date('2025-09-15T00:00:00+03:00'));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2025-09-15');
  });

  it('reads strings like typed input in ru_RU (numbers, dates, booleans) unless the cell is plain text', () => {
    const { sheet } = setup();
    sheet.getRange('A1:F1').setValues([['1,5', '01.09.2025', 'ИСТИНА', '00123', '3.14', '50%']]);
    const v = sheet.getRange('A1:F1').getValues()[0];
    expect(v[0]).toBe(1.5);
    expect(v[1]).toBeInstanceOf(Date);
    expect(v[2]).toBe(true);
    expect(v[3]).toBe(123);
    expect(v[4]).toBe('3.14');
    expect(v[5]).toBe(0.5);
    expect(sheet.getRange('F1').getDisplayValue()).toBe('50%');
  });

  it('reproduces the ru_RU trap: "1.1" becomes 1 January unless the column is plain text "@"', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('1.1');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('01.01.2025');
    sheet.getRange('B1').setNumberFormat('@').setValue('1.1');
    expect(sheet.getRange('B1').getValue()).toBe('1.1');
    sheet.getRange('C1').setValue("'1.1");
    expect(sheet.getRange('C1').getValue()).toBe('1.1');
  });

  it('reads "1.5" as a number in en_US', () => {
    const { sheet } = setup({ locale: 'en_US' });
    sheet.getRange('A1:B1').setValues([['1.5', '9/1/2025']]);
    expect(sheet.getRange('A1').getValue()).toBe(1.5);
    expect(sheet.getRange('B1').getDisplayValue()).toBe('9/1/2025');
  });

  it('setValue on a block sets every cell', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['x', 'x'], ['x', 'x']]);
  });
});

describe('setValues argument checks', () => {
  it('reports row and column count mismatches with the data and range sizes', () => {
    const { sheet } = setup();
    expect(thrown(() => sheet.getRange('A1:B2').setValues([[1, 2]])).message).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(thrown(() => sheet.getRange('A1:D1').setValues([[1, 2, 3, 4, 5]])).message).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.',
    );
  });

  it('rejects a value that is not a 2D array with the method-signature text', () => {
    const { sheet } = setup();
    expect(thrown(() => sheet.getRange('A1').setValues('x' as unknown as unknown[][])).message).toBe(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(thrown(() => sheet.getRange('A1:B1').setValues([1, 2] as unknown as unknown[][])).message).toMatch(/don't match the method signature/);
  });
});

describe('formulas', () => {
  it('stores =… as a formula: getFormulas gives the text, getValues the computed value', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[2], [3], ['=A1*A2+1']]);
    expect(sheet.getRange('A3').getFormula()).toBe('=A1*A2+1');
    expect(sheet.getRange('A3').getValue()).toBe(7);
    expect(sheet.getRange('A1:A2').getFormulas()).toEqual([[''], ['']]);
  });

  it('evaluates TODAY() on the fake clock, in the spreadsheet zone, as a date cell when formatted', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1').setFormula('=TODAY()').setNumberFormat('dd.MM.yyyy');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('01.09.2025');
    emu.clock.set('2025-09-02T00:30');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('02.09.2025');
  });

  it('fills a formula over a block with relative references moved', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1:B3').setFormula('=A1*10+$A$1');
    expect(sheet.getRange('B1:B3').getFormulas()).toEqual([['=A1*10+$A$1'], ['=A2*10+$A$1'], ['=A3*10+$A$1']]);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[11], [21], [31]]);
  });

  it('gives "" and a warning for a function it does not evaluate; #ERROR! for ";" separators', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1').setFormula('=VLOOKUP(1,B:C,2,FALSE)');
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(emu.warnings.join('\n')).toMatch(/VLOOKUP/);
    sheet.getRange('A2').setFormula('=IF(1>0;"a";"b")');
    expect(sheet.getRange('A2').getValue()).toBe('#ERROR!');
  });

  it('moves references when rows are inserted above them', () => {
    const { sheet } = setup();
    sheet.getRange('A2:A3').setValues([[5], ['=A2*2']]);
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getRange('A5').getFormula()).toBe('=A4*2');
    expect(sheet.getRange('A5').getValue()).toBe(10);
  });
});

describe('display values', () => {
  it.each([
    [1234.5, '', '1234,5'],
    [1234.5, '0', '1235'],
    [1234.5, '0.00', '1234,50'],
    [1234.5, '#,##0.00', '1\u00a0234,50'],
    [0.25, '0%', '25%'],
    [45915, 'dd.mm.yyyy', '15.09.2025'],
    [45915, 'dd.MM.yyyy', '15.09.2025'],
    [45915, 'yyyy-mm-dd', '2025-09-15'],
    [45915, 'd mmmm yyyy', '15 сентября 2025'],
    [45915.5, 'dd.MM.yyyy HH:mm', '15.09.2025 12:00'],
  ])('%p as %p shows %p in ru_RU', (value, format, shown) => {
    const { sheet } = setup();
    const r = sheet.getRange('A1').setValue(value);
    if (format) r.setNumberFormat(format);
    expect(r.getDisplayValue()).toBe(shown);
  });

  it('shows booleans in the locale and keeps "@" text as typed', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([[true, false]]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['ИСТИНА', 'ЛОЖЬ']]);
    expect(setup({ locale: 'en_US' }).sheet.getRange('A1').setValue(1.5).getDisplayValue()).toBe('1.5');
  });

  it('reports "0.###############" as the number format of an untouched cell', () => {
    const { sheet } = setup();
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
  });
});

describe('data range, last row and column', () => {
  it('is A1 on an empty sheet and gives [[""]]', () => {
    const { sheet } = setup();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect(sheet.getDataRange().getValues()).toEqual([['']]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
  });

  it('counts content, not formats', () => {
    const { sheet } = setup();
    sheet.getRange('B3').setValue('x');
    sheet.getRange('E10').setBackground('#ff0000');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
  });
});

describe('formats, notes, clearing', () => {
  it('sets and reads backgrounds, font colours and weights, with dimension checks', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    r.setBackgrounds([['red', '#0F0']]).setFontColors([['#123456', null]]).setFontWeights([['bold', 'normal']]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#00ff00']]);
    expect(r.getFontColors()).toEqual([['#123456', '#000000']]);
    expect(r.getFontWeights()).toEqual([['bold', 'normal']]);
    r.setBackground(null);
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(thrown(() => r.setBackgrounds([['red']])).message).toMatch(/The data has 1 but the range has 2/);
  });

  it('stores notes as text (5 → "5.0"), removes with null, and rejects non-2D setNotes', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    r.setNotes([[5, 'заметка']]);
    expect(r.getNotes()).toEqual([['5.0', 'заметка']]);
    r.setNotes([[null, 'x']]);
    expect(r.getNotes()).toEqual([['', 'x']]);
    expect(thrown(() => r.setNotes('foo' as unknown as unknown[][])).message).toMatch(/don't match the method signature/);
  });

  it('clear() drops values and formats but keeps notes and validation; the others clear one part', () => {
    const { emu, sheet } = setup();
    const rule = emu.globals.SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b']).build();
    const r = sheet.getRange('A1');
    r.setValue('a').setBackground('red').setNote('n').setDataValidation(rule);
    sheet.clear();
    expect([r.getValue(), r.getBackground(), r.getNote(), r.getDataValidation() !== null]).toEqual(['', '#ffffff', 'n', true]);
    r.setValue('a').setBackground('red');
    sheet.clearContents();
    expect([r.getValue(), r.getBackground()]).toEqual(['', '#ff0000']);
    r.setValue('a');
    sheet.clearFormats();
    expect([r.getValue(), r.getBackground()]).toEqual(['a', '#ffffff']);
    sheet.clearNotes();
    expect(r.getNote()).toBe('');
  });
});

describe('merges', () => {
  it('keeps the value in the top-left cell only; others read ""', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValues([['a', 'b'], ['c', 'd']]);
    sheet.getRange('A1:B2').merge();
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['a', ''], ['', '']]);
    expect(sheet.getRange('B2').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('A1:C3').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A1:B2']);
    expect(thrown(() => sheet.getRange('B2:C3').merge()).message).toBe('You must select all cells in a merged range to merge or unmerge them.');
    sheet.getRange('A1:B2').breakApart();
    expect(sheet.getRange('A1').isPartOfMerge()).toBe(false);
  });
});

describe('sheet structure', () => {
  it('inserts rows with the formatting of the row above and grows merges and rule ranges', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A2:C2').setBackground('#eeeeee').setValue('x');
    sheet.getRange('A2:A4').merge();
    const rule = emu.globals.SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setBackground('red').setRanges([sheet.getRange('A2:C5')]).build();
    sheet.setConditionalFormatRules([rule]);
    sheet.insertRowsAfter(2, 3);
    expect(sheet.getMaxRows()).toBe(1003);
    expect(sheet.getRange('A3').getBackground()).toBe('#eeeeee');
    expect(sheet.getRange('A3').getValue()).toBe('');
    expect(sheet.getRange('A2').getMergedRanges()[0].getA1Notation()).toBe('A2:A7');
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A2:C8');
  });

  it('deletes rows and refuses to delete all non-frozen ones or rows that do not exist', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.deleteRow(2);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[1], [3]]);
    expect(thrown(() => sheet.deleteRows(1000, 1)).message).toBe('Those rows are out of bounds.');
    sheet.setFrozenRows(1);
    expect(thrown(() => sheet.deleteRows(2, 998)).message).toBe('Sorry, it is not possible to delete all non-frozen rows.');
  });

  it('appendRow writes after the last row and grows a full sheet', () => {
    const { ss } = setup();
    const sheet = ss.insertSheet('Журнал');
    sheet.deleteRows(2, 999);
    sheet.appendRow(['a', 1]);
    sheet.appendRow(['b', 2]);
    expect(sheet.getMaxRows()).toBe(2);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['a', 1], ['b', 2]]);
  });

  it('refuses a new sheet that would pass 10,000,000 cells', () => {
    const { ss, sheet } = setup();
    sheet.insertRowsAfter(1, 383_000); // 9,984,000 cells
    expect(thrown(() => ss.insertSheet('x')).message).toBe('This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
  });

  it('names sheets uniquely and never deletes the last one', () => {
    const { ss, sheet } = setup();
    const other = ss.insertSheet('Настройки', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Настройки', 'Лист1']);
    expect(ss.getActiveSheet().getName()).toBe('Настройки');
    expect(thrown(() => ss.insertSheet('настройки')).message).toBe('A sheet with the name "настройки" already exists. Please enter another name.');
    expect(thrown(() => sheet.setName('Настройки')).message).toMatch(/already exists/);
    ss.deleteSheet(other);
    expect(thrown(() => ss.deleteSheet(sheet)).message).toBe("You can't remove all the sheets in a document.");
    expect(ss.getSheetByName('Настройки')).toBeNull();
  });

  it('keeps frozen panes, widths, hidden columns and tab colour', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(2);
    sheet.setFrozenColumns(1);
    sheet.setColumnWidth(2, 240);
    sheet.setColumnWidths(3, 2, 50);
    sheet.hideColumns(5, 2);
    sheet.setTabColor('orange');
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([2, 1]);
    expect([1, 2, 3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([100, 240, 50, 50]);
    expect([4, 5, 6, 7].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, true, true, false]);
    sheet.showColumns(5);
    expect(sheet.isColumnHiddenByUser(5)).toBe(false);
    expect(sheet.getTabColor()).toBe('#ffa500');
  });

  it('sorts rows with their formats, blanks last', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B4').setValues([['b', 2], ['', 9], ['a', 1], ['c', 3]]);
    sheet.getRange('A3').setBackground('yellow');
    sheet.getRange('A1:B4').sort({ column: 1, ascending: true });
    expect(sheet.getRange('A1:B4').getValues()).toEqual([['a', 1], ['b', 2], ['c', 3], ['', 9]]);
    expect(sheet.getRange('A1').getBackground()).toBe('#ffff00');
  });
});

describe('more error texts and navigation', () => {
  it('rejects colours, columns and argument types the way Apps Script words it', () => {
    const { sheet } = setup();
    expect(thrown(() => sheet.getRange('A1').setBackground('зелёный')).message).toBe('Invalid color string: зелёный');
    expect(thrown(() => sheet.deleteColumns(26, 2)).message).toBe('Those columns are out of bounds.');
    expect(thrown(() => sheet.deleteColumns(1, 26)).message).toBe('Sorry, it is not possible to delete all non-frozen columns.');
    expect(thrown(() => (sheet.getRange as (...a: unknown[]) => unknown)('A', 1)).message).toBe(
      "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
  });

  it('navigates from a range to its sheet and spreadsheet, and offsets', () => {
    const { ss, sheet } = setup();
    const r = sheet.getRange('B2');
    expect(r.getSheet().getName()).toBe('Лист1');
    expect(r.getSheet().getParent().getId()).toBe(ss.getId());
    expect(r.offset(1, 2, 2, 3).getA1Notation()).toBe('D3:F4');
    expect(r.getCell(1, 1).getA1Notation()).toBe('B2');
    expect(thrown(() => r.offset(-5, 0)).message).toBe('The starting row of the range is too small.');
    r.activate();
    expect(ss.getActiveRange()!.getA1Notation()).toBe('B2');
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
  });
});

describe('protections', () => {
  it('creates range protections (overlapping on repeat) and one sheet protection', () => {
    const { emu, sheet } = setup();
    const SA = emu.globals.SpreadsheetApp;
    const p = sheet.getRange('A1:C1').protect().setDescription('Заголовки').setWarningOnly(true);
    sheet.getRange('A1').protect();
    expect(sheet.getProtections(SA.ProtectionType.RANGE).length).toBe(2);
    expect([p.getDescription(), p.isWarningOnly(), p.getProtectionType(), (p.getRange() as { getA1Notation(): string }).getA1Notation()]).toEqual(['Заголовки', true, 'RANGE', 'A1:C1']);
    expect(sheet.protect()).toBeDefined();
    sheet.protect();
    expect(sheet.getProtections(SA.ProtectionType.SHEET).length).toBe(1);
    p.remove();
    expect(sheet.getProtections(SA.ProtectionType.RANGE).length).toBe(1);
  });
});
