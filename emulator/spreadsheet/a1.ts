// A1 notation: parsing 'Лист!A1:B2', 'A:A', '2:5', and printing ranges back.
import { colToIndex, indexToCol } from './formula';

export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** A parsed A1 reference; a missing bound means "to the edge of the sheet". */
export interface A1Ref {
  sheet?: string;
  r1?: number;
  c1?: number;
  r2?: number;
  c2?: number;
}

const PART = /^(\$?([A-Za-z]{1,3}))?(\$?(\d+))?$/;

/** Parses A1 notation with an optional sheet prefix; null when it is not a range. */
export function parseA1(text: string): A1Ref | null {
  let s = String(text).trim();
  let sheet: string | undefined;
  const bang = s.lastIndexOf('!');
  if (bang >= 0) {
    const name = s.slice(0, bang);
    sheet = name.startsWith("'") && name.endsWith("'") && name.length >= 2 ? name.slice(1, -1).replace(/''/g, "'") : name;
    s = s.slice(bang + 1);
  }
  const parts = s.split(':');
  if (parts.length < 1 || parts.length > 2 || parts.some((p) => p === '')) return null;
  const parsed = parts.map((p) => PART.exec(p));
  if (parsed.some((m) => !m || (!m[2] && !m[4]))) return null;
  const [a, b] = parsed as RegExpExecArray[];
  const col = (m: RegExpExecArray): number | undefined => (m[2] ? colToIndex(m[2]) : undefined);
  const row = (m: RegExpExecArray): number | undefined => (m[4] ? Number(m[4]) : undefined);
  if (!b) {
    // A single part must be a cell ('A1'); 'A' or '1' alone is not a range.
    if (!a[2] || !a[4]) return null;
    return { sheet, r1: row(a), c1: col(a), r2: row(a), c2: col(a) };
  }
  const ref: A1Ref = { sheet, r1: row(a), c1: col(a), r2: row(b), c2: col(b) };
  // 'A:B' has no rows, '1:2' no columns; 'A1:B' is open below.
  if ((ref.r1 === undefined) !== (ref.r2 === undefined) && ref.r1 === undefined) return null;
  if ((ref.c1 === undefined) !== (ref.c2 === undefined)) return null;
  if (ref.r1 === 0 || ref.r2 === 0) return null;
  return ref;
}

/** The rectangle an A1 reference covers on a sheet of the given size. */
export function resolveA1(ref: A1Ref, maxRows: number, maxCols: number): Rect {
  const r1 = ref.r1 ?? 1;
  const r2 = ref.r2 ?? maxRows;
  const c1 = ref.c1 ?? 1;
  const c2 = ref.c2 ?? maxCols;
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  return { row: top, col: left, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

export function cellA1(row: number, col: number): string {
  return `${indexToCol(col)}${row}`;
}

/** 'A1' for one cell, 'A1:B2' otherwise (Range.getA1Notation has no sheet name). */
export function rectA1(r: Rect): string {
  const a = cellA1(r.row, r.col);
  return r.numRows === 1 && r.numCols === 1 ? a : `${a}:${cellA1(r.row + r.numRows - 1, r.col + r.numCols - 1)}`;
}

/** A sheet name as it must appear before '!' in A1 notation. */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function contains(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.numRows && col >= r.col && col < r.col + r.numCols;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return contains(outer, inner.row, inner.col) && contains(outer, inner.row + inner.numRows - 1, inner.col + inner.numCols - 1);
}

/**
 * Moves or resizes a rectangle after rows/columns were inserted (n > 0) or deleted (n < 0) at `at`,
 * as Sheets does for merges, conditional-format ranges and protections; null when it is deleted whole.
 * Insertion strictly inside a rectangle (or just below its first row) grows it.
 */
export function shiftRect(r: Rect, axis: 'row' | 'col', at: number, n: number): Rect | null {
  const start = axis === 'row' ? r.row : r.col;
  const size = axis === 'row' ? r.numRows : r.numCols;
  const end = start + size - 1;
  let ns = start;
  let nsize = size;
  if (n > 0) {
    if (at <= start) ns = start + n;
    else if (at <= end) nsize = size + n;
  } else {
    const count = -n;
    const delEnd = at + count - 1;
    if (delEnd < start) ns = start - count;
    else if (at > end) { /* unaffected */ }
    else {
      const overlap = Math.min(end, delEnd) - Math.max(start, at) + 1;
      nsize = size - overlap;
      ns = at < start ? at : start;
      if (nsize <= 0) return null;
    }
  }
  return axis === 'row' ? { ...r, row: ns, numRows: nsize } : { ...r, col: ns, numCols: nsize };
}
