// What happens as people type: a checkpoint set to «Выполнено» gets today's date in «Дата
// выполнения» when that cell is empty (a typed date is never overwritten); an edited deadline on
// the roadmap re-syncs the checkpoints.
import { dateInZone, instantInZone } from '../core/calendar';
import { cellText } from '../core/cells';
import { checkpointColumn } from '../core/checkpoints';
import { readRoadmap, type RoadmapField } from '../core/roadmap';
import { isDoneStatus } from '../core/status';
import { SHEETS } from '../text/ru';
import { toCell } from './sheet-io';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** Returns how many date cells were filled. */
export function fillDateDone(range: Range, now: Date): number {
  const sheet = range.getSheet();
  const width = sheet.getLastColumn();
  if (width < 1) return 0;
  const header = sheet.getRange(1, 1, 1, width).getValues()[0].map((v) => toCell(v, 'UTC'));
  const statusCol = checkpointColumn(header, 'status') + 1;
  const doneCol = checkpointColumn(header, 'done') + 1;
  const first = Math.max(range.getRow(), 2);
  const last = range.getLastRow();
  if (!statusCol || !doneCol || last < first) return 0;
  if (statusCol < range.getColumn() || statusCol > range.getLastColumn()) return 0;

  const count = last - first + 1;
  const statuses = sheet.getRange(first, statusCol, count, 1).getValues();
  const doneRange = sheet.getRange(first, doneCol, count, 1);
  const done = doneRange.getValues();
  const formulas = doneRange.getFormulas();
  const timeZone = sheet.getParent().getSpreadsheetTimeZone();
  const today = instantInZone(dateInZone(now, timeZone), timeZone);
  // Only runs of rows whose date cell is empty are written, so no typed cell is touched.
  let filled = 0;
  let runStart = -1;
  const flush = (end: number): void => {
    if (runStart < 0) return;
    sheet.getRange(first + runStart, doneCol, end - runStart, 1).setValues(Array.from({ length: end - runStart }, () => [today]));
    filled += end - runStart;
    runStart = -1;
  };
  for (let i = 0; i < count; i++) {
    const needs = isDoneStatus(String(statuses[i][0])) && cellText(toCell(done[i][0], timeZone)) === '' && !formulas[i][0];
    if (needs && runStart < 0) runStart = i;
    if (!needs) flush(i);
  }
  flush(count);
  return filled;
}

/** True when the edit touched the deadline column of a roadmap sheet (found by its header). */
export function isDeadlineEdit(range: Range): boolean {
  const sheet = range.getSheet();
  const name = sheet.getName();
  if (name === SHEETS.checkpoints || name === SHEETS.people || name === SHEETS.settings) return false;
  const width = sheet.getLastColumn();
  const rows = Math.min(sheet.getLastRow(), 15);
  if (width < 1 || rows < 1) return false;
  const top = sheet.getRange(1, 1, rows, width).getValues().map((r) => r.map((v) => toCell(v, 'UTC')));
  const read = readRoadmap(top);
  if (!read.ok) return false;
  const watched: RoadmapField[] = ['deadline', 'name', 'number', 'responsible'];
  return watched.some((f) => {
    const c = read.roadmap.columns[f];
    return c !== undefined && c + 1 >= range.getColumn() && c + 1 <= range.getLastColumn();
  }) && range.getLastRow() > read.roadmap.headerRow;
}
