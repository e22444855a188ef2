// Row heights of the sheets the tracker manages, in the .xlsx the command and the web page write: a row whose
// wrapped cells need more than one line at their column's width gets the height views/row-height.ts
// estimates, because LibreOffice shows a row with no stored height one line high. Ours and theirs: a row
// whose height a person set (customHeight in the file read) is never touched; any other row is only ever
// raised, never lowered — a stored height may be an office suite's own fit for a bigger font, and a row
// that stays a little tall is better than a cut-off one. Runs in Node and in the browser.
import type * as ExcelJS from 'exceljs';
import { columnPx, DEFAULT_ROW_PT, wrappedCellHeightPt, type CellFont } from '../core';
import type { CustomRows } from './xlsx-row-flags';

/** The rows with a person's own height in the file each workbook was read from (xlsx-load.ts). */
const customRows = new WeakMap<ExcelJS.Workbook, CustomRows>();

export function rememberCustomRows(wb: ExcelJS.Workbook, rows: CustomRows): void {
  customRows.set(wb, rows);
}

export function customRowsOf(wb: ExcelJS.Workbook): CustomRows {
  let rows = customRows.get(wb);
  if (!rows) customRows.set(wb, (rows = new Map()));
  return rows;
}

/** Deletes a row as exceljs does (the rows below move up with their heights), and the flags move with them. */
export function spliceRow(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, row: number): void {
  ws.spliceRows(row, 1);
  const rows = customRowsOf(wb).get(ws.name);
  if (!rows?.size) return;
  const moved = new Set<number>();
  for (const r of rows) if (r !== row) moved.add(r > row ? r - 1 : r);
  customRowsOf(wb).set(ws.name, moved);
}

/** Excel's default column width (8.43 characters) when a column has none. */
const DEFAULT_COLUMN_CHARS = 8.43;

function textOf(v: ExcelJS.CellValue): string {
  if (typeof v === 'string') return v;
  if (!v || typeof v !== 'object' || v instanceof Date) return '';
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : textOf(v.text as ExcelJS.CellValue);
  if ('formula' in v || 'sharedFormula' in v) return typeof v.result === 'string' ? v.result : '';
  return '';
}

/** Raises the rows of the named sheets that their wrapped text needs; rows a person sized are left alone. */
export function fitRowHeights(wb: ExcelJS.Workbook, sheetNames: string[]): void {
  for (const name of new Set(sheetNames)) {
    const ws = wb.getWorksheet(name);
    if (ws) fitSheet(ws, customRowsOf(wb).get(name));
  }
}

function fitSheet(ws: ExcelJS.Worksheet, custom: Set<number> | undefined): void {
  const widths: number[] = [];
  const px = (c: number): number => (widths[c] ??= columnPx(ws.getColumn(c).width ?? DEFAULT_COLUMN_CHARS));
  // Merged ranges by their top-left cell: a wrapped merged cell is as wide as its columns together.
  const merges = (ws as unknown as { _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges ?? {};
  ws.eachRow((row, r) => {
    if (custom?.has(r)) return;
    let need = 0;
    row.eachCell((cell, c) => {
      if (!cell.alignment?.wrapText) return;
      let width: number;
      if (cell.isMerged) {
        const m = merges[cell.address]?.model;
        if (!m || m.bottom > m.top) return; // not the top-left cell, or spans rows: no one row to grow
        width = 0;
        for (let k = m.left; k <= m.right; k++) width += px(k);
      } else width = px(c);
      const text = textOf(cell.value);
      if (!text) return;
      const font: CellFont = { size: cell.font?.size, bold: cell.font?.bold };
      const h = wrappedCellHeightPt(text, width, font);
      if (h !== undefined && h > need) need = h;
    });
    if (need > (row.height || DEFAULT_ROW_PT)) row.height = need;
  });
}
