// The «Журнал рассылки» sheet: one row per letter sent, failed or put off (date, recipient, subject, result),
// appended in one write at the end of a run. The script owns this sheet; nobody types into it.
import { DIGEST } from '../text/ru';
import { COLOURS } from '../views/colours';
import { MAIL_LOG_WIDTHS } from '../views/sheet-layout';
import { insertSheetKeepingActive, writeBlock } from './sheet-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface MailLogRow {
  at: Date;
  to: string;
  subject: string;
  result: string;
}

/** Creates the sheet on first use (header, widths, a date-time format for column A). */
function logSheet(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = ss.getSheetByName(DIGEST.logSheet);
  if (existing) return existing;
  const sheet = insertSheetKeepingActive(ss, DIGEST.logSheet);
  const headers = DIGEST.logHeaders.slice();
  writeBlock(sheet, 1, 1, [headers]);
  sheet.getRange(1, 1, 1, headers.length).setFontWeight('bold').setBackground(COLOURS.scriptHeader);
  sheet.setFrozenRows(1);
  MAIL_LOG_WIDTHS.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  sheet.getRange(2, 1, Math.max(sheet.getMaxRows() - 1, 1), 1).setNumberFormat('dd.MM.yyyy HH:mm');
  return sheet;
}

/** Appends the rows below the last one: a fixed number of calls, whatever the number of rows. */
export function appendMailLog(ss: Spreadsheet, rows: MailLogRow[]): void {
  if (!rows.length) return;
  const sheet = logSheet(ss);
  writeBlock(sheet, Math.max(sheet.getLastRow(), 1) + 1, 1, rows.map((r) => [r.at, r.to, r.subject, r.result]));
}
