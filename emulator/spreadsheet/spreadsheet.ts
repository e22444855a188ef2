// Spreadsheet: the bound file — its tabs, time zone, locale, named ranges and toasts.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
import type { Env } from '../env';
import { signatureMessage } from '../errors';
import { instrument } from '../instrument';
import { parseA1, resolveA1 } from './a1';
import type { SheetModel } from './model';
import { checkedRect, Range } from './range';
import { CELL_LIMIT, Sheet, SHEET_MSG, setSpreadsheetFactory } from './sheet';

export class Spreadsheet
  implements Pick<GoogleAppsScript.Spreadsheet.Spreadsheet, 'getName' | 'getId' | 'getUrl' | 'getSpreadsheetTimeZone' | 'getSpreadsheetLocale' | 'getNumSheets'> {
  constructor(readonly env: Env) {}

  _sheet(model: SheetModel): Sheet {
    return new Sheet(this.env, model);
  }

  getName(): string {
    return this.env.book.name;
  }
  rename(newName: string): void {
    this.env.book.name = String(newName);
  }
  getId(): string {
    return this.env.book.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.env.book.id}/edit`;
  }

  getSheets(): Sheet[] {
    return this.env.realm.makeArray(this.env.book.sheets.map((s) => this._sheet(s)));
  }
  getNumSheets(): number {
    return this.env.book.sheets.length;
  }
  /** null when there is no such tab. */
  getSheetByName(name: string): Sheet | null {
    const s = this.env.book.sheetByName(String(name));
    return s ? this._sheet(s) : null;
  }
  getSheetById(id: number): Sheet | null {
    const s = this.env.book.sheetById(id);
    return s ? this._sheet(s) : null;
  }

  /**
   * insertSheet() · (index) · (name) · (name, index) · (…, {template}); index is 0-based. The new sheet
   * becomes the active one.
   */
  insertSheet(...args: unknown[]): Sheet {
    let name: string | undefined;
    let index: number | undefined;
    let template: Sheet | undefined;
    for (const a of args) {
      if (typeof a === 'string' && name === undefined && index === undefined) name = a;
      else if (typeof a === 'number' && index === undefined) index = a;
      else if (a && typeof a === 'object' && !Array.isArray(a)) template = (a as { template?: Sheet }).template;
      else this.env.fail(signatureMessage(args, 'SpreadsheetApp.Spreadsheet.insertSheet'));
    }
    const book = this.env.book;
    if (name !== undefined && book.sheets.some((s) => s.name.toLowerCase() === name!.toLowerCase())) this.env.fail(SHEET_MSG.duplicateName(name));
    if (name === undefined) {
      const base = book.locale.toLowerCase().startsWith('ru') ? 'Лист' : 'Sheet';
      let n = book.sheets.length + 1;
      while (book.sheetByName(`${base}${n}`)) n++;
      name = `${base}${n}`;
    }
    const src = template instanceof Sheet ? template._model : undefined;
    const rows = src?.maxRows ?? 1000;
    const cols = src?.maxColumns ?? 26;
    if (book.totalCells() + rows * cols > CELL_LIMIT) this.env.fail(SHEET_MSG.cellLimit);
    const at = index === undefined ? book.sheets.length : Math.max(0, Math.min(book.sheets.length, index));
    const model = book.addSheet(name, at, rows, cols);
    if (src) {
      model.rows = structuredClone(src.rows);
      model.frozenRows = src.frozenRows;
      model.frozenColumns = src.frozenColumns;
      model.columnWidths = new Map(src.columnWidths);
      model.rowHeights = new Map(src.rowHeights);
      model.hiddenColumns = new Set(src.hiddenColumns);
      model.merges = structuredClone(src.merges);
      model.cfRules = structuredClone(src.cfRules);
    }
    book.activeSheetId = model.id;
    return this._sheet(model);
  }

  /** The last sheet cannot go (text as the Sheets UI words it; Apps Script's is assumed the same). */
  deleteSheet(sheet: Sheet): void {
    if (!(sheet instanceof Sheet)) this.env.fail(signatureMessage([sheet], 'SpreadsheetApp.Spreadsheet.deleteSheet'));
    if (this.env.book.sheets.length <= 1) this.env.fail("You can't remove all the sheets in a document.");
    this.env.book.removeSheet(sheet._model);
  }

  getActiveSheet(): Sheet {
    return this._sheet(this.env.book.activeSheet());
  }
  setActiveSheet(sheet: Sheet): Sheet {
    if (!(sheet instanceof Sheet)) this.env.fail(signatureMessage([sheet], 'SpreadsheetApp.Spreadsheet.setActiveSheet'));
    this.env.book.activeSheetId = sheet._model.id;
    return sheet;
  }
  getActiveRange(): Range | null {
    const a = this.env.book.activeRange;
    const s = a && this.env.book.sheetById(a.sheetId);
    return a && s ? new Range(this.env, s, a.rect) : null;
  }
  setActiveRange(range: Range): Range {
    return range.activate();
  }

  /** Recorded in emu.ui.toasts; a null timeout means 5 s, a negative one "until dismissed" (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String,Number)). */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.env.ui.toasts.push({ message: String(msg), title: title === undefined || title === null ? '' : String(title), timeoutSeconds: timeoutSeconds ?? 5 });
  }

  getSpreadsheetTimeZone(): string {
    return this.env.book.timeZone;
  }
  /** Date cells keep their wall-clock value; the instants getValues returns move with the zone. */
  setSpreadsheetTimeZone(timezone: string): void {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    } catch {
      this.env.fail('Invalid argument: timezone');
    }
    this.env.book.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    return this.env.book.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.env.book.locale = String(locale);
  }

  /** 'Лист!A1:B2' or "'Контрольные точки'!A1"; without a sheet name, the active sheet. */
  getRange(a1Notation: string): Range {
    const ref = typeof a1Notation === 'string' ? parseA1(a1Notation) : null;
    if (!ref) this.env.fail('Range not found');
    const sheet = ref.sheet === undefined ? this.env.book.activeSheet() : this.env.book.sheetByName(ref.sheet);
    if (!sheet) this.env.fail('Range not found');
    const rect = resolveA1(ref, sheet.maxRows, sheet.maxColumns);
    return new Range(this.env, sheet, checkedRect(this.env, sheet, rect.row, rect.col, rect.numRows, rect.numCols));
  }
  getRangeByName(name: string): Range | null {
    const n = this.env.book.namedRanges.get(String(name));
    const s = n && this.env.book.sheetById(n.sheetId);
    return n && s ? new Range(this.env, s, n.rect) : null;
  }
  setNamedRange(name: string, range: Range): void {
    if (!(range instanceof Range)) this.env.fail(signatureMessage([name, range], 'SpreadsheetApp.Spreadsheet.setNamedRange'));
    this.env.book.namedRanges.set(String(name), { sheetId: range._sheet.id, rect: { ...range._rect } });
  }
  removeNamedRange(name: string): void {
    this.env.book.namedRanges.delete(String(name));
  }

  // The active sheet's shortcuts that Spreadsheet also offers.
  getDataRange(): Range {
    return this.getActiveSheet().getDataRange();
  }
  getLastRow(): number {
    return this.env.book.activeSheet().lastRow();
  }
  getLastColumn(): number {
    return this.env.book.activeSheet().lastColumn();
  }
  appendRow(rowContents: unknown[]): Sheet {
    return this.getActiveSheet().appendRow(rowContents);
  }
}

setSpreadsheetFactory((env) => new Spreadsheet(env));

instrument(Spreadsheet, 'SpreadsheetApp', 'Spreadsheet');
