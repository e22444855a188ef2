// Computing formula cells: the bridge between the model and the formula evaluator (with memo and cycle guard).
import { dateInZone, toSerial } from '../dates';
import {
  evaluateFormula, FormulaError, FormulaParseError, functionsIn, type FormulaHost, type Origin, type Scalar, UnsupportedFormula,
} from './formula';
import type { SheetModel, SpreadsheetModel } from './model';
import { instantToSerial } from './values';

/**
 * One evaluation pass over a workbook. Formula results are memoised for the pass, so keep a pass for
 * one public call (getValues, a render) and make a new one after writes.
 * Cells with formulas the emulator cannot evaluate give the result cached in a loaded file, else ''
 * (null here), and a warning names the unsupported function.
 */
export class Evaluation implements FormulaHost {
  private readonly memo: Map<string, Scalar | FormulaError>;
  private readonly busy: Set<string>;

  constructor(
    readonly book: SpreadsheetModel,
    readonly sheet: SheetModel,
    private readonly nowMs: number,
    private readonly warn: (message: string) => void,
    private readonly todayOverride?: string,
    shared?: Evaluation,
  ) {
    this.memo = shared ? shared.memo : new Map();
    this.busy = shared ? shared.busy : new Set();
  }

  /** The same pass seen from another sheet (its unqualified references point there). */
  forSheet(sheet: SheetModel): Evaluation {
    return sheet === this.sheet ? this : new Evaluation(this.book, sheet, this.nowMs, this.warn, this.todayOverride, this);
  }

  private sheetNamed(name: string | undefined): SheetModel | undefined {
    return name === undefined ? this.sheet : this.book.sheetByName(name);
  }

  value(sheetName: string | undefined, row: number, col: number): Scalar | FormulaError {
    const sheet = this.sheetNamed(sheetName);
    if (!sheet) return new FormulaError('#REF!');
    return this.cellValue(sheet, row, col);
  }

  lastRow(sheetName: string | undefined): number {
    return this.sheetNamed(sheetName)?.lastRow() ?? 0;
  }

  today(): number {
    return toSerial(this.todayOverride ?? dateInZone(this.nowMs, this.book.timeZone));
  }

  now(): number {
    const serial = instantToSerial(this.nowMs, this.book.timeZone);
    return this.todayOverride ? this.today() + (serial - Math.floor(serial)) : serial;
  }

  /** The value a cell holds, formulas computed; merged-away cells read blank. */
  cellValue(sheet: SheetModel, row: number, col: number): Scalar | FormulaError {
    const cell = sheet.cell(row, col);
    if (!cell) return null;
    if (cell.formula === undefined) {
      if (cell.value === undefined) return null;
      const m = sheet.merges.length ? sheet.mergeAt(row, col) : undefined;
      if (m && (m.row !== row || m.col !== col)) return null;
      return cell.value;
    }
    const key = `${sheet.id}:${row}:${col}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    if (this.busy.has(key)) return new FormulaError('#REF!');
    this.busy.add(key);
    let result: Scalar | FormulaError;
    try {
      result = this.formula(cell.formula, sheet, { dr: 0, dc: 0 }, `${sheet.name}!R${row}C${col}`) ?? cell.cached ?? null;
    } finally {
      this.busy.delete(key);
    }
    this.memo.set(key, result);
    return result;
  }

  /**
   * Evaluates a formula on a sheet; undefined when the emulator cannot (unsupported function), with a
   * warning. A parse error is Sheets' own "#ERROR!".
   */
  formula(text: string, sheet: SheetModel, origin: Origin, where: string): Scalar | FormulaError | undefined {
    const host: FormulaHost = this.forSheet(sheet);
    try {
      return evaluateFormula(text, host, origin);
    } catch (e) {
      if (e instanceof UnsupportedFormula) {
        this.warn(`${where}: cannot evaluate ${text} (${e.message}; supported: see SUPPORTED_FUNCTIONS in emulator/spreadsheet/formula.ts)`);
        return undefined;
      }
      if (e instanceof FormulaParseError) {
        this.warn(`${where}: formula parse error in ${text}: ${e.message}`);
        return new FormulaError('#ERROR!');
      }
      throw e;
    }
  }
}

export { functionsIn };
