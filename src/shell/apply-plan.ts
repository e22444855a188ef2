// Applies a write plan to the spreadsheet. Nothing is written when the plan is empty. Checkpoint rows are
// found by key in a read made just before writing (people may have sorted or inserted rows since the
// snapshot); after writing, one more read checks every key, and anything a write knocked out of place
// is put right at once (core/repair.ts).
import { cellText, type Cell } from '../core/cells';
import { CHECKPOINT_FIELDS, numberRuns, PEOPLE_FIELDS, SCRIPT_FIELDS } from '../core/checkpoints';
import type { CheckpointWrites, RollupWrites } from '../core/plan';
import { findRepairs } from '../core/repair';
import { NOTES } from '../text/ru';
import { COLOURS } from '../views/colours';
import { protectColumns } from './protection';
import { ROLLUP_WIDTHS } from '../views/sheet-layout';
import { ensureSize, toCell, toSheetValue, type SheetValue } from './sheet-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface CheckpointApplied {
  updated: number;
  appended: number;
  deleted: number;
  /** Rows put right after someone moved rows during the run. */
  repaired: number;
  /** Updates not written because their row's key was no longer found once (it moved away or was copied). */
  skipped: number;
}

const NONE: CheckpointApplied = { updated: 0, appended: 0, deleted: 0, repaired: 0, skipped: 0 };

function readAll(sheet: Sheet, timeZone: string): Cell[][] {
  return sheet.getDataRange().getValues().map((r) => r.map((v) => toCell(v, timeZone)));
}

/** 1-based rows of each key in a fresh read. */
function rowsByKey(values: Cell[][], keyColumn: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  values.forEach((r, i) => {
    if (i === 0) return;
    const k = cellText(r[keyColumn] ?? '');
    if (!k) return;
    const list = out.get(k);
    if (list) list.push(i + 1);
    else out.set(k, [i + 1]);
  });
  return out;
}

/**
 * One setValues per column that changes, spanning its first to last changed row; rows in between keep
 * what the fresh read says they hold.
 */
function writeColumns(sheet: Sheet, changes: Map<number, Map<number, Cell>>, fresh: Cell[][], timeZone: string): void {
  for (const [column, byRow] of changes) {
    const rows = [...byRow.keys()].sort((a, b) => a - b);
    const first = rows[0];
    const last = rows[rows.length - 1];
    const block: SheetValue[][] = [];
    for (let r = first; r <= last; r++) {
      const v = byRow.has(r) ? byRow.get(r) : fresh[r - 1]?.[column - 1];
      block.push([toSheetValue(v ?? '', timeZone)]);
    }
    sheet.getRange(first, column, block.length, 1).setValues(block);
  }
}

export function applyCheckpointWrites(sheet: Sheet, w: CheckpointWrites, timeZone: string): CheckpointApplied {
  if (!w.updates.length && !w.appends.length && !w.deletes.length) return NONE;
  const { columns } = w;
  const fresh = readAll(sheet, timeZone);
  const where = rowsByKey(fresh, columns.key);
  const out: CheckpointApplied = { ...NONE };

  // Cells of existing rows, each at the row its key stands on now.
  const changes = new Map<number, Map<number, Cell>>();
  // A key on several rows (a copied row): the row the plan read, if it still holds the key.
  const rowOf = (key: string, planned: number): number | null => {
    const at = where.get(key);
    if (!at) return null;
    if (at.length === 1) return at[0];
    return at.includes(planned) ? planned : null;
  };
  for (const u of w.updates) {
    const row = rowOf(u.key, u.row);
    if (row === null) {
      out.skipped++;
      continue;
    }
    for (const c of u.cells) {
      if (!changes.has(c.column)) changes.set(c.column, new Map());
      (changes.get(c.column) as Map<number, Cell>).set(row, c.value);
    }
    out.updated++;
  }
  writeColumns(sheet, changes, fresh, timeZone);

  // Rows to remove: found by key, and only while nothing is typed in them.
  const typed = (row: number): boolean => PEOPLE_FIELDS.some((f) => cellText(fresh[row - 1]?.[columns[f]] ?? '') !== '');
  const doomed: number[] = [];
  const doomedKeys: string[] = [];
  for (const d of w.deletes) {
    const row = rowOf(d.key, d.row);
    if (row === null || typed(row)) continue;
    doomed.push(row);
    doomedKeys.push(d.key);
  }
  // Bottom-up, so deleting one run does not shift the next.
  const runs = numberRuns(doomed).reverse();
  for (const run of runs) sheet.deleteRows(run.first, run.count);
  out.deleted = doomed.length;

  // New checkpoints below the last used row; only the script's columns are written.
  const width = Math.max(...CHECKPOINT_FIELDS.map((f) => columns[f] + 1), fresh[0]?.length ?? 0);
  // A checkpoint already on the sheet is not added again (the snapshot may have missed a row that
  // someone's insert pushed below the range it read).
  const appended: Cell[][] = w.appends.filter((cells) => !where.has(cellText(cells.key ?? ''))).map((cells) => {
    const line: Cell[] = new Array(width).fill('');
    for (const f of SCRIPT_FIELDS) line[columns[f]] = cells[f] ?? '';
    return line;
  });
  if (appended.length) {
    const scriptCols = SCRIPT_FIELDS.map((f) => columns[f] + 1);
    const first = Math.min(...scriptCols);
    const last = Math.max(...scriptCols);
    const at = sheet.getLastRow() + 1;
    ensureSize(sheet, at + appended.length, last);
    sheet.getRange(at, first, appended.length, last - first + 1)
      .setValues(appended.map((line) => line.slice(first - 1, last).map((v) => toSheetValue(v, timeZone))));
    out.appended = appended.length;
  }

  // One more read: every key that should be there is there, or it is put back.
  const after = readAll(sheet, timeZone);
  const repair = findRepairs(fresh, after, columns, doomedKeys, appended);
  for (const r of repair.restore) {
    for (const c of r.cells) sheet.getRange(r.row, c.column).setValue(toSheetValue(c.value, timeZone));
  }
  if (repair.append.length) {
    const at = sheet.getLastRow() + 1;
    ensureSize(sheet, at + repair.append.length, width);
    sheet.getRange(at, 1, repair.append.length, width)
      .setValues(repair.append.map((line) => Array.from({ length: width }, (_, i) => toSheetValue(line[i] ?? '', timeZone))));
  }
  out.repaired = repair.restore.length + repair.append.length;
  sheet.getRange(1, columns.state + 1).setNote(w.stateNote);
  return out;
}

/** Roll-up headers that are missing (with their look), then the changed roll-up cells column by column. */
export function applyRollupWrites(sheet: Sheet, w: RollupWrites, values: Cell[][], timeZone: string): number {
  if (w.headers.length) {
    const first = Math.min(...w.headers.map((h) => h.column));
    const last = Math.max(...w.headers.map((h) => h.column));
    ensureSize(sheet, w.headers[0].row, last);
    sheet.getRange(w.headers[0].row, first, 1, last - first + 1).setValues([w.headers.map((h) => String(h.value))])
      .setBackground(COLOURS.scriptHeader).setFontWeight('bold').setWrap(true).setNote(NOTES.scriptOwned);
    for (const [field, column] of Object.entries(w.columns)) {
      if (w.headers.some((h) => h.column === column)) sheet.setColumnWidth(column, ROLLUP_WIDTHS[field as keyof typeof ROLLUP_WIDTHS]);
    }
  }
  if (!w.cells.length) return 0;
  const changes = new Map<number, Map<number, Cell>>();
  for (const c of w.cells) {
    if (!changes.has(c.column)) changes.set(c.column, new Map());
    (changes.get(c.column) as Map<number, Cell>).set(c.row, c.value);
  }
  ensureSize(sheet, Math.max(...w.cells.map((c) => c.row)), Math.max(...w.cells.map((c) => c.column)));
  writeColumns(sheet, changes, values, timeZone);
  if (w.cells.some((c) => c.column === w.columns.state)) sheet.getRange(w.headerRow, w.columns.state).setNote(w.stateNote);
  return w.cells.length;
}

/** Formats of the roll-up and checkpoint columns, once per set-up (they stay on the columns). */
export function formatRollup(sheet: Sheet, w: RollupWrites, headerRow: number): void {
  const cols = Object.values(w.columns);
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const height = Math.max(sheet.getMaxRows() - headerRow, 1);
  sheet.getRange(headerRow + 1, first, height, last - first + 1).setWrap(true).setVerticalAlignment('top');
  sheet.getRange(headerRow + 1, w.columns.nextDue, height, 1).setNumberFormat('dd.mm.yyyy');
  sheet.getRange(headerRow, w.columns.state).setNote(w.stateNote);
  protectColumns(sheet, cols, headerRow);
}
