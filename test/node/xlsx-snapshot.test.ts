// An .xlsx file read as the core's snapshot, and written back with only the changed cells touched.
import * as ExcelJS from 'exceljs';
import { loadWorkbook } from '../../src/node/xlsx-load';
import { setCell, workbookBytes } from '../../src/node/xlsx-cells';
import { snapshotWorkbook } from '../../src/node/xlsx-snapshot';
import { bytesOf, everything, typedWorkbook } from './fixtures';

describe('snapshotWorkbook', () => {
  it('reads values as Sheets would give them, dates as calendar dates, with formulas, links and merges', async () => {
    const wb = await loadWorkbook(await bytesOf(typedWorkbook()), 'план.xlsx');
    const snap = snapshotWorkbook(wb);
    expect(snap.timeZone).toBe('Europe/Moscow');
    expect(snap.sheets.map((s) => s.name)).toEqual(['Дорожная карта', 'Мой лист']);
    const [plan, mine] = snap.sheets;
    expect(plan.values[0]).toEqual(['План мероприятий', '', '', '', '']);
    expect(plan.mergedRows).toEqual([0]);
    expect(plan.values[2]).toEqual(['1.1', 'Приказ о наставничестве', 'ежегодно (июнь, декабрь)', 'ОО', 'приказ']);
    expect(plan.links![2][4]).toBe('https://school.example/prikaz');
    expect(plan.values[3]).toEqual(['1.2', 'Положение', { date: '2023-09-01' }, '#N/A', 'ссылка']);
    expect(plan.formulas![3][4]).toBe('=HYPERLINK("https://x.example/a","ссылка")');
    expect(plan.links![3][4]).toBe('https://x.example/a');
    expect(plan.values[4]).toEqual([2, 3, 5, true, 0.25]);
    expect(plan.formulas![4][2]).toBe('=A5+B5');
    expect(mine.values).toEqual([['Не трогать', '', ''], ['', '#DIV/0!', ''], ['', '', '#DIV/0!']]);
  });

  it('gives an empty sheet as one empty row, like getDataRange', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Пусто').getCell('C3').style = { font: { bold: true } };
    const snap = snapshotWorkbook(await loadWorkbook(await bytesOf(wb), 'п.xlsx'));
    expect(snap.sheets[0].values).toEqual([[]]);
  });

  it('keeps a date typed late in the evening on its day', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Л');
    ws.getCell('A1').value = new Date(Date.UTC(2023, 11, 31, 23, 59, 59, 999));
    ws.getCell('A2').value = new Date(Date.UTC(2024, 0, 1, 0, 0, 0, 1));
    expect(snapshotWorkbook(wb).sheets[0].values).toEqual([[{ date: '2024-01-01' }], [{ date: '2024-01-01' }]]);
  });
});

describe('saving a patched workbook', () => {
  it('writes back every cell it was not asked to change exactly as it was: errors, rich text, links, formats', async () => {
    const original = await loadWorkbook(await bytesOf(typedWorkbook()), 'план.xlsx');
    const before = everything(original);
    const wb = await loadWorkbook(await bytesOf(typedWorkbook()), 'план.xlsx');
    setCell(wb.getWorksheet('Дорожная карта')!, 3, 6, 'Выполнено');
    setCell(wb.getWorksheet('Дорожная карта')!, 4, 6, { date: '2024-02-29' });
    const reread = await loadWorkbook(await workbookBytes(wb), 'план.xlsx');
    const after = everything(reread, (s, a) => s === 'Дорожная карта' && /^F/.test(a));
    expect(after).toEqual(before);
    const ws = reread.getWorksheet('Дорожная карта')!;
    expect(ws.getCell('D4').value).toEqual({ error: '#N/A' });
    expect(ws.getCell('F3').value).toBe('Выполнено');
    expect(ws.getCell('F4').value).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(ws.getCell('F4').numFmt).toBe('dd.mm.yyyy');
  });
});
