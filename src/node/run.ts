// The offline tracker on a workbook, for one day: set-up, check and highlight in one pass — read the
// snapshot, let the core decide (tracker, write plan), apply the plan to the workbook that was read (so
// everything else in the file is kept), colour it, and hand back what the core found. No file system:
// the command and the web page both run this.
import * as ExcelJS from 'exceljs';
import { afterSync, findFindings, planWrites, readTracker, SHEETS, type Finding, type IsoDate, type Tracker, type WritePlan } from '../core';
import { applyCheckpointWrites, applyRollupWrites, type Applied } from './apply-plan';
import { highlightWorkbook } from './highlight';
import { managedSheetNames, setPrintLayouts } from './print-layout';
import { fitRowHeights } from './row-heights';
import type { OpenedPlan } from './plan-bytes';
import { ensurePeopleSheet, ensureSettingsSheet, formatCheckpointColumns, seedRoadmapSheet } from './workbook-sheets';
import { snapshotWorkbook } from './xlsx-snapshot';

export interface TrackerRun {
  ok: true;
  workbook: ExcelJS.Workbook;
  /** The tracker as the workbook now stands (after the re-sync was written). */
  tracker: Tracker;
  plan: WritePlan;
  applied: Applied;
  findings: Finding[];
  /** The sample plan was written (a new file). */
  seeded: boolean;
}

export type RunResult = TrackerRun | { ok: false; message: string };

/** A CSV's rows as a workbook: one sheet, «Дорожная карта», every cell the text it was. */
export function workbookFromRows(rows: string[][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEETS.roadmap);
  rows.forEach((r, i) => r.forEach((v, j) => {
    if (v !== '') ws.getCell(i + 1, j + 1).value = v;
  }));
  return wb;
}

/** `prepare`: a change to the workbook before it is read (the command's --columns choice into «Настройки»). */
export function runTracker(opened: OpenedPlan | { source: 'new' }, today: IsoDate, prepare?: (wb: ExcelJS.Workbook) => void): RunResult {
  let workbook: ExcelJS.Workbook;
  const seeded = opened.source === 'new';
  if (opened.source === 'xlsx') workbook = opened.workbook;
  else if (opened.source === 'csv') workbook = workbookFromRows(opened.rows);
  else {
    workbook = new ExcelJS.Workbook();
    workbook.creator = 'roadmap-tracker';
    seedRoadmapSheet(workbook);
  }
  prepare?.(workbook);
  const snapshot = opened.source === 'xlsx' && !prepare ? opened.snapshot : snapshotWorkbook(workbook);
  const read = readTracker(snapshot, today, { seeded });
  if (!read.ok) return read;
  const t = read.tracker;
  ensureSettingsSheet(workbook, t);
  ensurePeopleSheet(workbook, t);
  // A file is opened on later days with colours that follow TODAY(): its day-dependent states name their day.
  const plan = planWrites(t, true, { datedStates: true });
  const cp = applyCheckpointWrites(workbook, plan.checkpoints);
  const lastRow = (t.checkpointSheet ? t.checkpointSheet.lastRow : 1) + plan.checkpoints.appends.length;
  formatCheckpointColumns(cp.ws, plan.checkpoints.columns, lastRow, plan.checkpoints.create);
  const rollupCells = applyRollupWrites(workbook, plan.rollup);
  highlightWorkbook(workbook, t, plan);
  setPrintLayouts(workbook, t);
  // Last, when every cell is written: LibreOffice shows a row with no stored height one line high.
  fitRowHeights(workbook, managedSheetNames(t));
  const after = afterSync(t);
  const findings = findFindings({ overview: after.overview, people: after.people, settingProblems: after.settings.problems });
  const { ws: _ws, ...counts } = cp;
  return { ok: true, workbook, tracker: after, plan, applied: { ...counts, rollupCells }, findings, seeded };
}
