// The roadmap sheet: finding it (by name, or any sheet with a recognisable header), seeding it with
// the sample plan when the spreadsheet has none, and writing the script's roll-up columns.
import { formatRu } from '../core/calendar';
import { readRoadmap, REQUIRED_FIELDS, type Roadmap, type RoadmapRead } from '../core/roadmap';
import type { ActivityView, Overview } from '../core/overview';
import { cellText } from '../core/cells';
import { SEED_SECTIONS } from '../core/seed';
import { NOTES, progressText, ROADMAP_FIELD_NAMES, ROLLUP_HEADERS, SHEETS } from '../text/ru';
import { COLOURS } from '../views/colours';
import { activityStateText } from '../views/state-text';
import { ROLLUP_WIDTHS } from '../views/sheet-layout';
import { dateValue, ensureSize, parseA1Box, readGrid, toSheetValue, writeBlock, type Grid, type SheetValue } from './sheet-io';
import { protectColumns } from './protection';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RoadmapSheet {
  sheet: Sheet;
  grid: Grid;
  read: RoadmapRead;
}

/** Rows of a merged range that spans several columns: section titles in PDFs and Word tables. */
function mergedRows(sheet: Sheet, grid: Grid): Set<number> {
  const rows = new Set<number>();
  if (!grid.lastRow) return rows;
  // One call per merged range (its A1 notation), not four.
  for (const m of sheet.getRange(1, 1, grid.lastRow, grid.lastColumn).getMergedRanges()) {
    const box = parseA1Box(m.getA1Notation());
    if (box && box.lastColumn > box.column) for (let r = box.row; r <= box.lastRow; r++) rows.add(r - 1);
  }
  return rows;
}

export function readRoadmapSheet(sheet: Sheet, timeZone: string): RoadmapSheet {
  const grid = readGrid(sheet, timeZone);
  return { sheet, grid, read: readRoadmap(grid.values, { mergedRows: mergedRows(sheet, grid) }) };
}

/**
 * The sheet named «Дорожная карта»; else the first other sheet whose header the reader recognises
 * (a school's own file); else a sheet whose header has some of the columns (so the user hears which
 * are missing instead of getting the sample next to their own table); else null. Returns what it
 * read so the caller does not read twice.
 */
export function findRoadmapSheet(sheets: Sheet[], timeZone: string): RoadmapSheet | null {
  const named = sheets.find((s) => s.getName() === SHEETS.roadmap);
  if (named) return readRoadmapSheet(named, timeZone);
  const own: string[] = [SHEETS.checkpoints, SHEETS.people, SHEETS.settings];
  let partial: RoadmapSheet | null = null;
  for (const sheet of sheets) {
    if (own.includes(sheet.getName())) continue;
    const candidate = readRoadmapSheet(sheet, timeZone);
    if (candidate.read.ok) return candidate;
    if (!partial && candidate.read.missing.length < REQUIRED_FIELDS.length) partial = candidate;
  }
  return partial;
}

const SEED_HEADER = [ROADMAP_FIELD_NAMES.number, ROADMAP_FIELD_NAMES.name, ROADMAP_FIELD_NAMES.deadline, ROADMAP_FIELD_NAMES.responsible, ROADMAP_FIELD_NAMES.result];

/** Writes the sample plan into an empty sheet: one setValues, one merge per section (4). */
export function seedRoadmap(sheet: Sheet): void {
  const rows: string[][] = [SEED_HEADER];
  const sectionRows: number[] = [];
  for (const s of SEED_SECTIONS) {
    sectionRows.push(rows.length + 1);
    rows.push([`${s.number}. ${s.title}`, '', '', '', '']);
    for (const a of s.activities) rows.push([a.number, a.name, a.deadline, a.responsible, a.result]);
  }
  ensureSize(sheet, rows.length + 1, 9);
  // "1.1" typed into an automatic-format cell becomes a date in a Russian spreadsheet: plain text first.
  sheet.getRange(1, 1, sheet.getMaxRows(), 1).setNumberFormat('@');
  sheet.getRange(1, 1, rows.length, 5).setValues(rows).setWrap(true).setVerticalAlignment('top');
  sheet.getRange(1, 1, 1, 5).setFontWeight('bold').setBackground(COLOURS.planHeader);
  for (const r of sectionRows) sheet.getRange(r, 1, 1, 5).merge().setFontWeight('bold').setBackground(COLOURS.section);
  sheet.setFrozenRows(1);
  [60, 420, 170, 150, 300].forEach((w, i) => sheet.setColumnWidth(i + 1, w));
}

type RollupField = keyof typeof ROLLUP_HEADERS;
const ROLLUP_FIELDS = Object.keys(ROLLUP_HEADERS) as RollupField[];

/** 1-based columns of the roll-up, creating missing headers to the right of the plan's columns. */
export function ensureRollupColumns(sheet: Sheet, roadmap: Roadmap, grid: Grid): Record<RollupField, number> {
  const header = (grid.values[roadmap.headerRow - 1] ?? []).map((c) => cellText(c));
  const cols = {} as Record<RollupField, number>;
  const missing = ROLLUP_FIELDS.filter((k) => {
    const i = header.indexOf(ROLLUP_HEADERS[k]);
    if (i >= 0) cols[k] = i + 1;
    return i < 0;
  });
  if (missing.length) {
    // After the last used column, not just the last header: a column of notes without a header stays untouched.
    const first = Math.max(roadmap.width, grid.lastColumn) + 1;
    missing.forEach((k, i) => (cols[k] = first + i));
    writeBlock(sheet, roadmap.headerRow, first, [missing.map((k) => ROLLUP_HEADERS[k])]);
    sheet.getRange(roadmap.headerRow, first, 1, missing.length)
      .setBackground(COLOURS.scriptHeader).setFontWeight('bold').setWrap(true).setNote(NOTES.scriptOwned);
    missing.forEach((k, i) => sheet.setColumnWidth(first + i, ROLLUP_WIDTHS[k]));
  }
  return cols;
}

/**
 * The roll-up (next due, state, progress, how the deadline was read) for every row below the
 * header, in one setValues. Columns people may have put between ours keep their values.
 */
export function writeRollup(sheet: Sheet, roadmap: Roadmap, grid: Grid, overview: Overview, timeZone: string): void {
  const cols = ensureRollupColumns(sheet, roadmap, grid);
  const ours = ROLLUP_FIELDS.map((k) => cols[k]);
  const first = Math.min(...ours);
  const last = Math.max(...ours);
  const top = roadmap.headerRow + 1;
  const height = Math.max(grid.lastRow, top) - top + 1;
  const byRow = new Map(overview.activities.map((v) => [v.activity.row, v]));
  const computed = (field: RollupField, v: ActivityView | undefined): SheetValue => {
    if (!v) return '';
    switch (field) {
      case 'nextDue': return dateValue(v.rollup.nextDue, timeZone);
      case 'state': return activityStateText(v.rollup.state);
      case 'progress': return v.rollup.total ? progressText(v.rollup.done, v.rollup.total) : '';
      case 'reading': return [v.schedule.explanation, ...v.schedule.warnings].filter(Boolean).join('\n');
    }
  };
  const block: SheetValue[][] = [];
  for (let i = 0; i < height; i++) {
    const v = byRow.get(top + i);
    const row: SheetValue[] = [];
    for (let c = first; c <= last; c++) {
      const field = ROLLUP_FIELDS.find((k) => cols[k] === c);
      row.push(field ? computed(field, v) : toSheetValue(grid.values[top - 1 + i]?.[c - 1], timeZone));
    }
    block.push(row);
  }
  writeBlock(sheet, top, first, block);
  sheet.getRange(top, first, height, last - first + 1).setWrap(true).setVerticalAlignment('top');
  sheet.getRange(top, cols.nextDue, height, 1).setNumberFormat('dd.mm.yyyy');
  sheet.getRange(roadmap.headerRow, cols.state).setNote(NOTES.checkedOn(formatRu(overview.today)));
  protectColumns(sheet, ours, roadmap.headerRow);
}
