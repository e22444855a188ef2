// The print layout of the sheets the tracker manages (views/sheet-layout.ts PRINT_LAYOUT), written on every run:
// an office suite that re-saved the file may have dropped it (the plan then printed on 18 portrait pages with
// no header). Landscape A4, one page wide and as many down as needed, the header rows on every page.
import type * as ExcelJS from 'exceljs';
import { DIGEST, PRINT_LAYOUT, REPORT, SHEETS, type Tracker } from '../core';

/** Rows frozen at the top of a sheet (0 when none). */
function frozenRows(ws: ExcelJS.Worksheet): number {
  const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
  return view?.state === 'frozen' ? view.ySplit ?? 0 : 0;
}

/** `header`: the rows printed at the top of every page (1-based, inclusive). */
export function setPrintLayout(ws: ExcelJS.Worksheet, header: { top: number; bottom: number }): void {
  ws.pageSetup = {
    ...ws.pageSetup, orientation: PRINT_LAYOUT.orientation, paperSize: 9, fitToPage: true, fitToWidth: PRINT_LAYOUT.fitToWidth,
    fitToHeight: 0, printTitlesRow: `${header.top}:${header.bottom}`,
  };
}

/** The sheets the tracker manages: the roadmap first, then its own. */
export const managedSheetNames = (t: Tracker): string[] =>
  [t.roadmapSheet.name, SHEETS.settings, SHEETS.people, SHEETS.checkpoints, REPORT.logSheet, DIGEST.logSheet];

/**
 * Every managed sheet of the workbook. The script's own sheets repeat their frozen rows; the roadmap repeats
 * its column header (a school's title block above it is printed once).
 */
export function setPrintLayouts(wb: ExcelJS.Workbook, t: Tracker): void {
  const managed = new Map<string, { top: number; bottom: number } | null>([[t.roadmapSheet.name, { top: t.roadmap.headerRow, bottom: t.roadmap.headerBottom }]]);
  for (const name of managedSheetNames(t)) if (!managed.has(name)) managed.set(name, null);
  for (const [name, header] of managed) {
    const ws = wb.getWorksheet(name);
    if (ws) setPrintLayout(ws, header ?? { top: 1, bottom: Math.max(PRINT_LAYOUT.repeatRows, frozenRows(ws)) });
  }
}
