// Without Google: the .xlsx the roadmap-tracker command writes carries row heights that fit its wrapped text.
// LibreOffice keeps the stored height of an .xlsx row (a row with none stays one line high, and wrapped names
// ran over the next rows); a person's own height (customHeight) is theirs and stays as they set it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SHEETS } from '../../src/text/ru';
import { run, workbook } from './offline-cli';

jest.setTimeout(60000);

const textOf = (v: ExcelJS.CellValue): string => {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (v && typeof v === 'object' && 'hyperlink' in v) return String(v.text ?? '');
  return '';
};

/**
 * Lines a text takes at least in a column of `px` pixels: greedy wrapping at spaces only, with an average
 * letter of 6.4 px (LibreOffice fits 45 letters of a checkpoint's name on a line of the 300-px column, with
 * DejaVu Sans standing in for Calibri; Calibri is narrower still). A lower bound on purpose: the test asks for
 * no less than this, the product may give a little more.
 */
function linesAtLeast(text: string, px: number): number {
  const perLine = Math.max(1, Math.floor((px - 8) / 6.4));
  let lines = 0;
  for (const para of text.split('\n')) {
    lines++;
    let used = 0;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const len = word.length;
      if (used === 0) { used = len; }
      else if (used + 1 + len <= perLine) used += 1 + len;
      else { lines++; used = len; }
      while (used > perLine) { lines++; used -= perLine; }
    }
  }
  return lines;
}

/** The same at a wide letter (9 px, broken anywhere): no row the product makes should need more. */
const linesAtMost = (text: string, px: number): number =>
  text.split('\n').reduce((n, para) => n + Math.max(1, Math.ceil((para.length * 9) / Math.max(1, px - 8))), 0);

/** An 11-pt line is at least 12.75 pt high in every office suite (LibreOffice's own, the least of them). */
const MIN_LINE_PT = 12.75;
const DEFAULT_ROW_PT = 15;

interface Need { sheet: string; row: number; least: number; most: number; height: number | undefined; sample: string }

/** For each row of the sheets the command manages: lines its wrapped cells need, and its stored height. */
function needs(wb: ExcelJS.Workbook, sheets: string[]): Need[] {
  const out: Need[] = [];
  for (const name of sheets) {
    const ws = wb.getWorksheet(name);
    if (!ws) continue;
    const px = (c: number): number => Math.round((ws.getColumn(c).width ?? 9.14) * 7 + 5);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      let least = 1;
      let most = 1;
      let sample = '';
      row.eachCell((cell, c) => {
        if (!cell.alignment?.wrapText || cell.isMerged) return;
        const text = textOf(cell.value);
        if (!text) return;
        const n = linesAtLeast(text, px(c));
        if (n > least) { least = n; sample = text.slice(0, 40); }
        most = Math.max(most, linesAtMost(text, px(c)));
      });
      out.push({ sheet: name, row: r, least, most, height: row.height || undefined, sample });
    });
  }
  return out;
}

const MANAGED = [SHEETS.roadmap, SHEETS.checkpoints, SHEETS.people, SHEETS.settings];

/** The <row> tags of a sheet as written, by row number. */
async function rowTags(file: string, sheetName: string): Promise<Map<number, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const wbXml = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(wbXml)![1];
  const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]
    ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
  const xml = await zip.file(`xl/${target.replace(/^\/?xl\//, '')}`)!.async('string');
  const tags = new Map<number, string>();
  for (const m of xml.matchAll(/<row [^>]*>/g)) tags.set(Number(/ r="(\d+)"/.exec(m[0])![1]), m[0]);
  return tags;
}

/** Rewrites one sheet's <row> tags in an .xlsx on disk, as an office suite saving the file would. */
async function editRowTags(file: string, sheetName: string, edit: (r: number, tag: string) => string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const wbXml = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(wbXml)![1];
  const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  const path = `xl/${target.replace(/^\/?xl\//, '')}`;
  const xml = await zip.file(path)!.async('string');
  zip.file(path, xml.replace(/<row [^>]*>/g, (tag) => edit(Number(/ r="(\d+)"/.exec(tag)![1]), tag)));
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

describe('row heights in the .xlsx the command writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-rows-'));
  const file = join(dir, 'план.xlsx');
  let first: ReturnType<typeof run>;

  beforeAll(() => {
    first = run([file, '--new', '--today', '15.11.2023'], dir);
  });

  it('gives every row whose wrapped text needs N lines at its column width at least N lines of height', async () => {
    expect(first.code).toBe(0);
    const all = needs(await workbook(file), MANAGED);
    const tall = all.filter((n) => n.least > 1);
    // The sample has long names on both sheets: not a vacuous check.
    expect(tall.filter((n) => n.sheet === SHEETS.checkpoints).length).toBeGreaterThan(20);
    expect(tall.filter((n) => n.sheet === SHEETS.roadmap).length).toBeGreaterThan(10);
    const short = tall.filter((n) => (n.height ?? DEFAULT_ROW_PT) < n.least * MIN_LINE_PT)
      .map((n) => `${n.sheet}!${n.row}: ${n.least} строк, высота ${n.height ?? 'по умолчанию'} («${n.sample}…»)`);
    expect(short).toEqual([]);
  });

  it('keeps the heights modest: no row taller than its text needs at a wide letter, one-line rows left at the default', async () => {
    const all = needs(await workbook(file), MANAGED);
    const tooTall = all.filter((n) => n.height !== undefined && n.height > n.most * DEFAULT_ROW_PT + 3)
      .map((n) => `${n.sheet}!${n.row}: ${n.height} pt for at most ${n.most} lines`);
    expect(tooTall).toEqual([]);
  });

  it('writes its heights as automatic ones (no customHeight), so an office suite still grows the row when a person types', async () => {
    for (const sheet of [SHEETS.roadmap, SHEETS.checkpoints]) {
      const tags = [...(await rowTags(file, sheet)).values()];
      expect(tags.filter((t) => / ht="/.test(t)).length).toBeGreaterThan(10);
      expect(tags.filter((t) => /customHeight="(1|true)"/.test(t))).toEqual([]);
    }
  });

  it('leaves a height a person set (customHeight) as they set it, lower or higher, and fits the rows an office suite sized itself', async () => {
    const mine = join(dir, 'свой.xlsx');
    writeFileSync(mine, readFileSync(file));
    const before = needs(await workbook(mine), [SHEETS.checkpoints]).filter((n) => n.least >= 3);
    const [low, high, auto] = before;
    // A person squeezed one row to a single line and made another very tall; LibreOffice saved a third row
    // with its own (too small) automatic height.
    await editRowTags(mine, SHEETS.checkpoints, (r, tag) => {
      const bare = tag.replace(/ (ht|customHeight)="[^"]*"/g, '');
      if (r === low.row) return bare.replace('<row ', '<row ht="15" customHeight="1" ');
      if (r === high.row) return bare.replace('<row ', '<row ht="120.5" customHeight="true" ');
      if (r === auto.row) return bare.replace('<row ', '<row ht="15" customHeight="false" ');
      return tag;
    });
    const second = run([mine, '--in-place', '--today', '15.11.2023'], dir);
    expect(second.code).toBe(0);
    const after = new Map(needs(await workbook(mine), [SHEETS.checkpoints]).map((n) => [n.row, n]));
    expect(after.get(low.row)!.height).toBe(15);
    expect(after.get(high.row)!.height).toBe(120.5);
    expect(after.get(auto.row)!.height).toBeGreaterThanOrEqual(auto.least * MIN_LINE_PT);
    const tags = await rowTags(mine, SHEETS.checkpoints);
    expect(tags.get(low.row)).toMatch(/customHeight="1"/);
    expect(tags.get(high.row)).toMatch(/customHeight="1"/);
    expect(tags.get(auto.row)).not.toMatch(/customHeight/);
    // Every other row keeps the height the first run gave it, still automatic.
    const others = [...tags.entries()].filter(([r]) => ![low.row, high.row].includes(r));
    expect(others.filter(([, t]) => /customHeight/.test(t))).toEqual([]);
  });
});
