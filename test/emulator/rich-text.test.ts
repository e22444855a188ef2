// Links in cells: Range.getRichTextValues reports a link on the text (not a HYPERLINK formula's URL: no
// Google source says it does), and an .xlsx hyperlink survives loading and saving.
import * as ExcelJS from 'exceljs';
import { createEmulator } from '../../emulator';
import { loadXlsx, saveXlsx } from '../../emulator/workbook-files';

describe('rich text links', () => {
  it('reads links from a loaded .xlsx, shows a HYPERLINK formula\'s label without its URL, and counts one call', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Лист1');
    ws.getCell('A1').value = { text: 'Приказ № 5', hyperlink: 'https://school.example/prikaz-5' };
    ws.getCell('A2').value = { formula: 'HYPERLINK("https://school.example/protocol","Протокол")', result: 'Протокол' };
    ws.getCell('A3').value = 'просто текст';
    const emu = createEmulator();
    await loadXlsx(emu, Buffer.from(await wb.xlsx.writeBuffer()));
    const range = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Лист1')!.getRange('A1:A3');
    const m = emu.calls.measure(() => range.getRichTextValues().map((r) => [r[0].getText(), r[0].getLinkUrl()]));
    expect(m.result).toEqual([
      ['Приказ № 5', 'https://school.example/prikaz-5'],
      ['Протокол', null],
      ['просто текст', null],
    ]);
    expect(m.byMethod).toEqual({ 'Range.getRichTextValues': 1 });
  });

  it('writes the hyperlink back when saving, and a new value replaces the link', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Лист1').getCell('A1').value = { text: 'Приказ', hyperlink: 'https://school.example/p' };
    wb.getWorksheet('Лист1')!.getCell('A2').value = { text: 'Старое', hyperlink: 'https://school.example/old' };
    const emu = createEmulator();
    await loadXlsx(emu, Buffer.from(await wb.xlsx.writeBuffer()));
    emu.poke('Лист1', 'A2', [['Новое']]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await saveXlsx(emu)) as unknown as ArrayBuffer);
    expect(back.getWorksheet('Лист1')!.getCell('A1').value).toEqual({ text: 'Приказ', hyperlink: 'https://school.example/p' });
    expect(back.getWorksheet('Лист1')!.getCell('A2').value).toBe('Новое');
  });
});
