// Workbook files: loading .xlsx and .csv into the emulated spreadsheet and saving it back to .xlsx
// (with exceljs). Saving patches the workbook that was loaded, so a school's own file keeps its other
// sheets, fonts, borders, row heights, print settings and formulas; only what the model knows is rewritten.
//
// Not expressible in xlsx, so skipped on save: protections (Sheets' warning-only protections have no
// Excel equivalent, and Excel sheet protection would lock the school out), checkbox validation, and
// conditional-format conditions other than the ones the builder makes. Notes on empty cells are lost by
// exceljs when reading (a limitation of exceljs 4.4).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import type { Env } from './env';
import type { Emulator } from './index';
import { cellA1, parseA1, quoteSheetName, type Rect, rectA1, resolveA1 } from './spreadsheet/a1';
import { fromArgb, toArgb } from './spreadsheet/colors';
import type { BooleanCriteriaName, CfFormat, CfRuleModel } from './spreadsheet/conditional-format';
import type { CriteriaName, ValidationModel } from './spreadsheet/data-validation';
import { Evaluation } from './spreadsheet/evaluate';
import { FormulaError } from './spreadsheet/formula';
import type { Cell, SheetModel } from './spreadsheet/model';
import { fromExcelFormat, isDateFormat, toExcelFormat } from './spreadsheet/number-format';
import { renderStyles } from './spreadsheet/render';
import { parseCsvText } from './utilities';
import type { Stored } from './spreadsheet/values';

type Json = Record<string, unknown>;
type XCell = ExcelJS.Cell & { _comment?: unknown };

/** The workbook kept on the emulator so that saving patches it. */
export interface XlsxSource {
  workbook: ExcelJS.Workbook;
  file?: string;
}

const EPOCH_DAYS = 25569; // serial of 1970-01-01
const serialFromDate = (d: Date): number => d.getTime() / 86400000 + EPOCH_DAYS;
const dateFromSerial = (s: number): Date => new Date(Math.round((s - EPOCH_DAYS) * 86400000));
/** Excel column width (characters of the default font) ↔ pixels, the usual 7 px per character plus padding. */
const widthToPx = (w: number): number => Math.round(w * 7 + 5);
const pxToWidth = (px: number): number => Math.max(0, (px - 5) / 7);

function sourceOf(env: Env): XlsxSource | undefined {
  return env.workbookSource as XlsxSource | undefined;
}

// ================================================================= loading xlsx

/**
 * Replaces the spreadsheet's sheets with the workbook's: values as typed (strings stay strings, numbers
 * keep their number format, real dates become date cells), formulas with their cached results, merges,
 * frozen panes, column widths, hidden rows/columns, fonts, fills, notes, data validation and the
 * conditional formats the model can express (others are kept and written back unchanged).
 */
export async function loadXlsx(emu: Emulator, fileOrBuffer: string | Buffer | ArrayBuffer | Uint8Array): Promise<void> {
  const env = emu.env;
  const wb = new ExcelJS.Workbook();
  let file: string | undefined;
  if (typeof fileOrBuffer === 'string') {
    file = path.resolve(fileOrBuffer);
    await wb.xlsx.readFile(file);
  } else {
    const buf = fileOrBuffer instanceof ArrayBuffer ? Buffer.from(fileOrBuffer) : Buffer.from(fileOrBuffer.buffer, fileOrBuffer.byteOffset, fileOrBuffer.byteLength);
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  }
  const book = env.book;
  for (const s of [...book.sheets]) book.removeSheet(s);
  book.namedRanges.clear();
  if (file) book.name = path.basename(file).replace(/\.xlsx$/i, '');
  const pendingRanges: { cell: Cell; ref: string; sheet: SheetModel }[] = [];
  for (const ws of wb.worksheets) {
    const sheet = book.addSheet(ws.name, book.sheets.length, Math.max(1000, ws.rowCount), Math.max(26, ws.columnCount));
    sheet.xlsx = { worksheetId: ws.id, foreignConditionalFormats: [] };
    sheet.hidden = ws.state !== 'visible';
    readCells(env, ws, sheet, pendingRanges);
    readSheetLayout(ws, sheet);
    readConditionalFormats(ws, sheet);
  }
  if (!book.sheets.length) book.addSheet(book.locale.startsWith('ru') ? 'Лист1' : 'Sheet1');
  // List validations pointing at ranges are resolved once every sheet exists.
  for (const p of pendingRanges) {
    const ref = parseA1(p.ref.replace(/\$/g, ''));
    const target = ref && (ref.sheet === undefined ? p.sheet : book.sheetByName(ref.sheet));
    if (ref && target && p.cell.validation) p.cell.validation.values = [{ sheetId: target.id, rect: resolveA1(ref, target.maxRows, target.maxColumns) }, true];
  }
  readDefinedNames(env, wb);
  const active = (wb.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  book.activeSheetId = (book.sheets[active] ?? book.sheets[0]).id;
  book.activeRange = undefined;
  env.workbookSource = { workbook: wb, file } satisfies XlsxSource;
}

function readCells(env: Env, ws: ExcelJS.Worksheet, sheet: SheetModel, pendingRanges: { cell: Cell; ref: string; sheet: SheetModel }[]): void {
  const locale = env.book.locale;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    if (row.hidden) sheet.hiddenRows.add(r);
    if (row.height) sheet.rowHeights.set(r, Math.round((row.height * 4) / 3));
    for (let c = 1; c <= row.cellCount; c++) {
      const xc = row.findCell(c) as XCell | undefined;
      if (!xc) continue;
      const cell: Cell = {};
      if (xc.type !== ExcelJS.ValueType.Merge) readValue(xc, cell);
      readStyle(xc, cell, locale);
      const note = xc.note as unknown;
      if (note) cell.note = typeof note === 'string' ? note : ((note as { texts?: { text: string }[] }).texts ?? []).map((t) => t.text).join('');
      if (Object.keys(cell).length) (sheet.rows[r - 1] ??= [])[c - 1] = cell;
    }
  }
  // Validation lives apart from cells (empty cells of a template column often carry a dropdown).
  const converted = new Map<unknown, ReturnType<typeof validationFromExcel>>();
  const model = (ws as unknown as { dataValidations: { model: Record<string, Json | undefined> } }).dataValidations.model;
  for (const [address, dv] of Object.entries(model)) {
    const ref = dv && dv.type ? parseA1(address) : null;
    if (!ref || ref.r1 === undefined || ref.c1 === undefined) continue;
    if (ref.r1 > 20000 || ref.c1 > 1000) {
      env.warn(`${sheet.name}: data validation beyond row 20000 or column 1000 is not loaded`);
      continue;
    }
    if (!converted.has(dv)) converted.set(dv, validationFromExcel(dv!));
    const v = converted.get(dv);
    if (!v) continue;
    sheet.maxRows = Math.max(sheet.maxRows, ref.r1);
    sheet.maxColumns = Math.max(sheet.maxColumns, ref.c1);
    const cell = sheet.cellForWrite(ref.r1, ref.c1);
    cell.validation = structuredClone(v.model);
    if (v.rangeRef) pendingRanges.push({ cell, ref: v.rangeRef, sheet });
  }
}

function resultValue(v: unknown): Stored | undefined {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) return serialFromDate(v);
  if (typeof v === 'object') {
    const o = v as Json;
    if (typeof o.error === 'string') return o.error;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if (typeof o.text === 'string') return o.text;
    return undefined;
  }
  return v as Stored;
}

function readValue(xc: XCell, cell: Cell): void {
  const T = ExcelJS.ValueType;
  switch (xc.type) {
    case T.Number:
    case T.String:
    case T.SharedString:
    case T.Boolean:
      cell.value = xc.value as Stored;
      break;
    case T.Date:
      cell.value = serialFromDate(xc.value as Date);
      break;
    case T.Formula: {
      const f = xc.formula;
      if (f) cell.formula = `=${f}`;
      const res = resultValue((xc.value as unknown as Json).result);
      if (res !== undefined && res !== '') cell.cached = res;
      break;
    }
    default: {
      const v = resultValue(xc.value);
      if (v !== undefined && v !== '') cell.value = v;
      const link = (xc.value as { hyperlink?: unknown } | null)?.hyperlink;
      if (typeof link === 'string' && link) cell.link = link;
    }
  }
}

/** Modelled style parts move into the cell; the rest stays in xlsxStyle for saving. */
function readStyle(xc: XCell, cell: Cell, locale: string): void {
  const style = structuredClone((xc.style ?? {}) as Json);
  const numFmt = style.numFmt as string | undefined;
  delete style.numFmt;
  const fmt = fromExcelFormat(numFmt, locale);
  if (fmt) cell.numberFormat = fmt;
  const font = style.font as Json | undefined;
  if (font) {
    if (font.bold) cell.bold = true;
    if (font.italic) cell.italic = true;
    if (font.strike) cell.strikethrough = true;
    if (typeof font.size === 'number') cell.fontSize = font.size;
    if (typeof font.name === 'string') cell.fontFamily = font.name;
    const color = fromArgb((font.color as Json | undefined)?.argb as string | undefined);
    if (color) {
      cell.fontColor = color;
      delete font.color;
    }
    for (const k of ['bold', 'italic', 'strike', 'size', 'name']) delete font[k];
    if (!Object.keys(font).length) delete style.font;
  }
  const fill = style.fill as Json | undefined;
  if (fill) {
    const bg = fill.type === 'pattern' && fill.pattern === 'solid' ? fromArgb((fill.fgColor as Json | undefined)?.argb as string | undefined) : null;
    if (bg) {
      cell.background = bg;
      delete style.fill;
    } else if (fill.type === 'pattern' && fill.pattern === 'none') delete style.fill;
  }
  const al = style.alignment as Json | undefined;
  if (al) {
    if (typeof al.horizontal === 'string') cell.hAlign = al.horizontal;
    if (typeof al.vertical === 'string') cell.vAlign = al.vertical;
    if (al.wrapText) cell.wrapStrategy = 'WRAP';
    for (const k of ['horizontal', 'vertical', 'wrapText']) delete al[k];
    if (!Object.keys(al).length) delete style.alignment;
  }
  for (const k of Object.keys(style)) if (style[k] === undefined || style[k] === null || (typeof style[k] === 'object' && !Object.keys(style[k] as object).length)) delete style[k];
  if (Object.keys(style).length) cell.xlsxStyle = style;
}

function validationFromExcel(dv: Json): { model: ValidationModel; rangeRef?: string } | null {
  const formulae = (dv.formulae as unknown[] | undefined) ?? [];
  const allowInvalid = !(dv.showErrorMessage && ((dv.errorStyle as string | undefined) ?? 'stop') === 'stop');
  const base = { allowInvalid, helpText: (dv.prompt as string | undefined) ?? '', xlsx: structuredClone(dv) };
  const op = (dv.operator as string | undefined) ?? 'between';
  const f0 = formulae[0];
  if (dv.type === 'list') {
    const text = String(f0 ?? '');
    if (/^".*"$/s.test(text)) return { model: { ...base, criteria: 'VALUE_IN_LIST', values: [text.slice(1, -1).split(',').map((s) => s.trim()), true] } };
    return { model: { ...base, criteria: 'VALUE_IN_RANGE', values: [null, true] }, rangeRef: text.replace(/^=/, '') };
  }
  if (dv.type === 'date') return { model: { ...base, criteria: 'DATE_IS_VALID_DATE', values: [] } };
  if (dv.type === 'whole' || dv.type === 'decimal') {
    const map: Record<string, CriteriaName> = {
      between: 'NUMBER_BETWEEN', notBetween: 'NUMBER_NOT_BETWEEN', equal: 'NUMBER_EQUAL_TO', notEqual: 'NUMBER_NOT_EQUAL_TO',
      greaterThan: 'NUMBER_GREATER_THAN', lessThan: 'NUMBER_LESS_THAN', greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
    };
    return { model: { ...base, criteria: map[op] ?? 'NUMBER_BETWEEN', values: formulae.map(Number) } };
  }
  if (dv.type === 'custom') return { model: { ...base, criteria: 'CUSTOM_FORMULA', values: [`=${String(f0 ?? '')}`] } };
  return null;
}

function readSheetLayout(ws: ExcelJS.Worksheet, sheet: SheetModel): void {
  for (const m of (ws.model as { merges?: string[] }).merges ?? []) {
    const ref = parseA1(m);
    if (ref) sheet.merges.push(resolveA1(ref, sheet.maxRows, sheet.maxColumns));
  }
  const view = ws.views?.[0] as Json | undefined;
  if (view?.state === 'frozen') {
    sheet.frozenRows = Number(view.ySplit ?? 0);
    sheet.frozenColumns = Number(view.xSplit ?? 0);
  }
  (ws.columns ?? []).forEach((col, i) => {
    if (!col) return;
    if (col.width) sheet.columnWidths.set(i + 1, widthToPx(col.width));
    if (col.hidden) sheet.hiddenColumns.add(i + 1);
  });
  const tab = fromArgb((ws.properties?.tabColor as { argb?: string } | undefined)?.argb);
  if (tab) sheet.tabColor = tab;
}

function formatFromExcel(style: Json | undefined): CfFormat {
  const f: CfFormat = {};
  const fill = style?.fill as Json | undefined;
  const bg = fromArgb(((fill?.bgColor ?? fill?.fgColor) as Json | undefined)?.argb as string | undefined);
  if (bg) f.background = bg;
  const font = style?.font as Json | undefined;
  const fc = fromArgb((font?.color as Json | undefined)?.argb as string | undefined);
  if (fc) f.fontColor = fc;
  if (font?.bold !== undefined) f.bold = !!font.bold;
  if (font?.italic !== undefined) f.italic = !!font.italic;
  if (font?.strike !== undefined) f.strikethrough = !!font.strike;
  return f;
}

function conditionFromExcel(rule: Json): { type: BooleanCriteriaName; values: unknown[] } | null {
  const formulae = (rule.formulae as unknown[] | undefined) ?? [];
  const op = rule.operator as string | undefined;
  switch (rule.type) {
    case 'expression': return { type: 'CUSTOM_FORMULA', values: [`=${String(formulae[0] ?? '')}`] };
    case 'containsBlanks': return { type: 'CELL_EMPTY', values: [] };
    case 'notContainsBlanks': return { type: 'CELL_NOT_EMPTY', values: [] };
    case 'containsText': {
      const map: Record<string, BooleanCriteriaName> = { containsText: 'TEXT_CONTAINS', notContains: 'TEXT_DOES_NOT_CONTAIN', beginsWith: 'TEXT_STARTS_WITH', endsWith: 'TEXT_ENDS_WITH' };
      return map[op ?? 'containsText'] ? { type: map[op ?? 'containsText'], values: [String(rule.text ?? '')] } : null;
    }
    case 'cellIs': {
      const f = String(formulae[0] ?? '');
      const literal = /^"(.*)"$/s.exec(f);
      if (literal) return op === 'equal' ? { type: 'TEXT_EQUAL_TO', values: [literal[1].replace(/""/g, '"')] } : op === 'notEqual' ? { type: 'TEXT_NOT_EQUAL_TO', values: [literal[1]] } : null;
      const n = Number(f);
      if (!Number.isFinite(n)) return null;
      const map: Record<string, BooleanCriteriaName> = {
        equal: 'NUMBER_EQUAL_TO', notEqual: 'NUMBER_NOT_EQUAL_TO', greaterThan: 'NUMBER_GREATER_THAN', lessThan: 'NUMBER_LESS_THAN',
        greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO', between: 'NUMBER_BETWEEN', notBetween: 'NUMBER_NOT_BETWEEN',
      };
      return map[op ?? ''] ? { type: map[op ?? ''], values: formulae.map(Number) } : null;
    }
    default: return null;
  }
}

function readConditionalFormats(ws: ExcelJS.Worksheet, sheet: SheetModel): void {
  const found: { priority: number; rule: CfRuleModel }[] = [];
  for (const block of ((ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? []) as { ref: string; rules: Json[] }[]) {
    const ranges = String(block.ref).split(/\s+/).map((a) => parseA1(a)).filter((r): r is NonNullable<typeof r> => !!r).map((r) => resolveA1(r, sheet.maxRows, sheet.maxColumns));
    const foreign: Json[] = [];
    for (const rule of block.rules) {
      const condition = conditionFromExcel(rule);
      if (condition && ranges.length) found.push({ priority: Number(rule.priority ?? 0), rule: { condition, format: formatFromExcel(rule.style as Json | undefined), ranges } });
      else foreign.push(rule);
    }
    if (foreign.length) sheet.xlsx!.foreignConditionalFormats.push({ ref: block.ref, rules: foreign });
  }
  sheet.cfRules = found.sort((a, b) => a.priority - b.priority).map((f) => f.rule);
}

function readDefinedNames(env: Env, wb: ExcelJS.Workbook): void {
  const model = (wb.definedNames as unknown as { model?: { name: string; ranges: string[] }[] }).model ?? [];
  for (const dn of model) {
    const ref = dn.ranges[0] ? parseA1(dn.ranges[0].replace(/\$/g, '')) : null;
    const sheet = ref?.sheet ? env.book.sheetByName(ref.sheet) : undefined;
    if (ref && sheet) env.book.namedRanges.set(dn.name, { sheetId: sheet.id, rect: resolveA1(ref, sheet.maxRows, sheet.maxColumns) });
  }
}

// ================================================================= loading csv

export interface CsvOptions {
  /** Name of the sheet to create or replace; defaults to the file's base name (or the first sheet's). */
  sheetName?: string;
  /** ',' ';' or '\t'; guessed from the first line when omitted (Russian Excel writes ';'). */
  delimiter?: string;
}

/**
 * Loads a CSV (a path or its bytes) into one sheet, every cell as the text it is — like a plain-text
 * column: "1.1" stays "1.1", "01.09.2025" stays a string. UTF-8 (with or without BOM) or, failing
 * that, Windows-1251. A fresh spreadsheet's empty first sheet is replaced.
 */
export function loadCsv(emu: Emulator, file: string | Buffer, opts: CsvOptions = {}): void {
  const env = emu.env;
  const bytes = typeof file === 'string' ? readFileSync(file) : file;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1251').decode(bytes);
  }
  text = text.replace(/^\ufeff/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = opts.delimiter ?? [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0].d;
  const rows = parseCsvText(text, delimiter);
  const book = env.book;
  const name = opts.sheetName ?? (typeof file === 'string' ? path.basename(file).replace(/\.[^.]+$/, '') : book.sheets[0].name);
  const only = book.sheets.length === 1 && book.sheets[0].usedExtent().rows === 0 ? book.sheets[0] : undefined;
  let sheet = book.sheetByName(name) ?? only;
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (sheet) {
    sheet.name = name;
    sheet.rows = [];
    sheet.merges = [];
    sheet.cfRules = [];
  } else sheet = book.addSheet(name);
  sheet.maxRows = Math.max(1000, rows.length);
  sheet.maxColumns = Math.max(26, width);
  rows.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v !== '') sheet!.cellForWrite(i + 1, j + 1).value = v;
    });
  });
}

// ================================================================= saving xlsx

export interface SaveOptions {
  /**
   * 'live' (default): conditional formats become Excel 'expression' rules, so Excel/LibreOffice colour
   * by TODAY() when the file is opened. { bakedOn: 'YYYY-MM-DD' }: the colours of that day are written
   * as static fills and no rules (for a demo on a fixed date).
   */
  colours?: 'live' | { bakedOn: string };
  /**
   * Print layout written into the named sheets on every save (the caller's product decision; an office suite
   * that re-saved the file may have dropped it): orientation, pages across, rows repeated on every page.
   * Sheets has no page-setup API, so the emulator has nothing of its own to export here.
   */
  print?: Record<string, { orientation: 'landscape' | 'portrait'; fitToWidth: number; repeatRows: number }>;
}

/**
 * Writes the spreadsheet to .xlsx and returns the bytes (also written to `file` when given). With a
 * loaded workbook it patches that one in place; otherwise it makes a new workbook and keeps it on the
 * emulator, so later saves patch it too.
 */
export async function saveXlsx(emu: Emulator, file?: string, opts: SaveOptions = {}): Promise<Buffer> {
  const env = emu.env;
  let src = sourceOf(env);
  if (!src) {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'roadmap-tracker';
    src = { workbook };
    env.workbookSource = src;
  }
  const wb = src.workbook;
  const book = env.book;
  const keep = new Set(book.sheets.map((s) => s.xlsx?.worksheetId).filter((id): id is number => id !== undefined && !!wb.getWorksheet(id)));
  for (const ws of wb.worksheets) if (!keep.has(ws.id)) wb.removeWorksheet(ws.id);
  // Two passes of names so that swapped or re-cased names do not collide.
  const sheetsWs = book.sheets.map((sheet) => {
    let ws = sheet.xlsx ? wb.getWorksheet(sheet.xlsx.worksheetId) : undefined;
    if (!ws) {
      // A new sheet prints landscape, one page wide (the user's own sheets keep their print settings).
      ws = wb.addWorksheet(`__emulator_${sheet.id}`, { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
      sheet.xlsx = { worksheetId: ws.id, foreignConditionalFormats: [] };
    } else ws.name = `__emulator_${sheet.id}`;
    return ws;
  });
  book.sheets.forEach((sheet, i) => {
    const ws = sheetsWs[i];
    ws.name = excelSheetName(env, sheet.name);
    (ws as unknown as { orderNo: number }).orderNo = i;
    ws.state = sheet.hidden ? 'hidden' : 'visible';
    writeSheet(env, ws, sheet, opts);
    const print = opts.print?.[sheet.name];
    if (print) {
      ws.pageSetup = { ...ws.pageSetup, orientation: print.orientation, paperSize: 9, fitToPage: true, fitToWidth: print.fitToWidth, fitToHeight: 0 };
      if (print.repeatRows > 0) ws.pageSetup.printTitlesRow = `1:${print.repeatRows}`;
    }
  });
  const activeIndex = Math.max(0, book.sheets.findIndex((s) => s.id === book.activeSheetId));
  wb.views = [{ ...((wb.views?.[0] ?? {}) as object), activeTab: activeIndex, firstSheet: 0, visibility: 'visible' } as ExcelJS.WorkbookView];
  writeDefinedNames(env, wb);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  if (file) writeFileSync(file, buffer);
  return buffer;
}

/** Excel allows 31 characters and no []:*?/\ in a sheet name; Sheets allows more. */
function excelSheetName(env: Env, name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, '_').replace(/^'|'$/g, '_').slice(0, 31);
  if (clean !== name) env.warn(`Sheet "${name}" is saved to xlsx as "${clean}" (Excel's sheet-name rules)`);
  return clean;
}

function writeSheet(env: Env, ws: ExcelJS.Worksheet, sheet: SheetModel, opts: SaveOptions): void {
  for (const m of [...((ws.model as { merges?: string[] }).merges ?? [])]) ws.unMergeCells(m);
  const baked = typeof opts.colours === 'object' ? opts.colours.bakedOn : undefined;
  const used = sheet.usedExtent();
  const rows = Math.max(used.rows, ws.rowCount);
  const cols = Math.max(used.columns, ws.columnCount);
  const ev = new Evaluation(env.book, sheet, env.clock.nowMs(), (m) => env.warn(m));
  const rendered = baked && rows && cols
    ? renderStyles(env.book, sheet, { row: 1, col: 1, numRows: rows, numCols: cols }, baked, env.clock.nowMs(), (m) => env.warn(m))
    : undefined;
  const dv = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  for (const k of Object.keys(dv)) delete dv[k];
  const cellRules = new Map<string, { r: number; c: number; v: Json; key: string }>();
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const cell = sheet.cell(r, c);
      const existing = ws.findCell(r, c) as XCell | undefined;
      const look = rendered?.[r - 1]?.[c - 1];
      const staticBg = cell?.background ?? '#ffffff';
      const bakedChange = look && (look.background !== staticBg || look.fontColor !== (cell?.fontColor ?? '#000000') || look.bold !== !!cell?.bold);
      if ((!cell || Object.keys(cell).length === 0) && !existing && !bakedChange) continue;
      const xc = ws.getCell(r, c) as XCell;
      writeValue(xc, sheet, cell, r, c, ev);
      xc.style = styleFor(cell, bakedChange ? look : undefined) as Partial<ExcelJS.Style>;
      if (cell?.note) xc.note = cell.note;
      else if (xc._comment) xc._comment = undefined;
      const v = cell?.validation && validationToExcel(env, sheet, cell.validation, cellA1(r, c));
      if (v) cellRules.set(cellA1(r, c), { r, c, v, key: JSON.stringify(v) });
    }
  }
  // Runs of one rule down a column become one range. (Left per cell, exceljs groups them after sorting the
  // addresses as text — I10 before I2 — and writes overlapping ranges such as I2:I1000 and I10:I1000.)
  for (const [range, v] of validationRanges([...cellRules.values()])) dv[range] = v;
  for (const m of sheet.merges) ws.mergeCellsWithoutStyle(rectA1(m));
  writeLayout(ws, sheet);
  writeConditionalFormats(ws, sheet, !!baked);
}

/** Cells with a rule → "A1:A9" ranges, one per run of equal rules down a column. */
function validationRanges(cells: { r: number; c: number; v: Json; key: string }[]): [string, Json][] {
  const out: [string, Json][] = [];
  const sorted = cells.slice().sort((a, b) => a.c - b.c || a.r - b.r);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].c === sorted[i].c && sorted[j + 1].r === sorted[j].r + 1 && sorted[j + 1].key === sorted[i].key) j++;
    const a = cellA1(sorted[i].r, sorted[i].c);
    out.push([i === j ? a : `${a}:${cellA1(sorted[j].r, sorted[j].c)}`, sorted[i].v]);
    i = j + 1;
  }
  return out;
}

function writeValue(xc: XCell, sheet: SheetModel, cell: Cell | undefined, r: number, c: number, ev: Evaluation): void {
  if (!cell || (cell.value === undefined && cell.formula === undefined)) {
    xc.value = null;
    return;
  }
  const asDate = isDateFormat(cell.numberFormat);
  if (cell.formula) {
    const v = ev.cellValue(sheet, r, c);
    const result = v instanceof FormulaError ? { error: v.code } : typeof v === 'number' && asDate ? dateFromSerial(v) : v ?? undefined;
    xc.value = { formula: cell.formula.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue;
    return;
  }
  const v = cell.value!;
  if (cell.link && typeof v === 'string') {
    xc.value = { text: v, hyperlink: cell.link } as ExcelJS.CellHyperlinkValue;
    return;
  }
  xc.value = typeof v === 'number' && asDate ? dateFromSerial(v) : v;
}

function styleFor(cell: Cell | undefined, look?: { background: string; fontColor: string; bold: boolean }): Json {
  const style = structuredClone((cell?.xlsxStyle ?? {}) as Json);
  if (!cell && !look) return style;
  const font = { ...((style.font as Json | undefined) ?? {}) };
  const bold = look ? look.bold : !!cell?.bold;
  if (bold) font.bold = true;
  if (cell?.italic) font.italic = true;
  if (cell?.strikethrough) font.strike = true;
  if (cell?.fontSize) font.size = cell.fontSize;
  if (cell?.fontFamily) font.name = cell.fontFamily;
  const fontColor = look ? (look.fontColor !== '#000000' ? look.fontColor : cell?.fontColor) : cell?.fontColor;
  if (fontColor) font.color = { argb: toArgb(fontColor) };
  if (Object.keys(font).length) style.font = font;
  const bg = look ? (look.background !== '#ffffff' ? look.background : cell?.background) : cell?.background;
  if (bg) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: toArgb(bg) } };
  const alignment = { ...((style.alignment as Json | undefined) ?? {}) };
  if (cell?.hAlign) alignment.horizontal = cell.hAlign === 'normal' ? 'general' : cell.hAlign;
  if (cell?.vAlign) alignment.vertical = cell.vAlign;
  if (cell?.wrapStrategy === 'WRAP') alignment.wrapText = true;
  if (Object.keys(alignment).length) style.alignment = alignment;
  if (cell?.numberFormat) style.numFmt = toExcelFormat(cell.numberFormat);
  return style;
}

function validationToExcel(env: Env, sheet: SheetModel, v: ValidationModel, where: string): Json | undefined {
  if (v.xlsx) return structuredClone(v.xlsx);
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: v.allowInvalid ? 'warning' : 'stop',
    ...(v.helpText ? { showInputMessage: true, prompt: v.helpText } : {}),
  };
  switch (v.criteria) {
    case 'VALUE_IN_LIST': {
      const items = (v.values[0] as string[]).map(String);
      const list = `"${items.join(',')}"`;
      if (items.some((s) => s.includes(',') || s.includes('"')) || list.length > 257) {
        env.warn(`${sheet.name}!${where}: a dropdown list with commas, quotes or over 255 characters cannot be written inline to xlsx; skipped`);
        return undefined;
      }
      return { type: 'list', formulae: [list], ...common };
    }
    case 'VALUE_IN_RANGE': {
      const ref = v.values[0] as { sheetId: number; rect: Rect } | null;
      const target = ref && env.book.sheetById(ref.sheetId);
      if (!ref || !target) return undefined;
      const abs = rectA1(ref.rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
      return { type: 'list', formulae: [`${quoteSheetName(target.name)}!${abs}`], ...common };
    }
    case 'DATE_IS_VALID_DATE':
      return { type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))], ...common };
    case 'NUMBER_BETWEEN': case 'NUMBER_NOT_BETWEEN': case 'NUMBER_EQUAL_TO': case 'NUMBER_NOT_EQUAL_TO':
    case 'NUMBER_GREATER_THAN': case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': case 'NUMBER_LESS_THAN': case 'NUMBER_LESS_THAN_OR_EQUAL_TO': {
      const op: Record<string, string> = {
        NUMBER_BETWEEN: 'between', NUMBER_NOT_BETWEEN: 'notBetween', NUMBER_EQUAL_TO: 'equal', NUMBER_NOT_EQUAL_TO: 'notEqual',
        NUMBER_GREATER_THAN: 'greaterThan', NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual', NUMBER_LESS_THAN: 'lessThan', NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
      };
      return { type: 'decimal', operator: op[v.criteria], formulae: v.values.map(Number), ...common };
    }
    case 'CUSTOM_FORMULA':
      return { type: 'custom', formulae: [String(v.values[0]).replace(/^=/, '')], ...common };
    default:
      env.warn(`${sheet.name}!${where}: data validation ${v.criteria} has no xlsx form; skipped`);
      return undefined;
  }
}

function writeLayout(ws: ExcelJS.Worksheet, sheet: SheetModel): void {
  const view = { ...((ws.views?.[0] ?? {}) as Json) };
  if (sheet.frozenRows || sheet.frozenColumns) {
    Object.assign(view, { state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows, topLeftCell: cellA1(sheet.frozenRows + 1, sheet.frozenColumns + 1) });
  } else {
    view.state = 'normal';
    delete view.xSplit;
    delete view.ySplit;
    delete view.topLeftCell;
  }
  ws.views = [view as unknown as ExcelJS.WorksheetView];
  const lastCol = Math.max(ws.columnCount, ...sheet.columnWidths.keys(), ...sheet.hiddenColumns, 0);
  for (let c = 1; c <= lastCol; c++) {
    const px = sheet.columnWidths.get(c);
    const hidden = sheet.hiddenColumns.has(c);
    const existing = ws.columns?.[c - 1];
    if (px === undefined && !hidden && !existing) continue;
    const col = ws.getColumn(c);
    if (px !== undefined) col.width = pxToWidth(px);
    col.hidden = hidden;
  }
  for (let r = 1; r <= Math.max(ws.rowCount, ...sheet.rowHeights.keys(), ...sheet.hiddenRows, 0); r++) {
    const px = sheet.rowHeights.get(r) ?? autoFitHeight(sheet, r);
    const hidden = sheet.hiddenRows.has(r);
    const existing = ws.findRow(r);
    if (px === undefined && !hidden && !existing) continue;
    const row = ws.getRow(r);
    if (px !== undefined) row.height = (px * 3) / 4;
    row.hidden = hidden;
  }
  if (sheet.tabColor) ws.properties.tabColor = { argb: toArgb(sheet.tabColor) };
  else delete (ws.properties as { tabColor?: unknown }).tabColor;
}

/** Sheets' default column width and line height, in pixels. */
const DEFAULT_COLUMN_PX = 100;
const LINE_PX = 17;
/** An average character of Arial 10 (Cyrillic included), in pixels: enough to count wrapped lines. */
const CHAR_PX = 7;

/**
 * The height Sheets gives a row by itself: it grows to fit wrapped text. LibreOffice and Excel keep
 * the stored height of an .xlsx row, so without this a long cell shows one line. undefined: default.
 */
function autoFitHeight(sheet: SheetModel, r: number): number | undefined {
  let lines = 1;
  for (let c = 1; c <= sheet.lastColumn(); c++) {
    const cell = sheet.cell(r, c);
    if (!cell || cell.wrapStrategy !== 'WRAP' || typeof cell.value !== 'string' || !cell.value) continue;
    const merge = sheet.mergeAt(r, c);
    if (merge && (merge.row !== r || merge.col !== c || merge.numRows > 1)) continue;
    let width = 0;
    for (let k = c; k < c + (merge ? merge.numCols : 1); k++) width += sheet.columnWidths.get(k) ?? DEFAULT_COLUMN_PX;
    const perLine = Math.max(1, Math.floor((width - 8) / CHAR_PX));
    const n = cell.value.split('\n').reduce((sum, line) => sum + wrappedLines(line, perLine), 0);
    lines = Math.max(lines, n);
  }
  return lines > 1 ? lines * LINE_PX + 4 : undefined;
}

/**
 * Lines a wrapped text takes, breaking as office suites do: at spaces and after «/», «?», «&», «=», «-»
 * (web addresses), a longer piece character by character. Counting characters alone undercounts a line
 * that ends early because the next word does not fit, and the last line of a link was cut off.
 */
function wrappedLines(line: string, perLine: number): number {
  const pieces = line.match(/[^\s/?&=-]*[\s/?&=-]?/g)?.filter((p) => p) ?? [];
  let lines = 1;
  let used = 0;
  for (const p of pieces) {
    const len = p.trimEnd().length;
    if (used + len <= perLine) { used += p.length; continue; }
    if (len > perLine) { lines += Math.ceil((len - (perLine - used)) / perLine); used = len % perLine; continue; }
    lines++;
    used = p.length;
  }
  return lines;
}

/** A rule's condition as an Excel expression for the top-left cell of its first range. */
function expressionFor(rule: CfRuleModel): string | null {
  const top = rule.ranges[0];
  const tl = cellA1(top.row, top.col);
  const v = rule.condition.values;
  const str = (x: unknown): string => `"${String(x).replace(/"/g, '""')}"`;
  const day = (x: unknown): number => Math.floor(serialFromDate(new Date((x as { dateMs: number }).dateMs)));
  switch (rule.condition.type) {
    case 'CUSTOM_FORMULA': return String(v[0]).replace(/^=/, '');
    case 'CELL_EMPTY': return `LEN(TRIM(${tl}))=0`;
    case 'CELL_NOT_EMPTY': return `LEN(TRIM(${tl}))>0`;
    case 'TEXT_EQUAL_TO': return `${tl}=${str(v[0])}`;
    case 'TEXT_NOT_EQUAL_TO': return `${tl}<>${str(v[0])}`;
    case 'TEXT_CONTAINS': return `ISNUMBER(SEARCH(${str(v[0])},${tl}))`;
    case 'TEXT_DOES_NOT_CONTAIN': return `ISERROR(SEARCH(${str(v[0])},${tl}))`;
    case 'TEXT_STARTS_WITH': return `LEFT(${tl},LEN(${str(v[0])}))=${str(v[0])}`;
    case 'TEXT_ENDS_WITH': return `RIGHT(${tl},LEN(${str(v[0])}))=${str(v[0])}`;
    case 'NUMBER_EQUAL_TO': return `AND(ISNUMBER(${tl}),${tl}=${Number(v[0])})`;
    case 'NUMBER_NOT_EQUAL_TO': return `${tl}<>${Number(v[0])}`;
    case 'NUMBER_GREATER_THAN': return `AND(ISNUMBER(${tl}),${tl}>${Number(v[0])})`;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return `AND(ISNUMBER(${tl}),${tl}>=${Number(v[0])})`;
    case 'NUMBER_LESS_THAN': return `AND(ISNUMBER(${tl}),${tl}<${Number(v[0])})`;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO': return `AND(ISNUMBER(${tl}),${tl}<=${Number(v[0])})`;
    case 'NUMBER_BETWEEN': return `AND(ISNUMBER(${tl}),${tl}>=${Number(v[0])},${tl}<=${Number(v[1])})`;
    case 'NUMBER_NOT_BETWEEN': return `AND(ISNUMBER(${tl}),OR(${tl}<${Number(v[0])},${tl}>${Number(v[1])}))`;
    case 'DATE_BEFORE': return `AND(ISNUMBER(${tl}),INT(${tl})<${day(v[0])})`;
    case 'DATE_AFTER': return `AND(ISNUMBER(${tl}),INT(${tl})>${day(v[0])})`;
    case 'DATE_EQUAL_TO': return `AND(ISNUMBER(${tl}),INT(${tl})=${day(v[0])})`;
    case 'DATE_NOT_EQUAL_TO': return `AND(ISNUMBER(${tl}),INT(${tl})<>${day(v[0])})`;
    default: return null;
  }
}

function writeConditionalFormats(ws: ExcelJS.Worksheet, sheet: SheetModel, baked: boolean): void {
  const out: { ref: string; rules: Json[] }[] = [];
  let priority = 1;
  if (!baked) {
    for (const rule of sheet.cfRules) {
      if (!rule.ranges.length) continue;
      const expr = expressionFor(rule);
      if (expr === null) continue;
      const f = rule.format;
      const style: Json = {};
      if (f.background) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: toArgb(f.background) }, fgColor: { argb: toArgb(f.background) } };
      const font: Json = {};
      if (f.fontColor) font.color = { argb: toArgb(f.fontColor) };
      if (f.bold !== undefined && f.bold !== null) font.bold = f.bold;
      if (f.italic !== undefined && f.italic !== null) font.italic = f.italic;
      if (f.strikethrough !== undefined && f.strikethrough !== null) font.strike = f.strikethrough;
      if (Object.keys(font).length) style.font = font;
      out.push({ ref: rule.ranges.map(rectA1).join(' '), rules: [{ type: 'expression', priority: priority++, formulae: [expr], style }] });
    }
  }
  for (const block of (sheet.xlsx?.foreignConditionalFormats ?? []) as { ref: string; rules: Json[] }[]) {
    out.push({ ref: block.ref, rules: block.rules.map((r) => ({ ...r, priority: priority++ })) });
  }
  (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings = out;
}

function writeDefinedNames(env: Env, wb: ExcelJS.Workbook): void {
  const names = wb.definedNames as unknown as { add(location: string, name: string): void; model: unknown[] };
  for (const [name, n] of env.book.namedRanges) {
    const sheet = env.book.sheetById(n.sheetId);
    if (!sheet) continue;
    const abs = rectA1(n.rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    try {
      names.add(`${quoteSheetName(excelSheetName(env, sheet.name))}!${abs}`, name);
    } catch {
      env.warn(`Named range ${name} could not be written to xlsx`);
    }
  }
}

/** True if `file` looks like an xlsx path that exists (a convenience for command-line tools). */
export function isXlsxFile(file: string): boolean {
  return /\.xlsx$/i.test(file) && existsSync(file);
}
