// The in-memory spreadsheet: cells with values, formulas and formats, sheets with their structure, and
// the workbook that holds them. Public Apps Script objects (Range, Sheet…) are thin views over this.
import { type Rect, shiftRect } from './a1';
import type { CfRuleModel } from './conditional-format';
import type { ValidationModel } from './data-validation';
import { shiftFormula } from './formula';
import type { ProtectionModel } from './protection';
import type { Stored } from './values';

/** One cell. Absent fields mean "default" (empty, automatic format, white background, black Arial 10). */
export interface Cell {
  value?: Stored;
  /** Formula text with the leading '='. */
  formula?: string;
  /** The formula's result as saved in a loaded file (used when the emulator cannot evaluate the formula). */
  cached?: Stored;
  /** A link on the whole text (Insert → Link, or a hyperlink in a loaded .xlsx): rich text, part of the content. */
  link?: string;
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  fontSize?: number;
  fontFamily?: string;
  hAlign?: string;
  vAlign?: string;
  wrapStrategy?: 'WRAP' | 'OVERFLOW' | 'CLIP';
  note?: string;
  validation?: ValidationModel;
  /** Style parts from a loaded xlsx the model does not understand (borders, theme colours…), kept for saving. */
  xlsxStyle?: Record<string, unknown>;
}

const CONTENT_KEYS = ['value', 'formula', 'cached', 'link'] as const;
const FORMAT_KEYS = [
  'numberFormat', 'background', 'fontColor', 'bold', 'italic', 'strikethrough', 'fontSize', 'fontFamily',
  'hAlign', 'vAlign', 'wrapStrategy', 'xlsxStyle',
] as const;
/** The attributes an inserted row or column takes over from its neighbour (Sheets copies formatting, not content). */
const INHERITED_KEYS = [...FORMAT_KEYS, 'validation'] as const;

export function clearContent(cell: Cell): void {
  for (const k of CONTENT_KEYS) delete cell[k];
}
export function clearFormat(cell: Cell): void {
  for (const k of FORMAT_KEYS) delete cell[k];
}
export function isEmptyCell(cell: Cell | undefined): boolean {
  return !cell || Object.keys(cell).length === 0;
}
export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.value !== undefined || cell.formula !== undefined);
}
function inheritedFrom(cell: Cell | undefined): Cell | undefined {
  if (!cell) return undefined;
  const out: Cell = {};
  for (const k of INHERITED_KEYS) if (cell[k] !== undefined) (out as Record<string, unknown>)[k] = cell[k];
  return Object.keys(out).length ? out : undefined;
}

export class SheetModel {
  /** rows[r - 1][c - 1]; missing rows or cells are empty. */
  rows: (Cell | undefined)[][] = [];
  frozenRows = 0;
  frozenColumns = 0;
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  hiddenColumns = new Set<number>();
  hiddenRows = new Set<number>();
  tabColor: string | null = null;
  hidden = false;
  merges: Rect[] = [];
  cfRules: CfRuleModel[] = [];
  protections: ProtectionModel[] = [];
  /** Where the sheet came from in a loaded xlsx (so saving patches that worksheet). */
  xlsx?: { worksheetId: number; foreignConditionalFormats: unknown[] };

  constructor(public id: number, public name: string, public maxRows = 1000, public maxColumns = 26) {}

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  /** The cell, created if missing (for writes). */
  cellForWrite(row: number, col: number): Cell {
    const r = this.rows[row - 1] ?? (this.rows[row - 1] = []);
    return r[col - 1] ?? (r[col - 1] = {});
  }

  /** Last row with a value or formula (formats do not count), 0 if none. */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      const row = this.rows[r - 1];
      if (row && row.some(hasContent)) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) if (hasContent(row[c - 1])) { last = c; break; }
    }
    return last;
  }

  /** The extent of every stored cell, content or format (for saving). */
  usedExtent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    this.rows.forEach((row, i) => {
      if (!row) return;
      for (let c = row.length; c >= 1; c--) {
        if (!isEmptyCell(row[c - 1])) {
          rows = i + 1;
          columns = Math.max(columns, c);
          break;
        }
      }
    });
    return { rows, columns };
  }

  mergeAt(row: number, col: number): Rect | undefined {
    return this.merges.find((m) => row >= m.row && row < m.row + m.numRows && col >= m.col && col < m.col + m.numCols);
  }

  // ---- structure changes (rows and columns), with everything that hangs on positions

  insertRows(at: number, n: number): void {
    const above = at > 1 ? this.rows[at - 2] : undefined;
    const fresh: (Cell | undefined)[][] = [];
    for (let i = 0; i < n; i++) fresh.push(above ? above.map((c) => inheritedFrom(c)) : []);
    if (at - 1 <= this.rows.length) this.rows.splice(at - 1, 0, ...fresh);
    this.maxRows += n;
    this.rowHeights = shiftKeys(this.rowHeights, at, n);
    this.hiddenRows = shiftSet(this.hiddenRows, at, n);
    if (at <= this.frozenRows) this.frozenRows += n;
    this.shiftRects('row', at, n);
  }

  deleteRows(at: number, n: number): void {
    this.rows.splice(at - 1, n);
    this.maxRows -= n;
    this.rowHeights = shiftKeys(this.rowHeights, at, -n);
    this.hiddenRows = shiftSet(this.hiddenRows, at, -n);
    if (at <= this.frozenRows) this.frozenRows = Math.max(at - 1, this.frozenRows - n);
    this.shiftRects('row', at, -n);
  }

  insertColumns(at: number, n: number): void {
    for (const row of this.rows) {
      if (!row || at - 1 > row.length) continue;
      const left = at > 1 ? row[at - 2] : undefined;
      row.splice(at - 1, 0, ...Array.from({ length: n }, () => inheritedFrom(left)));
    }
    this.maxColumns += n;
    this.columnWidths = shiftKeys(this.columnWidths, at, n);
    this.hiddenColumns = shiftSet(this.hiddenColumns, at, n);
    if (at <= this.frozenColumns) this.frozenColumns += n;
    this.shiftRects('col', at, n);
  }

  deleteColumns(at: number, n: number): void {
    for (const row of this.rows) if (row) row.splice(at - 1, n);
    this.maxColumns -= n;
    this.columnWidths = shiftKeys(this.columnWidths, at, -n);
    this.hiddenColumns = shiftSet(this.hiddenColumns, at, -n);
    if (at <= this.frozenColumns) this.frozenColumns = Math.max(at - 1, this.frozenColumns - n);
    this.shiftRects('col', at, -n);
  }

  private shiftRects(axis: 'row' | 'col', at: number, n: number): void {
    const keep = (r: Rect): Rect | null => shiftRect(r, axis, at, n);
    this.merges = this.merges.map(keep).filter((r): r is Rect => r !== null);
    for (const rule of this.cfRules) rule.ranges = rule.ranges.map(keep).filter((r): r is Rect => r !== null);
    this.cfRules = this.cfRules.filter((r) => r.ranges.length > 0);
    for (const p of this.protections) {
      if (!p.rect) continue;
      const moved = keep(p.rect);
      if (moved) p.rect = moved;
      else p.removed = true;
    }
    this.protections = this.protections.filter((p) => !p.removed);
  }
}

function shiftKeys<T>(map: Map<number, T>, at: number, n: number): Map<number, T> {
  const out = new Map<number, T>();
  for (const [k, v] of map) {
    if (k < at) out.set(k, v);
    else if (n > 0) out.set(k + n, v);
    else if (k >= at - n) out.set(k + n, v);
  }
  return out;
}
function shiftSet(set: Set<number>, at: number, n: number): Set<number> {
  return new Set(shiftKeys(new Map([...set].map((k) => [k, true])), at, n).keys());
}

export interface NamedRangeModel {
  sheetId: number;
  rect: Rect;
}

export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  activeSheetId = 0;
  activeRange?: { sheetId: number; rect: Rect };
  namedRanges = new Map<string, NamedRangeModel>();
  private nextSheetId = 0;
  private nextProtectionId = 1;

  constructor(public id: string, public name: string, public timeZone: string, public locale: string) {}

  /** Sheets numbers new sheets; the first is 0 as in every new Google spreadsheet. */
  addSheet(name: string, index = this.sheets.length, maxRows = 1000, maxColumns = 26): SheetModel {
    const sheet = new SheetModel(this.nextSheetId, name, maxRows, maxColumns);
    this.nextSheetId = this.nextSheetId === 0 ? 1_000_001 : this.nextSheetId + 7919;
    this.sheets.splice(index, 0, sheet);
    if (this.sheets.length === 1) this.activeSheetId = sheet.id;
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.activeSheetId === sheet.id && this.sheets.length) this.activeSheetId = this.sheets[0].id;
    for (const [k, v] of this.namedRanges) if (v.sheetId === sheet.id) this.namedRanges.delete(k);
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): SheetModel {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0];
  }

  newProtectionId(): number {
    return this.nextProtectionId++;
  }

  totalCells(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
  }

  /** Rewrites formulas (cells and conditional-format rules) after rows/columns of `sheet` moved, as Sheets does. */
  shiftFormulas(sheet: SheetModel, axis: 'row' | 'col', at: number, n: number): void {
    for (const s of this.sheets) {
      for (const row of s.rows) {
        if (!row) continue;
        for (const cell of row) {
          if (cell?.formula) cell.formula = shiftFormula(cell.formula, s.name, sheet.name, axis, at, n);
        }
      }
      for (const rule of s.cfRules) {
        if (rule.condition.type === 'CUSTOM_FORMULA' && typeof rule.condition.values[0] === 'string') {
          rule.condition.values[0] = shiftFormula(rule.condition.values[0], s.name, sheet.name, axis, at, n);
        }
      }
    }
  }
}
