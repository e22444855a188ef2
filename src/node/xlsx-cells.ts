// Writing the core's cell values into an exceljs workbook that was loaded from a school's file. Only the
// cells a plan names are touched; everything else (error values, rich text, styles, links, other sheets)
// is left as exceljs read it, so it is written back as it was. Runs in Node and in the browser.
import type * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { customRowsOf } from './row-heights';
import { keepOnlyCustomFlags } from './xlsx-row-flags';
import { isDateCell, type Cell } from '../core';

/** How a date the script writes looks, unless the cell already has a date format of its own. */
export const DATE_FORMAT = 'dd.mm.yyyy';

/** A calendar date as exceljs stores it: UTC midnight, which it writes as the whole-day serial. */
export function excelDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

const hasDateFormat = (fmt: string | undefined): boolean => !!fmt && /[dy]/i.test(fmt.replace(/"[^"]*"|\[[^\]]*\]/g, ''));

/** Sets one cell (1-based) to a core value, keeping the cell's style; '' empties it. */
export function setCell(ws: ExcelJS.Worksheet, row: number, column: number, value: Cell): void {
  const cell = ws.getCell(row, column);
  if (isDateCell(value)) {
    cell.value = excelDate(value.date);
    if (!hasDateFormat(cell.numFmt)) cell.numFmt = DATE_FORMAT;
  } else cell.value = value === '' ? null : value;
}

/** The same value is already there (so the cell is not touched at all). */
export function holds(ws: ExcelJS.Worksheet, row: number, column: number, value: Cell): boolean {
  const v = ws.findRow(row)?.findCell(column)?.value;
  if (isDateCell(value)) return v instanceof Date && v.getTime() === excelDate(value.date).getTime();
  if (value === '') return v === null || v === undefined || v === '';
  return v === value;
}

/**
 * The workbook as .xlsx bytes. Fastest DEFLATE level: at 5,000 activities level 6 (JSZip's default)
 * spends about half a second more for a file a few per cent smaller.
 */
export async function workbookBytes(wb: ExcelJS.Workbook, compress?: (stored: Uint8Array) => Uint8Array, crc32?: (data: Uint8Array) => number): Promise<Uint8Array> {
  // exceljs only stores the entries: the row flags are fixed in the stored package (xlsx-row-flags.ts), then
  // it is compressed by `compress` (Node's native deflate, from the command: JSZip's JavaScript deflate was half
  // of the save; `crc32` its native checksum) or, in the browser, by JSZip.
  const zip = { compression: 'STORE' };
  const stored = new Uint8Array(await wb.xlsx.writeBuffer({ zip } as unknown as Partial<ExcelJS.XlsxWriteOptions>) as ArrayBuffer);
  const out = keepOnlyCustomFlags(stored, customRowsOf(wb), crc32);
  if (compress) return compress(out);
  const packed = await JSZip.loadAsync(out);
  return packed.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}
