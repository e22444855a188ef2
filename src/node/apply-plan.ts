// Applies the core's write plan to an .xlsx workbook: only the cells the plan names are written, so
// every other cell (people's marks, their formatting, other sheets) is saved back as it was read. Each
// write to a checkpoint row is checked against the key that row held when read, like the Google shell
// does (a file does not change under us, so a mismatch means a bug, and the row is left alone).
import type * as ExcelJS from 'exceljs';
import {
  cellText, CHECKPOINT_FIELDS, COLOURS, NOTES, PEOPLE_FIELDS, ROLLUP_WIDTHS, SCRIPT_FIELDS, type CheckpointWrites, type RollupWrites,
} from '../core';
import { argb, chars, columnLetter, createCheckpointSheet, lastUsedRow } from './workbook-sheets';
import { spliceRow } from './row-heights';
import { DATE_FORMAT, setCell } from './xlsx-cells';
import { cellValueOf } from './xlsx-snapshot';

export interface Applied {
  updated: number;
  appended: number;
  deleted: number;
  /** Writes not made because their row no longer held its key. */
  skipped: number;
  rollupCells: number;
}

const textAt = (ws: ExcelJS.Worksheet, row: number, column: number): string =>
  cellText(cellValueOf(ws.findRow(row)?.findCell(column)?.value));

export function applyCheckpointWrites(wb: ExcelJS.Workbook, w: CheckpointWrites): { ws: ExcelJS.Worksheet; updated: number; appended: number; deleted: number; skipped: number } {
  const ws = wb.getWorksheet(w.sheet) ?? createCheckpointSheet(wb);
  const col = (f: (typeof CHECKPOINT_FIELDS)[number]): number => w.columns[f] + 1;
  const keyAt = (row: number): string => textAt(ws, row, col('key'));
  let updated = 0;
  let skipped = 0;
  for (const u of w.updates) {
    if (keyAt(u.row) !== u.key) {
      skipped++;
      continue;
    }
    for (const c of u.cells) setCell(ws, u.row, c.column, c.value);
    updated++;
  }
  // Deleted bottom-up so the rows above keep their numbers; a row with anything typed in it stays.
  let deleted = 0;
  for (const d of [...w.deletes].sort((a, b) => b.row - a.row)) {
    if (keyAt(d.row) !== d.key || PEOPLE_FIELDS.some((f) => textAt(ws, d.row, col(f)) !== '')) continue;
    spliceRow(wb, ws, d.row);
    deleted++;
  }
  let row = Math.max(lastUsedRow(ws), 1) + 1;
  for (const cells of w.appends) {
    for (const f of SCRIPT_FIELDS) {
      const v = cells[f];
      if (v !== undefined && v !== '') setCell(ws, row, col(f), v);
    }
    row++;
  }
  ws.getCell(1, col('state')).note = w.stateNote;
  return { ws, updated, appended: w.appends.length, deleted, skipped };
}

/** Missing roll-up headers (grey, with the note that the script fills them), then the changed cells. */
export function applyRollupWrites(wb: ExcelJS.Workbook, w: RollupWrites): number {
  const ws = wb.getWorksheet(w.sheet);
  if (!ws) return 0;
  for (const h of w.headers) {
    const c = ws.getCell(h.row, h.column);
    c.value = String(h.value);
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(COLOURS.scriptHeader) } };
    c.alignment = { wrapText: true };
    c.note = NOTES.scriptOwned;
    const field = Object.entries(w.columns).find(([, n]) => n === h.column)?.[0];
    if (field) ws.getColumn(h.column).width = chars(ROLLUP_WIDTHS[field as keyof typeof ROLLUP_WIDTHS]);
  }
  if (w.headers.length) {
    ws.getColumn(w.columns.nextDue).numFmt = DATE_FORMAT;
    for (const n of Object.values(w.columns)) ws.getColumn(n).alignment = { wrapText: true, vertical: 'top' };
  }
  for (const c of w.cells) setCell(ws, c.row, c.column, c.value);
  if (w.cells.length || w.headers.length) ws.getCell(w.headerRow, w.columns.state).note = w.stateNote;
  return w.cells.length;
}

export { columnLetter };
