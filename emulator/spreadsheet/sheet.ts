// Sheet: one tab — its ranges, size, structure (rows, columns, frozen panes, widths), rules and protections.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet
import type { ParamsOf } from '../apps-script-types';
import type { Env } from '../env';
import { signatureMessage } from '../errors';
import { instrument } from '../instrument';
import { parseA1, type Rect, resolveA1 } from './a1';
import { normalizeColor } from './colors';
import { ConditionalFormatRule } from './conditional-format';
import { clearContent, clearFormat, type SheetModel } from './model';
import { Protection, type ProtectionModel } from './protection';
import { applyWrite, checkedRect, Range, rangeBridge, setSheetFactory } from './range';
import type { Spreadsheet } from './spreadsheet';
import { scriptWrite } from './values';

/** Google's cap on cells per spreadsheet (https://support.google.com/drive/answer/37603). */
export const CELL_LIMIT = 10_000_000;
export const SHEET_MSG = {
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  deleteAllColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
  cellLimit: `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
  duplicateName: (name: string): string => `A sheet with the name "${name}" already exists. Please enter another name.`,
};

export class Sheet
  implements
    Pick<GoogleAppsScript.Spreadsheet.Sheet, 'getName' | 'getSheetId' | 'getIndex' | 'getLastRow' | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns' | 'getFrozenRows' | 'getFrozenColumns' | 'getColumnWidth' | 'isColumnHiddenByUser'>,
    ParamsOf<
      GoogleAppsScript.Spreadsheet.Sheet,
      | 'getRange' | 'setName' | 'insertRowsAfter' | 'insertRowsBefore' | 'insertColumnsAfter' | 'deleteRows' | 'deleteRow' | 'appendRow'
      | 'setFrozenRows' | 'setFrozenColumns' | 'setColumnWidth' | 'setColumnWidths' | 'hideColumns' | 'showColumns' | 'setTabColor'
      | 'setConditionalFormatRules' | 'getProtections'
    > {
  constructor(readonly env: Env, readonly _model: SheetModel) {}

  _range(rect: Rect): Range {
    return new Range(this.env, this._model, rect);
  }

  _growCheck(extraCells: number): void {
    if (this.env.book.totalCells() + extraCells > CELL_LIMIT) this.env.fail(SHEET_MSG.cellLimit);
  }

  // ---------------------------------------------------------------- identity

  getName(): string {
    return this._model.name;
  }
  getSheetName(): string {
    return this._model.name;
  }
  setName(name: string): Sheet {
    const n = String(name);
    if (this.env.book.sheets.some((s) => s !== this._model && s.name.toLowerCase() === n.toLowerCase())) this.env.fail(SHEET_MSG.duplicateName(n));
    const old = this._model.name;
    this._model.name = n;
    renameInFormulas(this.env, old, n);
    return this;
  }
  getSheetId(): number {
    return this._model.id;
  }
  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.env.book.sheets.indexOf(this._model) + 1;
  }
  getParent(): Spreadsheet {
    return spreadsheetObject(this.env) as Spreadsheet;
  }
  activate(): Sheet {
    this.env.book.activeSheetId = this._model.id;
    return this;
  }
  getTabColor(): string | null {
    return this._model.tabColor;
  }
  setTabColor(color: string | null): Sheet {
    this._model.tabColor = color === null ? null : normalizeColor(color) ?? this.env.fail(`Invalid color string: ${color}`);
    return this;
  }
  isSheetHidden(): boolean {
    return this._model.hidden;
  }
  hideSheet(): Sheet {
    this._model.hidden = true;
    return this;
  }
  showSheet(): Sheet {
    this._model.hidden = false;
    return this;
  }

  // ---------------------------------------------------------------- ranges

  /** getRange(a1) · getRange(row, column[, numRows[, numColumns]]), 1-based. */
  getRange(...args: unknown[]): Range {
    if (args.length === 1 && typeof args[0] === 'string') {
      const ref = parseA1(args[0]);
      if (!ref) this.env.fail('Range not found');
      const rect = resolveA1(ref, this._model.maxRows, this._model.maxColumns);
      return this._range(checkedRect(this.env, this._model, rect.row, rect.col, rect.numRows, rect.numCols));
    }
    if (args.length < 2 || args.length > 4 || args.some((a) => typeof a !== 'number' || Number.isNaN(a))) {
      this.env.fail(signatureMessage(args, 'SpreadsheetApp.Sheet.getRange'));
    }
    const [row, col, numRows = 1, numCols = 1] = args as number[];
    return this._range(checkedRect(this.env, this._model, row, col, numRows, numCols));
  }

  /** A1 to the last row and column with content; A1 on an empty sheet. */
  getDataRange(): Range {
    return this._range({ row: 1, col: 1, numRows: Math.max(1, this._model.lastRow()), numCols: Math.max(1, this._model.lastColumn()) });
  }
  getLastRow(): number {
    return this._model.lastRow();
  }
  getLastColumn(): number {
    return this._model.lastColumn();
  }
  getMaxRows(): number {
    return this._model.maxRows;
  }
  getMaxColumns(): number {
    return this._model.maxColumns;
  }
  getActiveRange(): Range | null {
    const a = this.env.book.activeRange;
    return a && a.sheetId === this._model.id ? this._range(a.rect) : null;
  }
  getActiveCell(): Range {
    const a = this.env.book.activeRange;
    return this._range(a && a.sheetId === this._model.id ? { ...a.rect, numRows: 1, numCols: 1 } : { row: 1, col: 1, numRows: 1, numCols: 1 });
  }
  setActiveRange(range: Range): Range {
    return range.activate();
  }

  // ---------------------------------------------------------------- rows and columns

  _insert(axis: 'row' | 'col', at: number, n: number, anchor: number): void {
    const m = this._model;
    const max = axis === 'row' ? m.maxRows : m.maxColumns;
    const msg = axis === 'row' ? SHEET_MSG.rowsOutOfBounds : SHEET_MSG.columnsOutOfBounds;
    if (!(n >= 1) || anchor < 1 || anchor > max) this.env.fail(msg);
    this._growCheck(axis === 'row' ? n * m.maxColumns : n * m.maxRows);
    if (axis === 'row') m.insertRows(at, n);
    else m.insertColumns(at, n);
    this.env.book.shiftFormulas(m, axis, at, n);
  }

  _delete(axis: 'row' | 'col', at: number, n: number): void {
    const m = this._model;
    const max = axis === 'row' ? m.maxRows : m.maxColumns;
    if (!(n >= 1) || at < 1 || at + n - 1 > max) this.env.fail(axis === 'row' ? SHEET_MSG.rowsOutOfBounds : SHEET_MSG.columnsOutOfBounds);
    const frozen = axis === 'row' ? m.frozenRows : m.frozenColumns;
    const deletedFrozen = Math.max(0, Math.min(frozen, at + n - 1) - at + 1);
    const unfrozenLeft = max - n - (frozen - deletedFrozen);
    if (unfrozenLeft <= 0) this.env.fail(axis === 'row' ? SHEET_MSG.deleteAllRows : SHEET_MSG.deleteAllColumns);
    this.env.book.shiftFormulas(m, axis, at, -n);
    if (axis === 'row') m.deleteRows(at, n);
    else m.deleteColumns(at, n);
  }

  /** New rows take the formatting of the row above them. */
  insertRowAfter(afterPosition: number): Sheet {
    this._insert('row', afterPosition + 1, 1, afterPosition);
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this._insert('row', afterPosition + 1, howMany, afterPosition);
    return this;
  }
  insertRowBefore(beforePosition: number): Sheet {
    this._insert('row', beforePosition, 1, beforePosition);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this._insert('row', beforePosition, howMany, beforePosition);
    return this;
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this._insert('row', rowIndex, numRows, rowIndex);
  }
  insertColumnAfter(afterPosition: number): Sheet {
    this._insert('col', afterPosition + 1, 1, afterPosition);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this._insert('col', afterPosition + 1, howMany, afterPosition);
    return this;
  }
  insertColumnBefore(beforePosition: number): Sheet {
    this._insert('col', beforePosition, 1, beforePosition);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this._insert('col', beforePosition, howMany, beforePosition);
    return this;
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this._insert('col', columnIndex, numColumns, columnIndex);
  }
  deleteRow(rowPosition: number): Sheet {
    this._delete('row', rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this._delete('row', rowPosition, howMany);
  }
  deleteColumn(columnPosition: number): Sheet {
    this._delete('col', columnPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this._delete('col', columnPosition, howMany);
  }

  /** Writes after the last row with content, growing the sheet if it is full (https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendRow(Object)). */
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents)) this.env.fail(signatureMessage([rowContents], 'SpreadsheetApp.Sheet.appendRow'));
    const m = this._model;
    const row = m.lastRow() + 1;
    if (row > m.maxRows) {
      this._growCheck(m.maxColumns);
      m.maxRows = row;
    }
    if (rowContents.length > m.maxColumns) {
      this._growCheck((rowContents.length - m.maxColumns) * m.maxRows);
      m.maxColumns = rowContents.length;
    }
    const ctx = this.env.writeContext();
    rowContents.forEach((v, j) => {
      const cell = m.cellForWrite(row, j + 1);
      applyWrite(cell, scriptWrite(v, cell.numberFormat, ctx));
    });
    return this;
  }

  // ---------------------------------------------------------------- clearing

  _clearAll(f: (cell: import('./model').Cell) => void): void {
    for (const row of this._model.rows) if (row) for (const cell of row) if (cell) f(cell);
  }
  /** Values and formats go; notes and data validation stay (as observed against Apps Script, see tanaikech/gas-fakes). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly;
    this._clearAll((c) => {
      if (!any || o.contentsOnly) clearContent(c);
      if (!any || o.formatOnly) clearFormat(c);
    });
    return this;
  }
  clearContents(): Sheet {
    this._clearAll(clearContent);
    return this;
  }
  clearFormats(): Sheet {
    this._clearAll(clearFormat);
    return this;
  }
  clearNotes(): Sheet {
    this._clearAll((c) => delete c.note);
    return this;
  }

  // ---------------------------------------------------------------- view

  getFrozenRows(): number {
    return this._model.frozenRows;
  }
  setFrozenRows(rows: number): void {
    if (!(rows >= 0) || rows > this._model.maxRows) this.env.fail(SHEET_MSG.rowsOutOfBounds);
    this._model.frozenRows = Math.trunc(rows);
  }
  getFrozenColumns(): number {
    return this._model.frozenColumns;
  }
  setFrozenColumns(columns: number): void {
    if (!(columns >= 0) || columns > this._model.maxColumns) this.env.fail(SHEET_MSG.columnsOutOfBounds);
    this._model.frozenColumns = Math.trunc(columns);
  }
  /** Pixels; 100 by default. */
  getColumnWidth(columnPosition: number): number {
    return this._model.columnWidths.get(columnPosition) ?? 100;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this._model.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._model.columnWidths.set(c, width);
    return this;
  }
  autoResizeColumn(_columnPosition: number): Sheet {
    return this;
  }
  autoResizeColumns(_startColumn: number, _numColumns: number): Sheet {
    return this;
  }
  /** Pixels; 21 by default. */
  getRowHeight(rowPosition: number): number {
    return this._model.rowHeights.get(rowPosition) ?? 21;
  }
  setRowHeight(rowPosition: number, height: number): Sheet {
    this._model.rowHeights.set(rowPosition, height);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): Sheet {
    for (let r = startRow; r < startRow + numRows; r++) this._model.rowHeights.set(r, height);
    return this;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._model.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._model.hiddenColumns.delete(c);
  }
  hideColumn(column: Range): void {
    this.hideColumns(column.getColumn(), column.getNumColumns());
  }
  unhideColumn(column: Range): void {
    this.showColumns(column.getColumn(), column.getNumColumns());
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    if (columnPosition < 1 || columnPosition > this._model.maxColumns) this.env.fail(SHEET_MSG.columnsOutOfBounds);
    return this._model.hiddenColumns.has(columnPosition);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this._model.hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this._model.hiddenRows.delete(r);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    if (rowPosition < 1 || rowPosition > this._model.maxRows) this.env.fail(SHEET_MSG.rowsOutOfBounds);
    return this._model.hiddenRows.has(rowPosition);
  }

  // ---------------------------------------------------------------- conditional formats, protections

  /** In priority order: the first rule that matches a cell formats it. */
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this.env.realm.makeArray(this._model.cfRules.map((r) => new ConditionalFormatRule(this.env, rangeBridge(this.env), r, this._model)));
  }
  setConditionalFormatRules(rules: unknown[]): void {
    if (!Array.isArray(rules) || rules.some((r) => !(r instanceof ConditionalFormatRule))) {
      this.env.fail(signatureMessage([rules], 'SpreadsheetApp.Sheet.setConditionalFormatRules'));
    }
    for (const r of rules as ConditionalFormatRule[]) {
      if (r._sheet && r._sheet !== this._model && r._m.ranges.length) this.env.fail('Conditional format rule cannot reference a different sheet.');
    }
    this._model.cfRules = (rules as ConditionalFormatRule[]).map((r) => ({ condition: { ...r._m.condition, values: r._m.condition.values.slice() }, format: { ...r._m.format }, ranges: r._m.ranges.map((x) => ({ ...x })) }));
  }
  clearConditionalFormatRules(): void {
    this._model.cfRules = [];
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType | string): Protection[] {
    if (String(type) !== 'RANGE' && String(type) !== 'SHEET') this.env.fail(signatureMessage([type], 'SpreadsheetApp.Sheet.getProtections'));
    return this.env.realm.makeArray(this._model.protections.filter((p) => p.type === String(type)).map((p) => new Protection(this.env, this._model, p, rangeBridge(this.env))));
  }

  /** The sheet's protection; an existing one is returned rather than a second created. */
  protect(): Protection {
    let m = this._model.protections.find((p) => p.type === 'SHEET');
    if (!m) {
      m = {
        id: this.env.book.newProtectionId(), type: 'SHEET', description: '', warningOnly: false,
        editors: [this.env.options.user], domainEdit: true, unprotected: [], rangeName: null,
      } satisfies ProtectionModel;
      this._model.protections.push(m);
    }
    return new Protection(this.env, this._model, m, rangeBridge(this.env));
  }
}

/** Formulas naming a renamed sheet follow it, as in Sheets. */
function renameInFormulas(env: Env, from: string, to: string): void {
  const quote = (n: string): string => (/^[\p{L}_][\p{L}\p{N}_]*$/u.test(n) ? n : `'${n.replace(/'/g, "''")}'`);
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}_'])(${escapeRe(quote(from))}|'${escapeRe(from.replace(/'/g, "''"))}')!`, 'gu');
  for (const s of env.book.sheets) {
    for (const row of s.rows) {
      if (!row) continue;
      for (const cell of row) if (cell?.formula) cell.formula = cell.formula.replace(pattern, (_m, pre: string) => `${pre}${quote(to)}!`);
    }
  }
}
function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

setSheetFactory((env, model) => new Sheet(env, model));

// The Spreadsheet class registers itself here (spreadsheet.ts imports this module).
let spreadsheetFactory: ((env: Env) => unknown) | undefined;
export function setSpreadsheetFactory(f: (env: Env) => unknown): void {
  spreadsheetFactory = f;
}
function spreadsheetObject(env: Env): unknown {
  return spreadsheetFactory!(env);
}

instrument(Sheet, 'SpreadsheetApp', 'Sheet');
