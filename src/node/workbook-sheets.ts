// Set-up on an .xlsx workbook: the sheets the tracker needs that are missing (the sample roadmap for
// --new, «Настройки» rows, «Ответственные» names, «Контрольные точки» with its header, formats and
// dropdown), each written only where nothing was typed. The same look as the Google shell makes
// (src/shell/*-sheet.ts), in exceljs terms. Runs in Node and in the browser.
import type * as ExcelJS from 'exceljs';
import {
  CHECKPOINT_FIELDS, CHECKPOINT_HEADERS, CHECKPOINT_WIDTHS, CHECKPOINT_WRAPPED, COLOURS, formatRu, monthRu, nameKey,
  PEOPLE_FIELDS, PEOPLE_HEADERS, PEOPLE_WIDTHS, responsibleNames, ROADMAP_FIELD_NAMES, SEED_SECTIONS, SETTINGS_HEADERS,
  SETTINGS_HINTS, SETTINGS_LABELS, SETTINGS_WIDTHS, SHEETS, STATUS_LIST, WEEKDAYS, type CheckpointColumns, type CheckpointField,
  type SettingKey, type Tracker,
} from '../core';
import { DATE_FORMAT } from './xlsx-cells';

/** '#d9ead3' → exceljs ARGB. */
export const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;
const fill = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });
/** Sheets' pixel widths (views/sheet-layout.ts) as Excel character widths (7 px per character, 5 px padding). */
export const chars = (px: number): number => Math.max(1, Math.round(((px - 5) / 7) * 10) / 10);

function header(ws: ExcelJS.Worksheet, row: number, values: string[], colour: string | string[]): void {
  values.forEach((v, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = v;
    cell.font = { bold: true };
    cell.fill = fill(Array.isArray(colour) ? colour[i] : colour);
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
}

const frozenTop = (ws: ExcelJS.Worksheet): void => {
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
};

/** The sample plan (4 sections, 14 activities) on a new «Дорожная карта» sheet. */
export function seedRoadmapSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(SHEETS.roadmap);
  const names = [ROADMAP_FIELD_NAMES.number, ROADMAP_FIELD_NAMES.name, ROADMAP_FIELD_NAMES.deadline, ROADMAP_FIELD_NAMES.responsible, ROADMAP_FIELD_NAMES.result];
  header(ws, 1, names, COLOURS.planHeader);
  let r = 2;
  for (const s of SEED_SECTIONS) {
    const cell = ws.getCell(r, 1);
    cell.value = `${s.number}. ${s.title}`;
    ws.mergeCells(r, 1, r, 5);
    cell.font = { bold: true };
    cell.fill = fill(COLOURS.section);
    r++;
    for (const a of s.activities) {
      [a.number, a.name, a.deadline, a.responsible, a.result].forEach((v, i) => {
        const c = ws.getCell(r, i + 1);
        c.value = v;
        c.alignment = { wrapText: true, vertical: 'top' };
      });
      // «1.1» is text: a spreadsheet program must not read it as a date or a number.
      ws.getCell(r, 1).numFmt = '@';
      r++;
    }
  }
  frozenTop(ws);
  [60, 420, 170, 150, 300].forEach((w, i) => (ws.getColumn(i + 1).width = chars(w)));
  return ws;
}

function settingDefault(key: SettingKey, t: Tracker): string | number {
  const s = t.settings.settings;
  switch (key) {
    case 'organisation': return s.organisation;
    case 'planTitle': return s.planTitle;
    case 'from': return monthRu(s.plan.from);
    case 'to': return monthRu(s.plan.to);
    case 'approved': return s.plan.approved ? formatRu(s.plan.approved) : '';
    case 'horizon': return s.horizonDays;
    case 'digestDay': return WEEKDAYS[0];
    case 'digestHour': return 8;
    default: return '';
  }
}

/** «Настройки»: created if missing; labels with no row get one with the value the tracker used. */
export function ensureSettingsSheet(wb: ExcelJS.Workbook, t: Tracker): void {
  const missing = t.settings.missing;
  if (!missing.length) return;
  let ws = wb.getWorksheet(SHEETS.settings);
  const fresh = !ws;
  ws ??= wb.addWorksheet(SHEETS.settings);
  let row = lastUsedRow(ws) + 1;
  if (fresh) {
    header(ws, 1, [SETTINGS_HEADERS.key, SETTINGS_HEADERS.value, SETTINGS_HEADERS.hint], COLOURS.peopleHeader);
    frozenTop(ws);
    SETTINGS_WIDTHS.forEach((w, i) => (ws!.getColumn(i + 1).width = chars(w)));
    row = 2;
  }
  for (const key of missing) {
    // Month and date values stay text («12.2022»), as typed: the settings reader reads both.
    [SETTINGS_LABELS[key], settingDefault(key, t), SETTINGS_HINTS[key]].forEach((v, i) => {
      const c = ws!.getCell(row, i + 1);
      c.value = v;
      // Labels, values and hints start on one line (a label at the bottom of a tall row reads as the next one's).
      c.alignment = { wrapText: true, horizontal: 'left', vertical: 'top' };
    });
    row++;
  }
}

/** «Ответственные»: created if missing; names the roadmap uses that are not listed are added, email empty. */
export function ensurePeopleSheet(wb: ExcelJS.Workbook, t: Tracker): void {
  let ws = wb.getWorksheet(SHEETS.people);
  const fresh = !ws;
  ws ??= wb.addWorksheet(SHEETS.people);
  const unlisted: string[] = [];
  for (const a of t.roadmap.activities) {
    for (const n of responsibleNames(a.responsible)) {
      if (!t.people.has(n) && !unlisted.some((x) => nameKey(x) === nameKey(n))) unlisted.push(n);
    }
  }
  if (fresh) {
    header(ws, 1, [PEOPLE_HEADERS.name, PEOPLE_HEADERS.emails, PEOPLE_HEADERS.comment], COLOURS.peopleHeader);
    frozenTop(ws);
    PEOPLE_WIDTHS.forEach((w, i) => (ws!.getColumn(i + 1).width = chars(w)));
  }
  let row = fresh ? 2 : lastUsedRow(ws) + 1;
  for (const name of unlisted) ws.getCell(row++, 1).value = name;
}

/** «Контрольные точки» with its header: grey for the script's columns, green for people's; the key column hidden. */
export function createCheckpointSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(SHEETS.checkpoints);
  // Column styles first (a cell made later takes its column's style; the header keeps its own): nothing cut
  // off at the default width — names, people, states and links wrap and the row grows.
  CHECKPOINT_FIELDS.forEach((f, i) => {
    const column = ws.getColumn(i + 1);
    column.width = chars(CHECKPOINT_WIDTHS[f]);
    column.alignment = CHECKPOINT_WRAPPED.includes(f) ? { wrapText: true, vertical: 'top' } : { vertical: 'top' };
  });
  header(ws, 1, CHECKPOINT_FIELDS.map((f) => CHECKPOINT_HEADERS[f]),
    CHECKPOINT_FIELDS.map((f) => (PEOPLE_FIELDS.includes(f) ? COLOURS.peopleHeader : COLOURS.scriptHeader)));
  frozenTop(ws);
  ws.getColumn(CHECKPOINT_FIELDS.indexOf('key') + 1).hidden = true;
  return ws;
}

export const columnLetter = (n: number): string => {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};

/** Rows kept formatted (and coloured) below the last checkpoint, for rows people add by hand. */
export const SPARE_ROWS = 500;

/**
 * The status dropdown and the date check on whole column ranges (one rule per column, not per cell),
 * renewed each set-up to reach below the last row. On a new sheet also the columns' formats (text for
 * «1.1», dates); on an existing one the formats stay as people left them: cells the script writes get
 * the date format as they are written (xlsx-cells.ts).
 */
export function formatCheckpointColumns(ws: ExcelJS.Worksheet, columns: CheckpointColumns, lastRow: number, created: boolean): void {
  const bottom = lastRow + SPARE_ROWS;
  const model = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  // exceljs reads a saved range back as one entry per cell, and on writing groups cells after sorting their
  // addresses as text (I10 before I2): left in place they came out as I10:I533 over I2:I533. So every rule
  // below the header in these two columns is dropped, whatever its shape, and one range written.
  for (const f of ['status', 'done'] as CheckpointField[]) {
    const inColumn = new RegExp(`^${columnLetter(columns[f] + 1)}(\\d+)(:[A-Z]+\\d+)?$`);
    for (const address of Object.keys(model)) {
      const m = inColumn.exec(address);
      if (m && Number(m[1]) >= 2) delete model[address];
    }
  }
  const range = (f: CheckpointField): string => `${columnLetter(columns[f] + 1)}2:${columnLetter(columns[f] + 1)}${bottom}`;
  model[range('status')] = { type: 'list', allowBlank: true, formulae: [`"${STATUS_LIST.join(',')}"`], showErrorMessage: false };
  model[range('done')] = { type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date(Date.UTC(1900, 0, 1))], showErrorMessage: false };
  if (!created) return;
  for (const f of ['start', 'due', 'done'] as CheckpointField[]) ws.getColumn(columns[f] + 1).numFmt = DATE_FORMAT;
  for (const f of ['number', 'period'] as CheckpointField[]) ws.getColumn(columns[f] + 1).numFmt = '@';
}

/** The last row holding a value (exceljs's rowCount also counts rows that only carry a style). */
export function lastUsedRow(ws: ExcelJS.Worksheet): number {
  for (let r = ws.rowCount; r >= 1; r--) {
    const row = ws.findRow(r);
    if (row && row.hasValues) return r;
  }
  return 0;
}
