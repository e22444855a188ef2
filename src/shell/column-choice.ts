// «Столбцы дорожной карты…»: the dialog showing how the plan's columns were understood, and saving the
// person's correction as one row of «Настройки» (one read, one write), then the usual set-up.
import { findRoadmap } from '../core/tracker';
import { columnChoiceFromAnswer, formatColumnChoice } from '../core/roadmap/column-choice';
import { PLAN_IMPORT, SHEETS } from '../text/ru';
import { columnsDialogHtml } from '../views/columns-dialog';
import { snapshotSpreadsheet } from './snapshot';
import { setupTracker } from './tracker';
import { alertMessage, showDialog, withDocumentLock } from './ui';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Shows the dialog; `unsure` says why it opened by itself. */
export function openColumnsDialog(ss: Spreadsheet, unsure: boolean): void {
  const found = findRoadmap(snapshotSpreadsheet(ss).snapshot);
  if (!found || !found.read.ok) return alertMessage(PLAN_IMPORT.noPlanTable(1));
  const r = found.read.roadmap;
  showDialog(columnsDialogHtml(r.headers, r.columns, unsure), PLAN_IMPORT.columnsTitle, 640, 420);
}

/** Keeps the answer in «Настройки» (the labelled row, added when missing) and re-reads the plan with it. */
export function saveColumns(ss: Spreadsheet, answer: unknown): { ok: boolean; message: string } {
  const choice = columnChoiceFromAnswer(answer);
  if (!choice) return { ok: false, message: PLAN_IMPORT.columnsNeedName };
  const run = withDocumentLock(() => {
    const sheet = ss.getSheetByName(SHEETS.settings) ?? ss.insertSheet(SHEETS.settings);
    const last = sheet.getLastRow();
    const labels = last ? sheet.getRange(1, 1, last, 1).getValues().map((r) => String(r[0]).trim()) : [];
    const at = labels.indexOf(PLAN_IMPORT.columnsLabel);
    const row = at >= 0 ? at + 1 : last + 1;
    sheet.getRange(row, 1, 1, 3).setValues([[PLAN_IMPORT.columnsLabel, formatColumnChoice(choice), PLAN_IMPORT.columnsHint]]);
    return setupTracker(ss, new Date(), { seedIfMissing: false });
  });
  if (!run.ok) return { ok: false, message: PLAN_IMPORT.busyOrFailed };
  if (!run.value.ok) return { ok: false, message: run.value.message };
  return { ok: true, message: PLAN_IMPORT.columnsSaved };
}
