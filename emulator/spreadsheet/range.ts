// Range: a rectangle of cells on a sheet, and every read and write a script makes through it.
// https://developers.google.com/apps-script/reference/spreadsheet/range
import type { ParamsOf } from '../apps-script-types';
import type { Env } from '../env';
import { signatureMessage } from '../errors';
import { instrument } from '../instrument';
import { containsRect, intersects, type Rect, rectA1 } from './a1';
import { normalizeColor } from './colors';
import type { RangeBridge } from './conditional-format';
import { DataValidation, type RangeRef } from './data-validation';
import { Evaluation } from './evaluate';
import { compareValues, FormulaError, offsetFormula, type Scalar } from './formula';
import { type Cell, clearContent, clearFormat, type SheetModel } from './model';
import { AUTOMATIC_FORMAT, displayValue, isDateFormat } from './number-format';
import { Protection, type ProtectionModel } from './protection';
import type { Sheet } from './sheet';
import { scriptWrite, storedToScript, type Write } from './values';

/** Apps Script's texts for bad coordinates (field reports; see the emulator README section in the report). */
export const MSG = {
  rowTooSmall: 'The starting row of the range is too small.',
  colTooSmall: 'The starting column of the range is too small.',
  rowsAtLeast1: 'The number of rows in the range must be at least 1.',
  colsAtLeast1: 'The number of columns in the range must be at least 1.',
  outside: 'The coordinates of the range are outside the dimensions of the sheet.',
  mergePartial: 'You must select all cells in a merged range to merge or unmerge them.',
  rowsMismatch: (data: number, range: number): string =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  colsMismatch: (data: number, range: number): string =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
};

/** Validates getRange(row, column, numRows, numColumns) the way Apps Script does, in its order. */
export function checkedRect(env: Env, sheet: SheetModel, row: number, col: number, numRows: number, numCols: number): Rect {
  const r = Math.trunc(row);
  const c = Math.trunc(col);
  const nr = Math.trunc(numRows);
  const nc = Math.trunc(numCols);
  if (r < 1) env.fail(MSG.rowTooSmall);
  if (c < 1) env.fail(MSG.colTooSmall);
  if (nr < 1) env.fail(MSG.rowsAtLeast1);
  if (nc < 1) env.fail(MSG.colsAtLeast1);
  if (r + nr - 1 > sheet.maxRows || c + nc - 1 > sheet.maxColumns) env.fail(MSG.outside);
  return { row: r, col: c, numRows: nr, numCols: nc };
}

/** Writes one value into a cell with script (setValue) or typed (a person) semantics. */
export function applyWrite(cell: Cell, w: Write): void {
  clearContent(cell);
  if (w.kind === 'formula') cell.formula = w.formula;
  else if (w.kind === 'value') {
    cell.value = w.value;
    if (w.dateFormat && !cell.numberFormat) cell.numberFormat = w.dateFormat;
  }
}

export function rangeBridge(env: Env): RangeBridge {
  return {
    refOf: (r) => (r instanceof Range ? { sheet: r._sheet, rect: r._rect } : null),
    makeRange: (sheet, rect) => new Range(env, sheet, rect),
  };
}

type Grid2D = unknown[][];

export class Range
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.Range,
      | 'getRow' | 'getColumn' | 'getNumRows' | 'getNumColumns' | 'getLastRow' | 'getLastColumn' | 'getA1Notation'
      | 'getValues' | 'getValue' | 'getDisplayValues' | 'getDisplayValue' | 'getFormulas' | 'getFormula'
      | 'getBackgrounds' | 'getBackground' | 'getFontWeights' | 'getFontWeight' | 'getFontColors' | 'getNotes' | 'getNote'
      | 'getNumberFormats' | 'getNumberFormat' | 'isPartOfMerge' | 'isBlank'
    >,
    ParamsOf<
      GoogleAppsScript.Spreadsheet.Range,
      | 'setValues' | 'setValue' | 'setFormula' | 'setFormulas' | 'setBackground' | 'setBackgrounds' | 'setFontWeight'
      | 'setFontWeights' | 'setFontColor' | 'setFontColors' | 'setNote' | 'setNotes' | 'setNumberFormat' | 'setNumberFormats'
      | 'offset' | 'getCell' | 'merge' | 'breakApart' | 'clear' | 'setWrap' | 'setHorizontalAlignment' | 'setVerticalAlignment'
    > {
  constructor(readonly env: Env, readonly _sheet: SheetModel, readonly _rect: Rect) {}

  _ref(): RangeRef {
    return { sheetId: this._sheet.id, rect: { ...this._rect } };
  }

  _evaluation(): Evaluation {
    return new Evaluation(this.env.book, this._sheet, this.env.clock.nowMs(), (m) => this.env.warn(m));
  }

  /** A grid over the range; `f` gets the cell (maybe undefined) and its position. */
  _grid<T>(f: (cell: Cell | undefined, row: number, col: number) => T): T[][] {
    const { row, col, numRows, numCols } = this._rect;
    const out: T[][] = [];
    for (let i = 0; i < numRows; i++) {
      const line: T[] = new Array(numCols);
      const cells = this._sheet.rows[row - 1 + i];
      for (let j = 0; j < numCols; j++) line[j] = f(cells?.[col - 1 + j], row + i, col + j);
      out.push(line);
    }
    return this.env.realm.makeGrid(out);
  }

  _topLeft(): Cell | undefined {
    return this._sheet.cell(this._rect.row, this._rect.col);
  }

  /** Checks a 2D argument: an array of arrays whose size matches the range (Apps Script's texts). */
  _check2D(values: unknown, method: string): Grid2D {
    if (!Array.isArray(values) || !values.every((r) => Array.isArray(r))) this.env.fail(signatureMessage([values], `SpreadsheetApp.Range.${method}`));
    const rows = values as Grid2D;
    if (rows.length !== this._rect.numRows) this.env.fail(MSG.rowsMismatch(rows.length, this._rect.numRows));
    for (const r of rows) if (r.length !== this._rect.numCols) this.env.fail(MSG.colsMismatch(r.length, this._rect.numCols));
    return rows;
  }

  /** Runs f on every writable cell (cells hidden inside a merge keep nothing). */
  _each(f: (cell: Cell, i: number, j: number) => void, skipMergedAway = true): void {
    const { row, col, numRows, numCols } = this._rect;
    const merges = this._sheet.merges;
    for (let i = 0; i < numRows; i++) {
      for (let j = 0; j < numCols; j++) {
        if (skipMergedAway && merges.length) {
          const m = this._sheet.mergeAt(row + i, col + j);
          if (m && (m.row !== row + i || m.col !== col + j)) continue;
        }
        f(this._sheet.cellForWrite(row + i, col + j), i, j);
      }
    }
  }

  /** Sheets accepts CSS colours; the text for anything else is a guess. */
  _color(value: unknown): string | undefined {
    if (value === null || value === undefined) return undefined;
    const c = normalizeColor(String(value));
    if (!c) this.env.fail(`Invalid color string: ${value}`);
    return c;
  }

  // ---------------------------------------------------------------- geometry

  getRow(): number {
    return this._rect.row;
  }
  getColumn(): number {
    return this._rect.col;
  }
  getRowIndex(): number {
    return this._rect.row;
  }
  getNumRows(): number {
    return this._rect.numRows;
  }
  getNumColumns(): number {
    return this._rect.numCols;
  }
  getHeight(): number {
    return this._rect.numRows;
  }
  getWidth(): number {
    return this._rect.numCols;
  }
  /** The range's own last row (not the sheet's). */
  getLastRow(): number {
    return this._rect.row + this._rect.numRows - 1;
  }
  getLastColumn(): number {
    return this._rect.col + this._rect.numCols - 1;
  }
  getA1Notation(): string {
    return rectA1(this._rect);
  }
  getGridId(): number {
    return this._sheet.id;
  }
  getSheet(): Sheet {
    return sheetObject(this.env, this._sheet) as Sheet;
  }
  /** 1-based, relative to this range. */
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this._rect.numRows || column > this._rect.numCols) this.env.fail(MSG.outside);
    return new Range(this.env, this._sheet, { row: this._rect.row + row - 1, col: this._rect.col + column - 1, numRows: 1, numCols: 1 });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const rect = checkedRect(this.env, this._sheet, this._rect.row + rowOffset, this._rect.col + columnOffset, numRows ?? this._rect.numRows, numColumns ?? this._rect.numCols);
    return new Range(this.env, this._sheet, rect);
  }
  activate(): Range {
    this.env.book.activeSheetId = this._sheet.id;
    this.env.book.activeRange = { sheetId: this._sheet.id, rect: { ...this._rect } };
    return this;
  }
  isBlank(): boolean {
    let blank = true;
    this._grid((c) => { if (c && (c.value !== undefined || c.formula !== undefined)) blank = false; });
    return blank;
  }

  // ---------------------------------------------------------------- values

  /** Number, Boolean, Date (script realm, in the spreadsheet's zone) or String; '' for empty cells. */
  getValues(): unknown[][] {
    const ev = this._evaluation();
    const tz = this.env.book.timeZone;
    return this._grid((cell, r, c) => {
      if (!cell) return '';
      const v = ev.cellValue(this._sheet, r, c);
      if (v instanceof FormulaError) return v.code;
      return storedToScript(v, cell.numberFormat, tz, this.env.realm);
    });
  }
  getValue(): unknown {
    return this._cellScript(this._rect.row, this._rect.col);
  }
  _cellScript(r: number, c: number): unknown {
    const cell = this._sheet.cell(r, c);
    if (!cell) return '';
    const v = this._evaluation().cellValue(this._sheet, r, c);
    if (v instanceof FormulaError) return v.code;
    return storedToScript(v, cell.numberFormat, this.env.book.timeZone, this.env.realm);
  }

  /** Text as shown, per number format and the spreadsheet's locale. */
  getDisplayValues(): string[][] {
    const ev = this._evaluation();
    const locale = this.env.book.locale;
    return this._grid((cell, r, c) => {
      if (!cell) return '';
      const v = ev.cellValue(this._sheet, r, c);
      return v instanceof FormulaError ? v.code : displayValue(v, cell.numberFormat, locale);
    });
  }
  getDisplayValue(): string {
    const cell = this._topLeft();
    if (!cell) return '';
    const v = this._evaluation().cellValue(this._sheet, this._rect.row, this._rect.col);
    return v instanceof FormulaError ? v.code : displayValue(v, cell.numberFormat, this.env.book.locale);
  }

  setValues(values: unknown[][]): Range {
    const rows = this._check2D(values, 'setValues');
    const ctx = this.env.writeContext();
    this._each((cell, i, j) => applyWrite(cell, scriptWrite(rows[i][j], cell.numberFormat, ctx)));
    return this;
  }

  /** Every cell of the range gets the value ('=…' is a formula). */
  setValue(value: unknown): Range {
    if (Array.isArray(value)) this.env.fail(signatureMessage([value], 'SpreadsheetApp.Range.setValue'));
    const ctx = this.env.writeContext();
    this._each((cell) => applyWrite(cell, scriptWrite(value, cell.numberFormat, ctx)));
    return this;
  }

  getFormulas(): string[][] {
    return this._grid((cell) => cell?.formula ?? '');
  }

  /**
   * The cells as rich text: the display text and its link (https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value).
   * A =HYPERLINK(url; "текст") formula's URL is NOT reported: Google documents links set as rich text, and no
   * source says getRichTextValues returns a formula's link (issue 12, item 9), so the emulator takes the side
   * that breaks code relying on it; code must read the formula (getFormulas) instead.
   */
  getRichTextValues(): RichTextValue[][] {
    const display = this.getDisplayValues();
    const { row, col } = this._rect;
    return this._grid((cell, r, c) => new RichTextValue(display[r - row][c - col], cell?.formula ? null : cell?.link ?? null));
  }
  getFormula(): string {
    return this._topLeft()?.formula ?? '';
  }

  /** The formula is for the top-left cell; the others get it with relative references moved, like a fill. */
  setFormula(formula: string): Range {
    if (typeof formula !== 'string') this.env.fail(signatureMessage([formula], 'SpreadsheetApp.Range.setFormula'));
    const ctx = this.env.writeContext();
    this._each((cell, i, j) => {
      const f = formula.startsWith('=') ? offsetFormula(formula, i, j) : formula;
      applyWrite(cell, f === '' ? { kind: 'clear' } : f.startsWith('=') ? { kind: 'formula', formula: f } : scriptWrite(f, cell.numberFormat, ctx));
    });
    return this;
  }
  setFormulas(formulas: string[][]): Range {
    const rows = this._check2D(formulas, 'setFormulas');
    const ctx = this.env.writeContext();
    this._each((cell, i, j) => {
      const f = rows[i][j];
      applyWrite(cell, typeof f === 'string' && f.startsWith('=') ? { kind: 'formula', formula: f } : scriptWrite(f, cell.numberFormat, ctx));
    });
    return this;
  }

  // ---------------------------------------------------------------- clearing

  /**
   * clear() empties contents and formats but keeps notes and validation (observed in tanaikech/gas-fakes
   * tests run against Apps Script); options pick parts: contentsOnly, formatOnly, commentsOnly, validationsOnly.
   */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): Range {
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly;
    this._each((cell) => {
      if (!any || o.contentsOnly) clearContent(cell);
      if (!any || o.formatOnly) clearFormat(cell);
      if (o.commentsOnly) delete cell.note;
      if (o.validationsOnly) delete cell.validation;
    }, false);
    return this;
  }
  clearContent(): Range {
    this._each((cell) => clearContent(cell), false);
    return this;
  }
  clearFormat(): Range {
    this._each((cell) => clearFormat(cell), false);
    return this;
  }
  clearNote(): Range {
    this._each((cell) => delete cell.note, false);
    return this;
  }
  clearDataValidations(): Range {
    this._each((cell) => delete cell.validation, false);
    return this;
  }

  // ---------------------------------------------------------------- formats

  _setAll<K extends keyof Cell>(key: K, value: Cell[K] | undefined): Range {
    this._each((cell) => {
      if (value === undefined) delete cell[key];
      else cell[key] = value;
    }, false);
    return this;
  }
  _setGrid<T>(values: unknown, method: string, f: (cell: Cell, v: T) => void): Range {
    const rows = this._check2D(values, method);
    this._each((cell, i, j) => f(cell, rows[i][j] as T), false);
    return this;
  }

  getBackgrounds(): string[][] {
    return this._grid((c) => c?.background ?? '#ffffff');
  }
  getBackground(): string {
    return this._topLeft()?.background ?? '#ffffff';
  }
  /** A CSS colour ('#ff0000', 'red'); null resets to white. */
  setBackground(color: string | null): Range {
    return this._setAll('background', this._color(color));
  }
  setBackgrounds(color: (string | null)[][]): Range {
    return this._setGrid<string | null>(color, 'setBackgrounds', (cell, v) => {
      const c = this._color(v);
      if (c === undefined) delete cell.background;
      else cell.background = c;
    });
  }
  setBackgroundRGB(red: number, green: number, blue: number): Range {
    return this.setBackground(`#${[red, green, blue].map((x) => Math.max(0, Math.min(255, x)).toString(16).padStart(2, '0')).join('')}`);
  }

  getFontColors(): string[][] {
    return this._grid((c) => c?.fontColor ?? '#000000');
  }
  getFontColor(): string {
    return this._topLeft()?.fontColor ?? '#000000';
  }
  setFontColor(color: string | null): Range {
    return this._setAll('fontColor', this._color(color));
  }
  setFontColors(colors: (string | null)[][]): Range {
    return this._setGrid<string | null>(colors, 'setFontColors', (cell, v) => {
      const c = this._color(v);
      if (c === undefined) delete cell.fontColor;
      else cell.fontColor = c;
    });
  }

  getFontWeights(): ('bold' | 'normal')[][] {
    return this._grid((c) => (c?.bold ? 'bold' : 'normal'));
  }
  getFontWeight(): 'bold' | 'normal' {
    return this._topLeft()?.bold ? 'bold' : 'normal';
  }
  /** 'bold' or 'normal'; null resets. */
  setFontWeight(fontWeight: string | null): Range {
    return this._setAll('bold', fontWeight === 'bold' ? true : undefined);
  }
  setFontWeights(fontWeights: (string | null)[][]): Range {
    return this._setGrid<string | null>(fontWeights, 'setFontWeights', (cell, v) => {
      if (v === 'bold') cell.bold = true;
      else delete cell.bold;
    });
  }

  getFontStyle(): string {
    return this._topLeft()?.italic ? 'italic' : 'normal';
  }
  getFontStyles(): string[][] {
    return this._grid((c) => (c?.italic ? 'italic' : 'normal'));
  }
  setFontStyle(fontStyle: string | null): Range {
    return this._setAll('italic', fontStyle === 'italic' ? true : undefined);
  }
  getFontLine(): string {
    return this._topLeft()?.strikethrough ? 'line-through' : 'none';
  }
  setFontLine(fontLine: string | null): Range {
    return this._setAll('strikethrough', fontLine === 'line-through' ? true : undefined);
  }
  getFontSize(): number {
    return this._topLeft()?.fontSize ?? 10;
  }
  getFontSizes(): number[][] {
    return this._grid((c) => c?.fontSize ?? 10);
  }
  setFontSize(size: number): Range {
    if (typeof size !== 'number') this.env.fail(signatureMessage([size], 'SpreadsheetApp.Range.setFontSize'));
    return this._setAll('fontSize', size);
  }
  getFontFamily(): string {
    return this._topLeft()?.fontFamily ?? 'Arial';
  }
  getFontFamilies(): string[][] {
    return this._grid((c) => c?.fontFamily ?? 'Arial');
  }
  setFontFamily(fontFamily: string | null): Range {
    return this._setAll('fontFamily', fontFamily === null ? undefined : String(fontFamily));
  }

  /** What getNumberFormat reports for an untouched cell is '0.###############' (Automatic). */
  getNumberFormats(): string[][] {
    return this._grid((c) => c?.numberFormat || AUTOMATIC_FORMAT);
  }
  getNumberFormat(): string {
    return this._topLeft()?.numberFormat || AUTOMATIC_FORMAT;
  }
  /** '@' is plain text (strings written later stay strings); 'dd.MM.yyyy', '0.00', '0%'… */
  setNumberFormat(numberFormat: string): Range {
    if (typeof numberFormat !== 'string') this.env.fail(signatureMessage([numberFormat], 'SpreadsheetApp.Range.setNumberFormat'));
    return this._setAll('numberFormat', numberFormat === AUTOMATIC_FORMAT || numberFormat === '' ? undefined : numberFormat);
  }
  setNumberFormats(numberFormats: string[][]): Range {
    return this._setGrid<string>(numberFormats, 'setNumberFormats', (cell, v) => {
      if (!v || v === AUTOMATIC_FORMAT) delete cell.numberFormat;
      else cell.numberFormat = String(v);
    });
  }

  getHorizontalAlignment(): string {
    return this._topLeft()?.hAlign ?? 'general';
  }
  getHorizontalAlignments(): string[][] {
    return this._grid((c) => c?.hAlign ?? 'general');
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Range {
    return this._setAll('hAlign', alignment === null || alignment === 'normal' ? undefined : String(alignment));
  }
  getVerticalAlignment(): string {
    return this._topLeft()?.vAlign ?? 'bottom';
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): Range {
    return this._setAll('vAlign', alignment === null ? undefined : String(alignment));
  }
  getWrap(): boolean {
    return this._topLeft()?.wrapStrategy === 'WRAP';
  }
  getWraps(): boolean[][] {
    return this._grid((c) => c?.wrapStrategy === 'WRAP');
  }
  setWrap(isWrapEnabled: boolean): Range {
    return this._setAll('wrapStrategy', isWrapEnabled ? 'WRAP' : 'OVERFLOW');
  }
  getWrapStrategy(): string {
    return this._topLeft()?.wrapStrategy ?? 'OVERFLOW';
  }
  getWrapStrategies(): string[][] {
    return this._grid((c) => c?.wrapStrategy ?? 'OVERFLOW');
  }
  setWrapStrategy(strategy: string): Range {
    const s = String(strategy) as Cell['wrapStrategy'];
    if (s !== 'WRAP' && s !== 'OVERFLOW' && s !== 'CLIP') this.env.fail(signatureMessage([strategy], 'SpreadsheetApp.Range.setWrapStrategy'));
    return this._setAll('wrapStrategy', s);
  }

  // ---------------------------------------------------------------- notes

  getNotes(): string[][] {
    return this._grid((c) => c?.note ?? '');
  }
  getNote(): string {
    return this._topLeft()?.note ?? '';
  }
  /** null or '' removes; numbers are stored as Java prints doubles (5 → '5.0'). */
  setNote(note: unknown): Range {
    const text = noteText(note);
    return this._setAll('note', text);
  }
  setNotes(notes: unknown[][]): Range {
    return this._setGrid<unknown>(notes, 'setNotes', (cell, v) => {
      const t = noteText(v);
      if (t === undefined) delete cell.note;
      else cell.note = t;
    });
  }

  // ---------------------------------------------------------------- data validation

  _validation(cell: Cell | undefined): DataValidation | null {
    return cell?.validation ? new DataValidation(this.env, cell.validation, (ref) => rangeFromRef(this.env, ref)) : null;
  }
  getDataValidation(): DataValidation | null {
    return this._validation(this._topLeft());
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this._grid((c) => this._validation(c));
  }
  /** null removes the rule. */
  setDataValidation(rule: DataValidation | null): Range {
    if (rule !== null && !(rule instanceof DataValidation)) this.env.fail(signatureMessage([rule], 'SpreadsheetApp.Range.setDataValidation'));
    return this._setAll('validation', rule ? { ...rule._m, values: rule._m.values.slice() } : undefined);
  }
  setDataValidations(rules: (DataValidation | null)[][]): Range {
    return this._setGrid<DataValidation | null>(rules, 'setDataValidations', (cell, v) => {
      if (v !== null && !(v instanceof DataValidation)) this.env.fail(signatureMessage([rules], 'SpreadsheetApp.Range.setDataValidations'));
      if (v) cell.validation = { ...v._m, values: v._m.values.slice() };
      else delete cell.validation;
    });
  }

  // ---------------------------------------------------------------- merges

  _mergeRects(rects: Rect[]): Range {
    const sheet = this._sheet;
    for (const rect of rects) {
      if (rect.numRows === 1 && rect.numCols === 1) continue;
      for (const m of sheet.merges) if (intersects(m, rect) && !containsRect(rect, m)) this.env.fail(MSG.mergePartial);
      sheet.merges = sheet.merges.filter((m) => !containsRect(rect, m));
      // Merging keeps only the top-left value.
      for (let r = rect.row; r < rect.row + rect.numRows; r++) {
        for (let c = rect.col; c < rect.col + rect.numCols; c++) {
          if (r === rect.row && c === rect.col) continue;
          const cell = sheet.cell(r, c);
          if (cell) clearContent(cell);
        }
      }
      sheet.merges.push({ ...rect });
    }
    return this;
  }
  merge(): Range {
    return this._mergeRects([this._rect]);
  }
  mergeAcross(): Range {
    const { row, col, numRows, numCols } = this._rect;
    return this._mergeRects(Array.from({ length: numRows }, (_, i) => ({ row: row + i, col, numRows: 1, numCols })));
  }
  mergeVertically(): Range {
    const { row, col, numRows, numCols } = this._rect;
    return this._mergeRects(Array.from({ length: numCols }, (_, j) => ({ row, col: col + j, numRows, numCols: 1 })));
  }
  breakApart(): Range {
    const sheet = this._sheet;
    for (const m of sheet.merges) if (intersects(m, this._rect) && !containsRect(this._rect, m)) this.env.fail(MSG.mergePartial);
    sheet.merges = sheet.merges.filter((m) => !containsRect(this._rect, m));
    return this;
  }
  isPartOfMerge(): boolean {
    return this._sheet.merges.some((m) => intersects(m, this._rect));
  }
  getMergedRanges(): Range[] {
    return this.env.realm.makeArray(this._sheet.merges.filter((m) => intersects(m, this._rect)).map((m) => new Range(this.env, this._sheet, { ...m })));
  }

  // ---------------------------------------------------------------- protection, sorting

  /** A new range protection (a repeat call adds an overlapping one). */
  protect(): Protection {
    const m: ProtectionModel = {
      id: this.env.book.newProtectionId(), type: 'RANGE', rect: { ...this._rect }, description: '', warningOnly: false,
      editors: [this.env.options.user], domainEdit: true, unprotected: [], rangeName: null,
    };
    this._sheet.protections.push(m);
    return new Protection(this.env, this._sheet, m, rangeBridge(this.env));
  }

  /** sort(column) · sort({column, ascending}) · sort([…]): rows move whole (values and formats); blanks last. */
  sort(sortSpecObj: unknown): Range {
    const specs = (Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]).map((s) =>
      typeof s === 'number' ? { column: s, ascending: true } : { column: Number((s as { column: number }).column), ascending: (s as { ascending?: boolean }).ascending !== false });
    for (const s of specs) {
      if (!(s.column >= this._rect.col && s.column <= this.getLastColumn())) this.env.fail(`Invalid argument: sortSpecObj (column ${s.column} is outside the range)`);
    }
    const ev = this._evaluation();
    const { row, col, numRows, numCols } = this._rect;
    const lines = Array.from({ length: numRows }, (_, i) => ({
      cells: Array.from({ length: numCols }, (_, j) => this._sheet.cell(row + i, col + j)),
      keys: specs.map((s) => {
        const v = ev.cellValue(this._sheet, row + i, s.column);
        return v instanceof FormulaError ? v.code : v;
      }),
    }));
    lines.sort((a, b) => {
      for (let k = 0; k < specs.length; k++) {
        const x = a.keys[k] as Scalar;
        const y = b.keys[k] as Scalar;
        const bx = x === null || x === '';
        const by = y === null || y === '';
        if (bx !== by) return bx ? 1 : -1;
        const c = compareValues(x, y);
        if (c) return specs[k].ascending ? c : -c;
      }
      return 0;
    });
    lines.forEach((line, i) => {
      const r = this._sheet.rows[row - 1 + i] ?? (this._sheet.rows[row - 1 + i] = []);
      line.cells.forEach((cell, j) => { r[col - 1 + j] = cell; });
    });
    return this;
  }

  /** Copies values, formulas (moved like a paste) and formats to the destination's top-left. */
  copyTo(destination: Range, options?: { contentsOnly?: boolean; formatOnly?: boolean }): void {
    if (!(destination instanceof Range)) this.env.fail(signatureMessage([destination], 'SpreadsheetApp.Range.copyTo'));
    const src = this._rect;
    const dst = destination._rect;
    const dr = dst.row - src.row;
    const dc = dst.col - src.col;
    const copies: { r: number; c: number; cell: Cell | undefined }[] = [];
    for (let i = 0; i < src.numRows; i++) {
      for (let j = 0; j < src.numCols; j++) {
        const cell = this._sheet.cell(src.row + i, src.col + j);
        copies.push({ r: dst.row + i, c: dst.col + j, cell: cell ? structuredClone(cell) : undefined });
      }
    }
    for (const { r, c, cell } of copies) {
      if (r > destination._sheet.maxRows || c > destination._sheet.maxColumns) continue;
      const target = destination._sheet.cellForWrite(r, c);
      if (!options?.formatOnly) {
        clearContent(target);
        if (cell?.formula) target.formula = offsetFormula(cell.formula, dr, dc);
        else if (cell?.value !== undefined) target.value = cell.value;
      }
      if (!options?.contentsOnly) {
        clearFormat(target);
        if (cell) for (const k of Object.keys(cell) as (keyof Cell)[]) {
          if (k !== 'value' && k !== 'formula' && k !== 'cached' && k !== 'note') (target as Record<string, unknown>)[k] = cell[k];
        }
      }
    }
  }
}

function noteText(note: unknown): string | undefined {
  if (note === null || note === undefined || note === '') return undefined;
  if (typeof note === 'number' && Number.isInteger(note)) return `${note}.0`;
  return String(note);
}

export function rangeFromRef(env: Env, ref: RangeRef): Range | null {
  const sheet = env.book.sheetById(ref.sheetId);
  return sheet ? new Range(env, sheet, ref.rect) : null;
}

/** Whether a cell's number is a date (its format is a date format). */
export function isDateCell(cell: Cell | undefined): boolean {
  return !!cell && typeof cell.value === 'number' && isDateFormat(cell.numberFormat);
}

// The Sheet class is created through this hook to keep range.ts free of an import cycle at load time.
let sheetFactory: ((env: Env, sheet: SheetModel) => unknown) | undefined;
export function setSheetFactory(f: (env: Env, sheet: SheetModel) => unknown): void {
  sheetFactory = f;
}
function sheetObject(env: Env, sheet: SheetModel): unknown {
  return sheetFactory!(env, sheet);
}

instrument(Range, 'SpreadsheetApp', 'Range');


/**
 * A rich text value: an immutable value object, like a Date read from a cell. Its getters do not
 * call the service, so they are not counted (only getRichTextValues is).
 */
export class RichTextValue {
  constructor(private readonly text: string, private readonly url: string | null) {}
  getText(): string {
    return this.text;
  }
  /** The link of the whole text, or null when there is none (or parts link differently). */
  getLinkUrl(): string | null {
    return this.url;
  }
  getRuns(): RichTextValue[] {
    return [this];
  }
}
