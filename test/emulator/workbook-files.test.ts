// Workbook files: .xlsx written from the emulator read back with exceljs, a school's workbook loaded,
// changed and saved without losing what the model does not know, and CSV loading.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { createEmulator } from '../../emulator';
import { loadCsv, loadXlsx, saveXlsx } from '../../emulator/workbook-files';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'emu-xlsx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RED = '#f4cccc';
const msk = (iso: string) => new Date(`${iso}T00:00:00+03:00`);

/** A small checkpoint sheet built through the script API, as the add-on would. */
function buildRoadmap() {
  const emu = createEmulator({ now: '2025-09-10T10:00' });
  const SA = emu.globals.SpreadsheetApp;
  const ss = SA.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0].setName('Контрольные точки');
  sheet.getRange('A1:E1').setValues([['№', 'Мероприятие', 'Срок', 'Статус', 'Доля']]).setFontWeight('bold').setBackground('#d9d9d9');
  sheet.getRange('A2:A4').setNumberFormat('@');
  sheet.getRange('A2:E4').setValues([
    ['1.1', 'Педсовет', msk('2025-09-05'), 'В работе', 0.5],
    ['1.2', 'Отчёт', msk('2025-09-05'), 'Выполнено', 1],
    ['2.1', 'План', msk('2025-09-20'), '', 0],
  ]);
  sheet.getRange('E2:E4').setNumberFormat('0%');
  sheet.getRange('F1').setValue('Итого');
  sheet.getRange('F2').setFormula('=COUNTIF(D2:D4,"Выполнено")');
  sheet.getRange('B2').setNote('Проводит директор').setFontColor('#1155cc');
  sheet.getRange('D2:D4').setDataValidation(SA.newDataValidation().requireValueInList(['В работе', 'Выполнено'], true).setAllowInvalid(false).build());
  sheet.setConditionalFormatRules([
    SA.newConditionalFormatRule().whenFormulaSatisfied('=AND($D2<>"Выполнено",$C2<>"",$C2<TODAY())').setBackground(RED).setRanges([sheet.getRange('A2:E4')]).build(),
  ]);
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(2, 250);
  sheet.hideColumns(5);
  sheet.getRange('G1:H1').merge();
  return { emu, sheet };
}

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

describe('saveXlsx', () => {
  it('writes values, real dates as dd.mm.yyyy, formulas, formats, notes, layout, validation and live rules', async () => {
    const { emu } = buildRoadmap();
    const file = join(dir, 'live.xlsx');
    await saveXlsx(emu, file, { colours: 'live' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Контрольные точки')!;
    expect(ws.getCell('A2').value).toBe('1.1');
    expect(ws.getCell('A2').numFmt).toBe('@');
    expect(ws.getCell('C2').value).toEqual(new Date(Date.UTC(2025, 8, 5)));
    expect(ws.getCell('C2').numFmt).toBe('dd.mm.yyyy');
    expect(ws.getCell('E2').value).toBe(0.5);
    expect(ws.getCell('E2').numFmt).toBe('0%');
    expect(ws.getCell('F2').value).toEqual({ formula: 'COUNTIF(D2:D4,"Выполнено")', result: 1 });
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } });
    expect(ws.getCell('B2').font.color).toEqual({ argb: 'FF1155CC' });
    expect(ws.getCell('B2').note).toBe('Проводит директор');
    expect(ws.getCell('D3').dataValidation).toMatchObject({ type: 'list', formulae: ['"В работе,Выполнено"'], showErrorMessage: true, errorStyle: 'stop' });
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[] }[] }).conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0].ref).toBe('A2:E4');
    expect(cf[0].rules[0]).toMatchObject({ type: 'expression', formulae: ['AND($D2<>"Выполнено",$C2<>"",$C2<TODAY())'] });
    expect(cf[0].rules[0].style.fill.bgColor.argb).toBe('FFF4CCCC');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(Math.round(ws.getColumn(2).width! * 7 + 5)).toBe(250);
    expect(ws.getColumn(5).hidden).toBe(true);
    expect((ws.model as { merges: string[] }).merges).toEqual(['G1:H1']);
  });

  it('bakes the colours of a given day into static fills, without rules', async () => {
    const { emu } = buildRoadmap();
    const wb = await readBack(await saveXlsx(emu, undefined, { colours: { bakedOn: '2025-09-10' } }));
    const ws = wb.worksheets[0];
    expect((ws.getCell('B2').fill as ExcelJS.FillPattern).fgColor).toEqual({ argb: 'FFF4CCCC' });
    expect(ws.getCell('B3').fill).toBeUndefined();
    expect(ws.getCell('A1').fill).toMatchObject({ fgColor: { argb: 'FFD9D9D9' } });
    expect((ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toEqual([]);
    const later = await readBack(await saveXlsx(emu, undefined, { colours: { bakedOn: '2025-09-21' } }));
    expect((later.worksheets[0].getCell('B4').fill as ExcelJS.FillPattern).fgColor).toEqual({ argb: 'FFF4CCCC' });
  });

  it('leaves out warning-only protections (xlsx has no such thing)', async () => {
    const { emu, sheet } = buildRoadmap();
    sheet.getRange('A1:E1').protect().setWarningOnly(true);
    const ws = (await readBack(await saveXlsx(emu))).worksheets[0];
    expect((ws as unknown as { sheetProtection?: unknown }).sheetProtection).toBeFalsy();
  });
});

/** A school's own workbook: two sheets, borders, fonts, theme colours, widths, a formula, a merge. */
async function schoolWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet('Дорожная карта', { views: [{ state: 'frozen', ySplit: 2 }] });
  plan.mergeCells('A1:D1');
  plan.getCell('A1').value = 'Дорожная карта школы № 5';
  plan.getCell('A1').font = { name: 'Times New Roman', size: 14, bold: true };
  plan.getRow(2).values = ['№', 'Мероприятие', 'Срок', 'Ответственный'];
  for (const c of ['A2', 'B2', 'C2', 'D2']) plan.getCell(c).border = { bottom: { style: 'medium' } };
  plan.getCell('A3').value = '1.1';
  plan.getCell('B3').value = 'Педсовет';
  plan.getCell('C3').value = 'ежемесячно до 10 числа';
  plan.getCell('D3').value = 'Завуч';
  plan.getCell('D3').font = { color: { theme: 4 } };
  plan.getCell('A4').value = 7;
  plan.getCell('A4').numFmt = '0.0';
  plan.getCell('B4').value = new Date(Date.UTC(2025, 8, 15));
  plan.getCell('B4').numFmt = 'dd.mm.yyyy';
  plan.getCell('C4').value = { formula: 'A4*2', result: 14 };
  plan.getCell('D4').value = { formula: 'SUMPRODUCT(A4:A4)', result: 7 };
  plan.getCell('B3').note = 'из приказа';
  plan.getCell('D5').dataValidation = { type: 'list', allowBlank: true, formulae: ['$D$3:$D$4'] };
  plan.getColumn(2).width = 40;
  plan.addConditionalFormatting({ ref: 'A3:D10', rules: [
    { type: 'expression', priority: 1, formulae: ['$D3="Завуч"'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFD9EAD3' } } } },
    { type: 'dataBar', priority: 2, cfvo: [{ type: 'min' }, { type: 'max' }], color: { argb: 'FF638EC6' } } as never,
  ] });
  const other = wb.addWorksheet('Приказ');
  other.getCell('A1').value = 'Текст приказа';
  other.getCell('A1').font = { italic: true, name: 'Arial' };
  other.getColumn(1).width = 80;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('loadXlsx', () => {
  it('keeps text as typed, numbers with formats, dates as date cells, formulas with cached results', async () => {
    const emu = createEmulator({ now: '2025-09-10T10:00' });
    await loadXlsx(emu, await schoolWorkbook());
    expect(emu.sheetNames()).toEqual(['Дорожная карта', 'Приказ']);
    const p = emu.peek('Дорожная карта', 'A3:D4');
    expect(p.values[0]).toEqual(['1.1', 'Педсовет', 'ежемесячно до 10 числа', 'Завуч']);
    expect(p.values[1][0]).toBe(7);
    expect(p.displayValues[1][0]).toBe('7,0');
    expect(p.values[1][1]).toEqual(new Date('2025-09-14T21:00:00Z'));
    expect(p.displayValues[1][1]).toBe('15.09.2025');
    expect(p.formulas[1]).toEqual(['', '', '=A4*2', '=SUMPRODUCT(A4:A4)']);
    expect(p.values[1].slice(2)).toEqual([14, 7]); // SUMPRODUCT is not evaluated: the cached result is used
    expect(emu.warnings.some((w) => /SUMPRODUCT/.test(w))).toBe(true);
  });

  it('reads merges, frozen rows, widths, fonts, notes, validation and conditional formats', async () => {
    const emu = createEmulator({ now: '2025-09-10T10:00' });
    await loadXlsx(emu, await schoolWorkbook());
    const p = emu.peek('Дорожная карта', 'A1:D5');
    expect(p.merges).toEqual(['A1:D1']);
    expect(p.frozenRows).toBe(2);
    expect(p.fontWeights[0][0]).toBe('bold');
    expect(p.notes[2][1]).toBe('из приказа');
    const sheet = emu.spreadsheet.getSheetByName('Дорожная карта')!;
    expect(sheet.getColumnWidth(2)).toBe(285);
    expect(sheet.getRange('A1').getFontFamily()).toBe('Times New Roman');
    const v = sheet.getRange('D5').getDataValidation()!;
    expect(String(v.getCriteriaType())).toBe('VALUE_IN_RANGE');
    expect((v.getCriteriaValues()[0] as { getA1Notation(): string }).getA1Notation()).toBe('D3:D4');
    expect(sheet.getConditionalFormatRules().map((r) => r.getBooleanCondition().getCriteriaValues()[0])).toEqual(['=$D3="Завуч"']);
    expect(emu.renderedBackgrounds('Дорожная карта', '2025-09-10', 'A3:A4')).toEqual([['#d9ead3'], ['#ffffff']]);
  });

  it('round-trips the school workbook through the add-on without losing other sheets, fonts, borders, widths or formulas', async () => {
    const emu = createEmulator({ now: '2025-09-10T10:00' });
    await loadXlsx(emu, await schoolWorkbook());
    const SA = emu.globals.SpreadsheetApp;
    const ss = SA.getActiveSpreadsheet();
    const plan = ss.getSheetByName('Дорожная карта')!;
    plan.insertRowsAfter(3, 1);
    plan.getRange('A4:B4').setValues([['1.2', 'Новое мероприятие']]);
    plan.getRange('E2').setValue('Статус').setBackground('#cccccc');
    ss.insertSheet('Контрольные точки').getRange('A1').setValue('Ключ');
    const wb = await readBack(await saveXlsx(emu, join(dir, 'school.xlsx')));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Дорожная карта', 'Приказ', 'Контрольные точки']);
    const ws = wb.getWorksheet('Дорожная карта')!;
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Times New Roman', size: 14, bold: true });
    expect(ws.getCell('B2').border).toMatchObject({ bottom: { style: 'medium' } });
    expect(ws.getCell('D3').font.color).toEqual({ theme: 4 });
    expect(ws.getCell('B4').value).toBe('Новое мероприятие');
    expect(ws.getCell('C5').value).toEqual({ formula: 'A5*2', result: 14 }); // moved down a row, reference follows
    expect(ws.getCell('B5').value).toEqual(new Date(Date.UTC(2025, 8, 15)));
    expect(ws.getCell('E2').fill).toMatchObject({ fgColor: { argb: 'FFCCCCCC' } });
    expect(Math.round(ws.getColumn(2).width!)).toBe(40);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect((ws.model as { merges: string[] }).merges).toEqual(['A1:D1']);
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }).conditionalFormattings;
    expect(cf.map((b) => [b.ref, b.rules.map((r) => r.type)])).toEqual([['A3:D11', ['expression']], ['A3:D10', ['dataBar']]]);
    const order = wb.getWorksheet('Приказ')!;
    expect(order.getCell('A1').font).toMatchObject({ italic: true, name: 'Arial' });
    expect(order.getColumn(1).width).toBe(80);
    expect(wb.getWorksheet('Контрольные точки')!.getCell('A1').value).toBe('Ключ');
  });

  it('patches the kept workbook again on a second save, dropping a deleted sheet', async () => {
    const emu = createEmulator();
    await loadXlsx(emu, await schoolWorkbook());
    const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.deleteSheet(ss.getSheetByName('Приказ')!);
    ss.getSheets()[0].setName('План');
    await saveXlsx(emu);
    const wb = await readBack(await saveXlsx(emu));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['План']);
  });
});

describe('loadCsv', () => {
  it('keeps every cell as text, guesses ";" and replaces the empty first sheet', () => {
    const emu = createEmulator();
    const file = join(dir, 'Мероприятия.csv');
    writeFileSync(file, '\ufeff№;Мероприятие;Срок\n1.1;"Педсовет; август";01.09.2025\n00123;"Сказал ""да""";\n');
    loadCsv(emu, file);
    expect(emu.sheetNames()).toEqual(['Мероприятия']);
    expect(emu.peek('Мероприятия').values).toEqual([
      ['№', 'Мероприятие', 'Срок'],
      ['1.1', 'Педсовет; август', '01.09.2025'],
      ['00123', 'Сказал "да"', ''],
    ]);
  });

  it('reads Windows-1251 bytes and adds a sheet by name', () => {
    const emu = createEmulator();
    emu.poke('Лист1', 'A1', [['есть']]);
    const cp1251 = Buffer.from([0xcf, 0xeb, 0xe0, 0xed, 0x2c, 0x31]); // "План,1"
    loadCsv(emu, cp1251, { sheetName: 'Импорт' });
    expect(emu.sheetNames()).toEqual(['Лист1', 'Импорт']);
    expect(emu.peek('Импорт').values).toEqual([['План', '1']]);
  });
});
