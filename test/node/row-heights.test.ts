// Row heights through the file shell as the web page uses it (no native zip: JSZip reads and packs the file).
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SHEETS } from '../../src/core';
import { openPlanBytes, runTracker, workbookBytes, type TrackerRun } from '../../src/node';
import { customRowsOf, rememberCustomRows, spliceRow } from '../../src/node/row-heights';
import { bytesOf } from './fixtures';

function ok(r: ReturnType<typeof runTracker>): TrackerRun {
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** The <row> tags of a sheet in an .xlsx's bytes, by row number (sheet order as written by exceljs). */
async function rowTags(bytes: Uint8Array, index: number): Promise<Map<number, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(`xl/worksheets/sheet${index}.xml`)!.async('string');
  return new Map([...xml.matchAll(/<row [^>]*>/g)].map((m) => [Number(/ r="(\d+)"/.exec(m[0])![1]), m[0]]));
}

const sheetIndex = (wb: ExcelJS.Workbook, name: string): number => wb.worksheets.findIndex((w) => w.name === name) + 1;

describe('row heights in the file the web page saves', () => {
  it('writes heights for wrapped rows with no customHeight, and keeps a person\'s own height and flag on the next run', async () => {
    const first = ok(runTracker({ source: 'new' }, '2023-11-15'));
    const bytes = await workbookBytes(first.workbook);
    const cp = sheetIndex(first.workbook, SHEETS.checkpoints);
    const tags = await rowTags(bytes, cp);
    const tall = [...tags].filter(([, t]) => / ht="/.test(t));
    expect(tall.length).toBeGreaterThan(20);
    expect([...tags.values()].filter((t) => /customHeight/.test(t))).toEqual([]);

    // A person opens it, squeezes row 2 (11 lines of text) to 20 pt and saves (their office suite flags it).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    wb.getWorksheet(SHEETS.checkpoints)!.getRow(2).height = 20;
    const saved = await bytesOf(wb); // exceljs writes customHeight="1" on every row with a height
    const second = ok(runTracker(await openPlanBytes(saved, 'план.xlsx'), '2023-11-15'));
    expect(customRowsOf(second.workbook).get(SHEETS.checkpoints)).toEqual(new Set(tall.map(([r]) => r).concat(2)));
    // …which is why the flags are read from the file: every row exceljs flagged counts as the person's here.
    const out = await rowTags(await workbookBytes(second.workbook), cp);
    expect(out.get(2)).toMatch(/ht="20" customHeight="1"/);
  });

  it('keeps the flags of a file an office suite saved: its automatic heights stay automatic, its manual ones manual', async () => {
    const first = ok(runTracker({ source: 'new' }, '2023-11-15'));
    const zip = await JSZip.loadAsync(await workbookBytes(first.workbook));
    const path = `xl/worksheets/sheet${sheetIndex(first.workbook, SHEETS.checkpoints)}.xml`;
    const xml = await zip.file(path)!.async('string');
    // As LibreOffice saves: every row with a height, customHeight false unless a person set it (row 3).
    zip.file(path, xml.replace(/<row ([^>]*?)( ht="[^"]*")?>/g, (tag, rest: string) => {
      const r = Number(/r="(\d+)"/.exec(rest)![1]);
      const clean = rest.replace(/ (ht|customHeight)="[^"]*"/g, '');
      return r === 3 ? `<row ${clean} ht="18" customHeight="true">` : `<row ${clean} ht="15" customHeight="false">`;
    }));
    const saved = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const second = ok(runTracker(await openPlanBytes(saved, 'план.xlsx'), '2023-11-15'));
    const out = await rowTags(await workbookBytes(second.workbook), sheetIndex(second.workbook, SHEETS.checkpoints));
    expect(out.get(3)).toMatch(/ht="18" customHeight="1"/);
    expect(Number(/ht="([\d.]+)"/.exec(out.get(2)!)![1])).toBeGreaterThan(100); // 11 lines, raised from 15
    expect([...out].filter(([r, t]) => r !== 3 && /customHeight/.test(t))).toEqual([]);
  });

  it('moves a person\'s flags up with their rows when a row above is deleted', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Лист');
    for (let r = 1; r <= 6; r++) ws.getCell(r, 1).value = `строка ${r}`;
    ws.getRow(5).height = 40;
    rememberCustomRows(wb, new Map([['Лист', new Set([3, 5])]]));
    spliceRow(wb, ws, 2);
    expect(customRowsOf(wb).get('Лист')).toEqual(new Set([2, 4]));
    expect(ws.getRow(4).height).toBe(40);
    spliceRow(wb, ws, 2);
    expect(customRowsOf(wb).get('Лист')).toEqual(new Set([3]));
  });
});
