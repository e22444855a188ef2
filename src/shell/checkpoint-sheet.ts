// The «Контрольные точки» sheet: one row per deadline occurrence. The script fills the columns on
// the left (key, activity, period, dates, state); people fill status, date done, evidence, comment.
// Here: the sheet's look (header, widths, formats, validation, protection), made by set-up. What goes
// into its rows is the core's write plan (core/plan.ts), applied by apply-plan.ts.
import { CHECKPOINT_FIELDS, PEOPLE_FIELDS, SCRIPT_FIELDS, type CheckpointColumns, type CheckpointField } from '../core/checkpoints';
import { CHECKPOINT_HEADERS, SHEETS, STATUS_LIST } from '../text/ru';
import { COLOURS } from '../views/colours';
import { protectColumns } from './protection';
import { CHECKPOINT_WIDTHS, CHECKPOINT_WRAPPED } from '../views/sheet-layout';
import { ensureSize, insertSheetKeepingActive } from './sheet-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Creates the sheet with its header, formats and the hidden key column. */
export function createCheckpointSheet(ss: Spreadsheet): Sheet {
  const sheet = insertSheetKeepingActive(ss, SHEETS.checkpoints);
  const width = CHECKPOINT_FIELDS.length;
  ensureSize(sheet, 2, width);
  sheet.getRange(1, 1, 1, width)
    .setValues([CHECKPOINT_FIELDS.map((f) => CHECKPOINT_HEADERS[f])])
    .setFontWeight('bold').setWrap(true).setVerticalAlignment('middle')
    .setBackgrounds([CHECKPOINT_FIELDS.map((f) => (PEOPLE_FIELDS.includes(f) ? COLOURS.peopleHeader : COLOURS.scriptHeader))]);
  sheet.setFrozenRows(1);
  CHECKPOINT_FIELDS.forEach((f, i) => sheet.setColumnWidth(i + 1, CHECKPOINT_WIDTHS[f]));
  // Nothing cut off at the default width: long names, people, states and links wrap (the row grows).
  const column = (f: CheckpointField): GoogleAppsScript.Spreadsheet.Range => sheet.getRange(2, CHECKPOINT_FIELDS.indexOf(f) + 1, sheet.getMaxRows() - 1, 1);
  for (const f of CHECKPOINT_WRAPPED) column(f).setWrap(true);
  sheet.getRange(2, 1, sheet.getMaxRows() - 1, width).setVerticalAlignment('top');
  sheet.hideColumns(CHECKPOINT_FIELDS.indexOf('key') + 1);
  return sheet;
}

/**
 * Formats and validation of whole columns, before anything is written (so "1.1" and "15.12.2022"
 * labels stay text): a fixed number of calls, whatever the rows. The sheet is grown first.
 */
export function formatCheckpointColumns(sheet: Sheet, columns: CheckpointColumns, lastRow: number): void {
  ensureSize(sheet, lastRow + 1, Math.max(...CHECKPOINT_FIELDS.map((f) => columns[f] + 1)));
  const height = Math.max(sheet.getMaxRows() - 1, 1);
  const col = (f: CheckpointField): GoogleAppsScript.Spreadsheet.Range => sheet.getRange(2, columns[f] + 1, height, 1);
  col('number').setNumberFormat('@');
  col('period').setNumberFormat('@');
  for (const f of ['start', 'due', 'done'] as CheckpointField[]) col(f).setNumberFormat('dd.mm.yyyy');
  col('status').setDataValidation(SpreadsheetApp.newDataValidation()
    .requireValueInList(STATUS_LIST, true).setAllowInvalid(true).build());
  col('done').setDataValidation(SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).build());
  protectColumns(sheet, SCRIPT_FIELDS.map((f) => columns[f] + 1), 2);
}
