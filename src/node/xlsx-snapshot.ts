// An exceljs workbook as the core's WorkbookSnapshot: values as Sheets' getValues would give them (the
// cached result of a formula, the text of rich text, '' inside a merge), date cells as calendar dates,
// formulas and links of every cell, rows under merges spanning columns. Runs in Node and in the browser.
import type * as ExcelJS from 'exceljs';
import type { Cell, IsoDate, SheetSnapshot, WorkbookSnapshot } from '../core';

/** Files carry no time zone; the product's dates are Moscow's (README «Ограничения»). */
export const FILE_TIME_ZONE = 'Europe/Moscow';

/**
 * exceljs turns a date serial into a Date as if the serial were UTC, so the calendar day is the Date's
 * UTC day (after rounding away the float error of a serial that carries a time of day).
 */
export function calendarDateOf(d: Date): IsoDate {
  return new Date(Math.round(d.getTime() / 60000) * 60000).toISOString().slice(0, 10) as IsoDate;
}

type Json = Record<string, unknown>;

/** A cell's value as the core sees it. */
export function cellValueOf(v: unknown): Cell {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : { date: calendarDateOf(v) };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object') {
    const o = v as Json;
    if (typeof o.error === 'string') return o.error;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((t) => t.text ?? '').join('');
    if ('formula' in o || 'sharedFormula' in o) return cellValueOf(o.result);
    if ('text' in o) return cellValueOf(o.text);
  }
  return '';
}

/** The link of a cell: a hyperlink on its text, or the first argument of a HYPERLINK formula. */
export function linkOf(v: unknown, formula: string): string | null {
  if (v && typeof v === 'object' && typeof (v as Json).hyperlink === 'string') return (v as Json).hyperlink as string;
  const m = /^=?\s*HYPERLINK\(\s*"((?:[^"]|"")*)"/i.exec(formula);
  return m ? m[1].replace(/""/g, '"') : null;
}

const MERGE = 1; // ExcelJS.ValueType.Merge, as a number so the browser bundle needs no runtime import here

export function snapshotSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: Cell[][] = [];
  const formulas: string[][] = [];
  const links: (string | null)[][] = [];
  let height = 0;
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const vr: Cell[] = [];
    const fr: string[] = [];
    const lr: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === MERGE) return; // Sheets gives '' under a merge, whatever exceljs mirrors there
      const v = cell.value;
      const value = cellValueOf(v);
      const formula = cell.formula ? `=${cell.formula}` : '';
      const link = linkOf(v, formula);
      if (value === '' && !formula && !link) return;
      vr[c - 1] = value;
      if (formula) fr[c - 1] = formula;
      if (link) lr[c - 1] = link;
      width = Math.max(width, c);
    });
    if (vr.length) {
      values[r - 1] = vr;
      formulas[r - 1] = fr;
      links[r - 1] = lr;
      height = r;
    }
  });
  // Rectangular from A1, like getDataRange().getValues(); an empty sheet is one empty row.
  const full = <T>(rows: T[][], blank: T): T[][] =>
    Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? blank));
  const snap: SheetSnapshot = {
    name: ws.name,
    values: height ? full(values, '' as Cell) : [[]],
    formulas: height ? full(formulas, '') : [[]],
    links: height ? full(links, null as string | null) : [[]],
  };
  const merged = new Set<number>();
  const merges = (ws as unknown as { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges ?? {};
  for (const m of Object.values(merges)) {
    if (m.model.right > m.model.left) for (let r = m.model.top; r <= m.model.bottom; r++) merged.add(r - 1);
  }
  snap.mergedRows = [...merged].sort((a, b) => a - b);
  return snap;
}

export function snapshotWorkbook(wb: ExcelJS.Workbook): WorkbookSnapshot {
  return { timeZone: FILE_TIME_ZONE, sheets: wb.worksheets.map(snapshotSheet) };
}
