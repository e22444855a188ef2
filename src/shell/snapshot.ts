// The spreadsheet as a snapshot: the sheets the tracker needs, each read with one getValues; formulas
// only for the columns people fill on «Контрольные точки» (to see a typed formula), links only for its
// evidence column, merges only on roadmap candidates. Date cells become calendar dates here.
import { checkpointColumns, hyperlinkFormulaUrl, PEOPLE_FIELDS } from '../core/checkpoints';
import type { SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { DIGEST, REPORT, SHEETS } from '../text/ru';
import { parseA1Box, toCell } from './sheet-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SpreadsheetSnapshot {
  snapshot: WorkbookSnapshot;
  /** The Google sheets behind the snapshot, by name. */
  sheets: Map<string, Sheet>;
}

/** Logs the script appends to: never needed to decide anything, and they grow. */
const LOGS: string[] = [REPORT.logSheet, DIGEST.logSheet];
const OWN: string[] = [SHEETS.checkpoints, SHEETS.people, SHEETS.settings];

function readValues(sheet: Sheet, timeZone: string): { values: SheetSnapshot['values']; raw: unknown[][] } {
  const raw = sheet.getDataRange().getValues();
  const empty = raw.length === 1 && raw[0].every((v) => v === '');
  return { values: empty ? [[]] : raw.map((row) => row.map((v) => toCell(v, timeZone))), raw };
}

/** Rows (0-based) covered by a merge spanning several columns: one call per sheet. */
function mergedRows(sheet: Sheet, height: number, width: number): number[] {
  if (!height || !width) return [];
  const rows = new Set<number>();
  for (const m of sheet.getRange(1, 1, height, width).getMergedRanges()) {
    const box = parseA1Box(m.getA1Notation());
    if (box && box.lastColumn > box.column) for (let r = box.row; r <= box.lastRow; r++) rows.add(r - 1);
  }
  return [...rows].sort((a, b) => a - b);
}

function readCheckpointSheet(sheet: Sheet, timeZone: string, withFormulas: boolean): SheetSnapshot {
  const { values } = readValues(sheet, timeZone);
  const snap: SheetSnapshot = { name: sheet.getName(), values };
  const found = checkpointColumns(values[0] ?? []);
  const height = values.length;
  if (!found.ok || height < 2) return snap;
  const cols = PEOPLE_FIELDS.map((f) => found.columns[f]);
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const width = values.reduce((n, r) => Math.max(n, r.length), 0);
  if (withFormulas) {
    const formulas = sheet.getRange(2, first + 1, height - 1, last - first + 1).getFormulas();
    snap.formulas = [new Array(width).fill(''), ...formulas.map((r) => {
    const row: string[] = new Array(width).fill('');
      r.forEach((f, i) => (row[first + i] = f));
      return row;
    })];
  }
  const evidence = found.columns.evidence;
  const rich = sheet.getRange(2, evidence + 1, height - 1, 1).getRichTextValues();
  // A =HYPERLINK(url; "текст") link is read from the formula (Google does not document it as rich text);
  // actions that skip formulas still read the evidence column's, one call.
  const evidenceFormulas = withFormulas ? null : sheet.getRange(2, evidence + 1, height - 1, 1).getFormulas();
  snap.links = [[], ...rich.map((r, i) => {
    const row: (string | null)[] = [];
    row[evidence] = (r[0] ? r[0].getLinkUrl() : null) || (evidenceFormulas ? hyperlinkFormulaUrl(evidenceFormulas[i][0]) : null);
    return row;
  })];
  return snap;
}

function readPlainSheet(sheet: Sheet, timeZone: string, withMerges: boolean): SheetSnapshot {
  const { values } = readValues(sheet, timeZone);
  const snap: SheetSnapshot = { name: sheet.getName(), values };
  if (withMerges) {
    const width = values.reduce((n, r) => Math.max(n, r.length), 0);
    const height = values.length === 1 && values[0].length === 0 ? 0 : values.length;
    snap.mergedRows = mergedRows(sheet, height, width);
  }
  return snap;
}

/**
 * Reads what the tracker needs. With a sheet named «Дорожная карта» only it and our three sheets are
 * read; otherwise every sheet but the logs, since the school's own plan may be on any of them.
 */
export function snapshotSpreadsheet(ss: Spreadsheet, options: { formulas: boolean } = { formulas: true }): SpreadsheetSnapshot {
  const timeZone = ss.getSpreadsheetTimeZone();
  const all = ss.getSheets();
  const sheets = new Map(all.map((s) => [s.getName(), s] as [string, Sheet]));
  const hasRoadmap = sheets.has(SHEETS.roadmap);
  const out: SheetSnapshot[] = [];
  for (const [name, sheet] of sheets) {
    if (LOGS.includes(name)) continue;
    if (name === SHEETS.checkpoints) out.push(readCheckpointSheet(sheet, timeZone, options.formulas));
    else if (OWN.includes(name)) out.push(readPlainSheet(sheet, timeZone, false));
    else if (!hasRoadmap || name === SHEETS.roadmap) out.push(readPlainSheet(sheet, timeZone, true));
  }
  return { snapshot: { timeZone, sheets: out }, sheets };
}
