// The back door tests and tools use: read and write sheets without counting calls, type as a person
// would (returning the onEdit event), and see the colours a person sees on a given day.
import type { Env } from './env';
import { EmulatorUsageError } from './errors';
import { parseA1, type Rect, rectA1, resolveA1 } from './spreadsheet/a1';
import { type RangeRef, satisfies, type ValidationModel } from './spreadsheet/data-validation';
import { Evaluation } from './spreadsheet/evaluate';
import { FormulaError } from './spreadsheet/formula';
import type { SheetModel } from './spreadsheet/model';
import { displayValue, isDateFormat } from './spreadsheet/number-format';
import { applyWrite, Range } from './spreadsheet/range';
import { type RenderedCell, renderStyles } from './spreadsheet/render';
import { Spreadsheet } from './spreadsheet/spreadsheet';
import { scriptWrite, typedWrite, type Stored } from './spreadsheet/values';
import { User } from './session';

/** Everything about a block of cells, in the test's realm. */
export interface SheetPeek {
  a1: string;
  values: unknown[][];
  displayValues: string[][];
  formulas: string[][];
  backgrounds: string[][];
  fontColors: string[][];
  fontWeights: string[][];
  notes: string[][];
  numberFormats: string[][];
  validations: (ValidationModel | null)[][];
  merges: string[];
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
  lastRow: number;
  lastColumn: number;
}

/** Thrown by userEdit when a rule that rejects invalid input (setAllowInvalid(false)) refuses what was typed. */
export class ValidationRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValidationRejected';
  }
}

export class BackDoor {
  /** The uncounted view every helper works through. */
  readonly view: Env;
  constructor(private readonly env: Env) {
    this.view = env.uncountedView();
  }

  sheet(name: string): SheetModel {
    const s = this.env.book.sheetByName(name);
    if (!s) throw new EmulatorUsageError(`No sheet named "${name}" (sheets: ${this.env.book.sheets.map((x) => x.name).join(', ')})`);
    return s;
  }

  rect(sheet: SheetModel, a1?: string): Rect {
    if (a1 === undefined) return { row: 1, col: 1, numRows: Math.max(1, sheet.lastRow()), numCols: Math.max(1, sheet.lastColumn()) };
    const ref = parseA1(a1);
    if (!ref) throw new EmulatorUsageError(`Not an A1 range: ${a1}`);
    return resolveA1(ref, sheet.maxRows, sheet.maxColumns);
  }

  range(sheetName: string, a1?: string): Range {
    const sheet = this.sheet(sheetName);
    return new Range(this.view, sheet, this.rect(sheet, a1));
  }

  peek(sheetName: string, a1?: string): SheetPeek {
    const sheet = this.sheet(sheetName);
    const r = this.range(sheetName, a1);
    return {
      a1: r.getA1Notation(),
      values: r.getValues(),
      displayValues: r.getDisplayValues(),
      formulas: r.getFormulas(),
      backgrounds: r.getBackgrounds(),
      fontColors: r.getFontColors(),
      fontWeights: r.getFontWeights(),
      notes: r.getNotes(),
      numberFormats: r.getNumberFormats(),
      validations: r._grid((c) => (c?.validation ? structuredClone(c.validation) : null)),
      merges: sheet.merges.map(rectA1),
      frozenRows: sheet.frozenRows,
      frozenColumns: sheet.frozenColumns,
      maxRows: sheet.maxRows,
      maxColumns: sheet.maxColumns,
      lastRow: sheet.lastRow(),
      lastColumn: sheet.lastColumn(),
    };
  }

  /**
   * Writes with setValues semantics (strings read in the locale, Dates as date cells), creating the sheet
   * and growing it as needed. `values` is a 2D array, or one value for every cell of the range.
   */
  poke(sheetName: string, a1: string, values: unknown): void {
    let sheet = this.env.book.sheetByName(sheetName);
    if (!sheet) sheet = this.env.book.addSheet(sheetName);
    const ref = parseA1(a1);
    if (!ref) throw new EmulatorUsageError(`Not an A1 range: ${a1}`);
    const grid = Array.isArray(values) ? (values as unknown[][]) : null;
    const rect = resolveA1(
      grid && ref.r1 !== undefined && ref.c1 !== undefined && ref.r1 === ref.r2 && ref.c1 === ref.c2
        ? { ...ref, r2: ref.r1 + grid.length - 1, c2: ref.c1 + Math.max(1, ...grid.map((r) => r.length)) - 1 }
        : ref,
      sheet.maxRows, sheet.maxColumns,
    );
    sheet.maxRows = Math.max(sheet.maxRows, rect.row + rect.numRows - 1);
    sheet.maxColumns = Math.max(sheet.maxColumns, rect.col + rect.numCols - 1);
    const range = new Range(this.view, sheet, rect);
    if (grid) range.setValues(grid.map((row) => Array.from({ length: rect.numCols }, (_, j) => (j < row.length ? row[j] : null))));
    else range.setValue(values);
  }

  /**
   * Types into cells as a person would (text read in the spreadsheet locale; data validation that
   * rejects input is enforced) and returns the onEdit event object to pass to the script.
   * `value` and `oldValue` are set only for a single cell; oldValue is absent when the cell was empty
   * (https://developers.google.com/apps-script/guides/triggers/events#edit).
   */
  userEdit(sheetName: string, a1: string, value: unknown): Record<string, unknown> {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(sheet, a1);
    const single = rect.numRows === 1 && rect.numCols === 1;
    const env = this.env;
    const ctx = env.writeContext();
    const ev = new Evaluation(env.book, sheet, env.clock.nowMs(), (m) => env.warn(m));
    const oldValue = single ? eventText(ev.cellValue(sheet, rect.row, rect.col)) : undefined;
    const grid = Array.isArray(value) ? (value as unknown[][]) : null;
    for (let i = 0; i < rect.numRows; i++) {
      for (let j = 0; j < rect.numCols; j++) {
        const raw = grid ? grid[i]?.[j] : value;
        const cell = sheet.cellForWrite(rect.row + i, rect.col + j);
        const w = typeof raw === 'string' ? typedWrite(raw, cell.numberFormat, ctx) : scriptWrite(raw, cell.numberFormat, ctx);
        if (cell.validation && !cell.validation.allowInvalid && w.kind === 'value') {
          const fmt = cell.numberFormat ?? w.dateFormat;
          const ok = satisfies(cell.validation, w.value, displayValue(w.value, fmt, env.book.locale), typeof w.value === 'number' && isDateFormat(fmt), env.book.timeZone, (ref) => this.listOf(ref));
          if (!ok) throw new ValidationRejected(`Input rejected by data validation at ${sheet.name}!${rectA1({ row: rect.row + i, col: rect.col + j, numRows: 1, numCols: 1 })}: ${String(raw)}`);
        }
        applyWrite(cell, w);
      }
    }
    const event: Record<string, unknown> = {
      authMode: 'LIMITED',
      range: new Range(env, sheet, rect),
      source: new Spreadsheet(env),
      user: new User(env, env.options.user),
    };
    if (single) {
      const now = eventText(new Evaluation(env.book, sheet, env.clock.nowMs(), (m) => env.warn(m)).cellValue(sheet, rect.row, rect.col));
      if (now !== undefined) event.value = now;
      if (oldValue !== undefined) event.oldValue = oldValue;
    }
    return env.realm.makeObject(event);
  }

  listOf(ref: RangeRef): string[] {
    const s = this.env.book.sheetById(ref.sheetId);
    if (!s) return [];
    return new Range(this.view, s, ref.rect).getDisplayValues().flat();
  }

  rendered(sheetName: string, today: string, a1?: string): RenderedCell[][] {
    const sheet = this.sheet(sheetName);
    return renderStyles(this.env.book, sheet, this.rect(sheet, a1), today, this.env.clock.nowMs(), (m) => this.env.warn(m));
  }
}

/** How an onEdit event shows a value: text; numbers (date serials too) and booleans as text. */
function eventText(v: Stored | null | FormulaError): string | undefined {
  if (v === null) return undefined;
  if (v instanceof FormulaError) return v.code;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}
