// A workbook as plain data: what a shell (Google Sheets, an .xlsx file, a web page) reads in a few calls
// and hands to the core. The core decides from this alone; it never reads a workbook itself.
import type { Cell } from './cells';

export interface SheetSnapshot {
  name: string;
  /** The used area from A1, row by row; date cells already calendar dates (in the workbook's time zone). */
  values: Cell[][];
  /** Formulas, '' where a cell holds a plain value; absent when the shell did not read them. */
  formulas?: string[][];
  /** The link on each cell (a link on its text, a HYPERLINK formula), null where none; absent when not read. */
  links?: (string | null)[][];
  /** 0-based rows covered by a merge that spans several columns (section titles in pasted tables). */
  mergedRows?: number[];
}

export interface WorkbookSnapshot {
  /** IANA zone the workbook's dates are in (Google: the spreadsheet's zone; files: Europe/Moscow). */
  timeZone: string;
  /** In workbook order. */
  sheets: SheetSnapshot[];
}

export function sheetNamed(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => s.name === name);
}

/** Rows with something in them: a sheet whose only row is empty has none. */
export function usedRows(sheet: SheetSnapshot): number {
  const v = sheet.values;
  return v.length === 1 && v[0].every((c) => c === '') ? 0 : v.length;
}
