// The «Контрольные точки» sheet: one row per deadline occurrence. The script fills the columns on
// the left (key, activity, period, dates, state); people fill status, date done, evidence, comment.
// A re-sync writes the script's columns in one block, appends new rows in one block, and deletes
// only rows in which nothing was typed.
import {
  CHECKPOINT_FIELDS, PEOPLE_FIELDS, SCRIPT_FIELDS, checkpointColumns, deletionRuns, readCheckpointSheet, rowsAfterSync, syncCheckpoints,
  type CheckpointColumns, type CheckpointField, type CheckpointRow, type PlannedCheckpoint, type SyncPlan,
} from '../core/checkpoints';
import { checkpointState, type Horizon } from '../core/status';
import { CHECKPOINT_HEADERS, MESSAGES, NOTES, SHEETS, STATUS_LIST } from '../text/ru';
import { COLOURS } from '../views/colours';
import { checkpointStateText } from '../views/state-text';
import { columnRuns, protectColumns } from './protection';
import { dateValue, ensureSize, readGrid, toSheetValue, writeBlock, type Grid, type SheetValue } from './sheet-io';
import { formatRu } from '../core/calendar';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const WIDTHS: Record<CheckpointField, number> = {
  key: 80, number: 50, activity: 320, period: 150, start: 90, due: 90, responsible: 130, state: 150,
  status: 120, done: 110, evidence: 240, comment: 220,
};

/** Creates the sheet with its header, formats and the hidden key column. */
function createSheet(ss: Spreadsheet): Sheet {
  const sheet = ss.insertSheet(SHEETS.checkpoints);
  const width = CHECKPOINT_FIELDS.length;
  ensureSize(sheet, 2, width);
  sheet.getRange(1, 1, 1, width)
    .setValues([CHECKPOINT_FIELDS.map((f) => CHECKPOINT_HEADERS[f])])
    .setFontWeight('bold').setWrap(true).setVerticalAlignment('middle')
    .setBackgrounds([CHECKPOINT_FIELDS.map((f) => (PEOPLE_FIELDS.includes(f) ? COLOURS.peopleHeader : COLOURS.scriptHeader))]);
  sheet.setFrozenRows(1);
  CHECKPOINT_FIELDS.forEach((f, i) => sheet.setColumnWidth(i + 1, WIDTHS[f]));
  // One line per checkpoint: long names are clipped (the roadmap has them in full); comments wrap.
  const column = (f: CheckpointField): GoogleAppsScript.Spreadsheet.Range => sheet.getRange(2, CHECKPOINT_FIELDS.indexOf(f) + 1, sheet.getMaxRows() - 1, 1);
  for (const f of ['activity', 'responsible', 'evidence'] as CheckpointField[]) column(f).setWrapStrategy(SpreadsheetApp.WrapStrategy.CLIP);
  column('comment').setWrap(true);
  sheet.getRange(2, 1, sheet.getMaxRows() - 1, width).setVerticalAlignment('top');
  sheet.hideColumns(CHECKPOINT_FIELDS.indexOf('key') + 1);
  return sheet;
}

export interface CheckpointSheet {
  sheet: Sheet;
  grid: Grid;
  columns: CheckpointColumns;
  rows: CheckpointRow[];
}

export type CheckpointSheetResult = { ok: true; value: CheckpointSheet } | { ok: false; message: string };

export function openCheckpointSheet(ss: Spreadsheet, existing: Sheet | undefined, timeZone: string): CheckpointSheetResult {
  const sheet = existing ?? createSheet(ss);
  const grid = readGrid(sheet, timeZone, true);
  const found = checkpointColumns(grid.values[0] ?? []);
  if (!found.ok) return { ok: false, message: MESSAGES.missingColumns(SHEETS.checkpoints, found.missing) };
  const read = readCheckpointSheet(grid.values, grid.formulas, evidenceLinks(sheet, found.columns, grid));
  if (!read.ok) return { ok: false, message: MESSAGES.missingColumns(SHEETS.checkpoints, read.missing) };
  return { ok: true, value: { sheet, grid, columns: read.columns, rows: read.rows } };
}

/** The rows on the sheet without writing; no sheet (or not ours) → none. */
export function readCheckpointRows(sheet: Sheet | undefined, timeZone: string): CheckpointRow[] {
  if (!sheet) return [];
  const grid = readGrid(sheet, timeZone);
  const found = checkpointColumns(grid.values[0] ?? []);
  if (!found.ok) return [];
  const read = readCheckpointSheet(grid.values, undefined, evidenceLinks(sheet, found.columns, grid));
  return read.ok ? read.rows : [];
}

/** Links on the evidence cells (a link on text, a HYPERLINK formula): one call for the column. */
function evidenceLinks(sheet: Sheet, columns: CheckpointColumns, grid: Grid): (string | null)[] {
  if (grid.lastRow < 2) return [];
  return sheet.getRange(2, columns.evidence + 1, grid.lastRow - 1, 1).getRichTextValues().map((r) => (r[0] ? r[0].getLinkUrl() : null));
}

/** The script's cells of one checkpoint row, by field. */
function scriptCells(p: PlannedCheckpoint, state: string, timeZone: string): Partial<Record<CheckpointField, SheetValue>> {
  return {
    key: p.key, number: p.number, activity: p.activity, period: p.label,
    start: dateValue(p.start, timeZone), due: dateValue(p.due, timeZone), responsible: p.responsible, state,
  };
}

export interface SyncOutcome {
  plan: SyncPlan;
  /** The rows as they stand after the write (for the overview). */
  rows: CheckpointRow[];
}

/**
 * Applies a sync: one setValues per contiguous run of script columns over the existing rows, one
 * setValues for the new rows, one deleteRows per run of rows to drop (bottom-up).
 */
export function syncCheckpointSheet(cs: CheckpointSheet, planned: PlannedCheckpoint[], on: Horizon, timeZone: string): SyncOutcome {
  const { sheet, grid, columns } = cs;
  const plan = syncCheckpoints(planned, cs.rows);
  formatColumns(sheet, columns, Math.max(grid.lastRow, 1) + plan.appends.length);
  const assigned = new Map(plan.rows.map((r) => [r.row, r.planned]));
  const removedText = checkpointStateText('removed');
  const stateOf = (p: PlannedCheckpoint, row: CheckpointRow | undefined): string =>
    checkpointStateText(checkpointState(p.due, row ?? { status: '', done: '' }, on));

  // Existing rows: the script's columns rewritten, people's columns untouched.
  const rowsByNumber = new Map(cs.rows.map((r) => [r.row, r]));
  const lastRow = grid.lastRow;
  if (lastRow >= 2) {
    for (const run of columnRuns(SCRIPT_FIELDS.map((f) => columns[f] + 1))) {
      const block: SheetValue[][] = [];
      for (let r = 2; r <= lastRow; r++) {
        const existing = rowsByNumber.get(r);
        const p = assigned.get(r);
        const cells = p ? scriptCells(p, stateOf(p, existing), timeZone) : p === null ? { state: removedText } : {};
        const line: SheetValue[] = [];
        for (let c = run.first; c < run.first + run.count; c++) {
          const field = SCRIPT_FIELDS.find((f) => columns[f] + 1 === c);
          const formula = grid.formulas?.[r - 1]?.[c - 1];
          if (field && field in cells) line.push(cells[field] as SheetValue);
          else line.push(formula ? formula : toSheetValue(grid.values[r - 1]?.[c - 1], timeZone));
        }
        block.push(line);
      }
      sheet.getRange(2, run.first, lastRow - 1, run.count).setValues(block);
    }
  }

  // New checkpoints below the last row; people's columns left empty.
  const width = Math.max(...CHECKPOINT_FIELDS.map((f) => columns[f] + 1));
  if (plan.appends.length) {
    const block = plan.appends.map((p) => {
      const cells = scriptCells(p, stateOf(p, undefined), timeZone);
      const line: SheetValue[] = new Array(width).fill('');
      for (const f of SCRIPT_FIELDS) line[columns[f]] = cells[f] as SheetValue;
      return line;
    });
    writeBlock(sheet, Math.max(lastRow, 1) + 1, 1, block);
  }
  for (const run of deletionRuns(plan.deletes)) sheet.deleteRows(run.row, run.count);

  const rows = rowsAfterSync(cs.rows, plan, true);
  sheet.getRange(1, columns.state + 1).setNote(NOTES.checkedOn(formatRu(on.today)));
  protectColumns(sheet, SCRIPT_FIELDS.map((f) => columns[f] + 1), 2);
  return { plan, rows };
}

/**
 * Formats and validation of whole columns, before anything is written (so "1.1" and "15.12.2022"
 * labels stay text): a fixed number of calls, whatever the rows. The sheet is grown first.
 */
function formatColumns(sheet: Sheet, columns: CheckpointColumns, lastRow: number): void {
  ensureSize(sheet, lastRow + 1, Math.max(...CHECKPOINT_FIELDS.map((f) => columns[f] + 1)));
  const height = Math.max(sheet.getMaxRows() - 1, 1);
  const col = (f: CheckpointField): GoogleAppsScript.Spreadsheet.Range => sheet.getRange(2, columns[f] + 1, height, 1);
  col('number').setNumberFormat('@');
  col('period').setNumberFormat('@');
  for (const f of ['start', 'due', 'done'] as CheckpointField[]) col(f).setNumberFormat('dd.mm.yyyy');
  col('status').setDataValidation(SpreadsheetApp.newDataValidation()
    .requireValueInList(STATUS_LIST, true).setAllowInvalid(true).build());
  col('done').setDataValidation(SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).build());
}
