// The offline workbook reads at its default size and prints as the Google shell's does (views/sheet-layout.ts):
// widths and wrapping, labels aligned with their values, the print layout restored on every run, and the
// dropdown and date check on one range per column however often the file goes round.
import JSZip from 'jszip';
import {
  CHECKPOINT_FIELDS, CHECKPOINT_WIDTHS, CHECKPOINT_WRAPPED, PEOPLE_WIDTHS, ROLLUP_WIDTHS, SETTINGS_WIDTHS, SHEETS,
} from '../../src/core';
import { loadWorkbook, openPlanBytes, runTracker, workbookBytes, type TrackerRun } from '../../src/node';

function ok(r: ReturnType<typeof runTracker>): TrackerRun {
  if (!r.ok) throw new Error(r.message);
  return r;
}

async function again(bytes: Uint8Array, today = '2023-11-15'): Promise<TrackerRun> {
  return ok(runTracker(await openPlanBytes(bytes, 'план.xlsx'), today));
}

/** Excel character width of a Sheets pixel width, as the file shell converts it. */
const chars = (px: number): number => Math.round(((px - 5) / 7) * 10) / 10;

/** Every sheet's data-validation ranges as the saved file has them. */
async function validationRanges(bytes: Uint8Array): Promise<Record<string, string[]>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string[]> = {};
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    out[name] = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].flatMap((m) => m[1].split(/\s+/));
  }
  return out;
}

const cellsOf = (range: string): string[] => {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range)!;
  const out: string[] = [];
  for (let r = Number(m[2]); r <= Number(m[4] ?? m[2]); r++) out.push(`${m[1]}${r}`);
  return out;
};

describe('offline sheets at their default size and on paper', () => {
  it('validation ranges never overlap, on a new file and after the file went round twice', async () => {
    let bytes = await workbookBytes(ok(runTracker({ source: 'new' }, '2023-11-15')).workbook);
    for (let round = 0; round < 3; round++) {
      for (const [sheet, ranges] of Object.entries(await validationRanges(bytes))) {
        const cells = ranges.flatMap(cellsOf);
        expect([sheet, round, cells.length]).toEqual([sheet, round, new Set(cells).size]);
        expect([sheet, round, ranges.length]).toEqual([sheet, round, ranges.length ? 2 : 0]);
      }
      bytes = await workbookBytes((await again(bytes)).workbook);
    }
  });

  it('columns as wide as the Google shell makes them; names, people, states and links wrap; labels top-aligned', async () => {
    const wb = (await again(await workbookBytes(ok(runTracker({ source: 'new' }, '2023-11-15')).workbook))).workbook;
    const cp = wb.getWorksheet(SHEETS.checkpoints)!;
    CHECKPOINT_FIELDS.forEach((f, i) => expect([f, cp.getColumn(i + 1).width]).toEqual([f, chars(CHECKPOINT_WIDTHS[f])]));
    for (const f of CHECKPOINT_WRAPPED) {
      const c = CHECKPOINT_FIELDS.indexOf(f) + 1;
      for (let r = 2; r <= 33; r++) expect([f, r, cp.getCell(r, c).alignment?.wrapText]).toEqual([f, r, true]);
    }
    const settings = wb.getWorksheet(SHEETS.settings)!;
    SETTINGS_WIDTHS.forEach((w, i) => expect(settings.getColumn(i + 1).width).toBe(chars(w)));
    for (let r = 2; r <= settings.rowCount; r++) {
      if (settings.getCell(r, 1).value) expect([r, settings.getCell(r, 1).alignment?.vertical]).toEqual([r, 'top']);
    }
    const people = wb.getWorksheet(SHEETS.people)!;
    PEOPLE_WIDTHS.forEach((w, i) => expect(people.getColumn(i + 1).width).toBe(chars(w)));
    const roadmap = wb.getWorksheet(SHEETS.roadmap)!;
    expect(roadmap.getColumn(6).width).toBe(chars(ROLLUP_WIDTHS.nextDue));
  });

  it('every sheet prints landscape, one page wide, header rows repeated — restored after an office suite dropped it', async () => {
    const first = ok(runTracker({ source: 'new' }, '2023-11-15')).workbook;
    // What a re-save in another program may leave: portrait, 100 %, no print titles.
    for (const ws of first.worksheets) ws.pageSetup = { ...ws.pageSetup, orientation: 'portrait', fitToPage: false, printTitlesRow: undefined };
    const wb = (await again(await workbookBytes(first))).workbook;
    const reread = await loadWorkbook(await workbookBytes(wb), "план.xlsx");
    expect(reread.worksheets).toHaveLength(4);
    for (const ws of reread.worksheets) {
      const p = ws.pageSetup;
      expect([ws.name, p.orientation, p.fitToPage, p.fitToWidth, p.fitToHeight, p.printTitlesRow?.replace(/\$/g, '')]).toEqual([ws.name, 'landscape', true, 1, 0, '1:1']);
    }
  });

  it('the new file opens on the roadmap', async () => {
    const wb = (await again(await workbookBytes(ok(runTracker({ source: 'new' }, '2023-11-15')).workbook))).workbook;
    const active = wb.views?.[0]?.activeTab ?? 0;
    expect(wb.worksheets[active].name).toBe(SHEETS.roadmap);
  });
});
