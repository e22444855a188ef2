// Batch reads and writes of whole sheet blocks: one getValues per sheet, one setValues per block.
// Date cells are turned into calendar dates here, at the edge, with the spreadsheet's time zone.
import { dateInZone, instantInZone, isDateObject, type IsoDate } from '../core/calendar';
import { isDateCell, type Cell } from '../core/cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type SheetValue = string | number | boolean | Date;

/**
 * A new sheet at the end, without moving the person away from the sheet they were on (insertSheet makes the
 * new sheet active; a log made by the digest would otherwise be where the workbook opens next time).
 */
export function insertSheetKeepingActive(ss: Spreadsheet, name: string): Sheet {
  const active = ss.getActiveSheet();
  const sheet = ss.insertSheet(name);
  if (active) ss.setActiveSheet(active);
  return sheet;
}

/** A Sheets value as the core sees it. */
export function toCell(value: unknown, timeZone: string): Cell {
  if (isDateObject(value)) return { date: dateInZone(value, timeZone) };
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return value === null || value === undefined ? '' : String(value);
}

/** A core value as Sheets takes it: a calendar date becomes a Date at midnight in the sheet's zone. */
export function toSheetValue(value: Cell | null | undefined, timeZone: string): SheetValue {
  if (value === null || value === undefined) return '';
  if (isDateCell(value)) return instantInZone(value.date, timeZone);
  return value;
}

export const dateValue = (date: IsoDate | '' | null, timeZone: string): SheetValue =>
  date ? instantInZone(date, timeZone) : '';

export interface Grid {
  values: Cell[][];
  /** Only when asked for: formulas, '' where a cell holds a plain value. */
  formulas?: string[][];
  lastRow: number;
  lastColumn: number;
}

/** A grid from values already read (a snapshot's). */
export function gridOf(values: Cell[][]): Grid {
  const lastRow = values.length === 1 && values[0].every((v) => v === '') ? 0 : values.length;
  return { values, lastRow, lastColumn: lastRow ? values.reduce((n, r) => Math.max(n, r.length), 0) : 0 };
}

/** The whole used area of a sheet, from A1: one getValues (and one getFormulas if asked). */
export function readGrid(sheet: Sheet, timeZone: string, withFormulas = false): Grid {
  const range = sheet.getDataRange();
  const raw = range.getValues();
  const values = raw.map((row) => row.map((v) => toCell(v, timeZone)));
  const formulas = withFormulas ? range.getFormulas() : undefined;
  const lastRow = raw.length === 1 && raw[0].every((v) => v === '') ? 0 : raw.length;
  return { values, formulas, lastRow, lastColumn: lastRow ? raw[0].length : 0 };
}

/** Writes a rectangular block at (row, column), growing the sheet first if it is too small. */
export function writeBlock(sheet: Sheet, row: number, column: number, block: SheetValue[][]): void {
  if (!block.length || !block[0].length) return;
  ensureSize(sheet, row + block.length - 1, column + block[0].length - 1);
  sheet.getRange(row, column, block.length, block[0].length).setValues(block);
}

/** Apps Script refuses ranges outside the sheet, so rows and columns are added first. */
export function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Column letter(s) for a 1-based index: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Rows and columns of an A1 box ("B2:D4", "Лист!A1", "C3"); null for whole rows/columns. */
export function parseA1Box(a1: string): { row: number; column: number; lastRow: number; lastColumn: number } | null {
  const m = /^(?:.*!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(a1.trim());
  if (!m) return null;
  const col = (letters: string): number => letters.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(m[2]);
  const column = col(m[1]);
  return { row, column, lastRow: m[4] ? Number(m[4]) : row, lastColumn: m[3] ? col(m[3]) : column };
}
