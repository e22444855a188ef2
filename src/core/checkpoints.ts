// Checkpoints: the dated deliverables that follow from the roadmap, and how a re-sync reconciles
// them with the rows already on the «Контрольные точки» sheet without ever losing what people typed.
import { isIsoDate, type IsoDate } from './calendar';
import { cellText, foldText, isDateCell, oneLine, type Cell } from './cells';
import type { Roadmap } from './roadmap';
import type { Schedule } from './deadline/schedule';
import { CHECKPOINT_HEADERS } from '../text/ru';

export interface PlannedCheckpoint {
  /** activity key + "|" + period label: stable when rows are reordered or inserted. */
  key: string;
  activityKey: string;
  /** Index of the activity in Roadmap.activities (roadmap order). */
  activityIndex: number;
  number: string;
  activity: string;
  label: string;
  start: IsoDate;
  due: IsoDate;
  responsible: string;
}

/** A multi-line cell as one line, for lists where each checkpoint is one row. */

export function checkpointKey(activityKey: string, label: string): string {
  return `${activityKey}|${label}`;
}

/** Every checkpoint the roadmap asks for, in roadmap order, then by due date. */
export function planCheckpoints(roadmap: Roadmap, schedules: Schedule[]): PlannedCheckpoint[] {
  const out: PlannedCheckpoint[] = [];
  roadmap.activities.forEach((a, i) => {
    const checkpoints = schedules[i].checkpoints;
    if (!checkpoints.length) return;
    const activity = oneLine(a.name);
    const responsible = oneLine(a.responsible);
    for (const c of checkpoints) {
      out.push({
        key: checkpointKey(a.key, c.label), activityKey: a.key, activityIndex: i, number: a.number,
        activity, label: c.label, start: c.start, due: c.due, responsible,
      });
    }
  });
  return out;
}

export type CheckpointField = keyof typeof CHECKPOINT_HEADERS;
/** Columns the script fills, left of the columns people fill. */
export const SCRIPT_FIELDS: CheckpointField[] = ['key', 'number', 'activity', 'period', 'start', 'due', 'responsible', 'state'];
/** Columns people fill: the script never writes into them (except an empty date done, from onEdit). */
export const PEOPLE_FIELDS: CheckpointField[] = ['status', 'done', 'evidence', 'comment'];
export const CHECKPOINT_FIELDS: CheckpointField[] = [...SCRIPT_FIELDS, ...PEOPLE_FIELDS];

/** One row already on the checkpoints sheet. */
export interface CheckpointRow {
  row: number;
  key: string;
  number: string;
  activity: string;
  label: string;
  start: IsoDate | '';
  due: IsoDate | '';
  responsible: string;
  state: string;
  status: string;
  done: Cell;
  evidence: string;
  /** The evidence's link (a link on the cell's text, a HYPERLINK formula), when the text itself is not the URL. */
  evidenceLink?: string;
  comment: string;
  /** Something is typed in a people column (a value or a formula). */
  typed: boolean;
}

export type CheckpointColumns = Record<CheckpointField, number>;

export type CheckpointSheetRead =
  | { ok: true; columns: CheckpointColumns; rows: CheckpointRow[]; width: number }
  | { ok: false; missing: string[] };

const asDate = (c: Cell): IsoDate | '' => (isDateCell(c) && isValidDay(c.date) ? c.date : '');

/** isIsoDate, remembered: a sheet repeats the same few hundred dates in thousands of rows. */
const validDays = new Set<string>();
function isValidDay(date: string): boolean {
  if (validDays.has(date)) return true;
  if (!isIsoDate(date)) return false;
  if (validDays.size >= 4096) validDays.clear();
  validDays.add(date);
  return true;
}

/** The 0-based column of one field in the header row (headers matched as people may retype them), or -1. */
export function checkpointColumn(headerRow: Cell[], field: CheckpointField): number {
  const want = foldText(CHECKPOINT_HEADERS[field]);
  return headerRow.findIndex((c) => foldText(cellText(c)) === want);
}

/** Where each column is, from the header row; the missing headers named. */
export function checkpointColumns(headerRow: Cell[]): { ok: true; columns: CheckpointColumns } | { ok: false; missing: string[] } {
  const columns = {} as CheckpointColumns;
  const missing: string[] = [];
  for (const f of CHECKPOINT_FIELDS) {
    const i = checkpointColumn(headerRow, f);
    if (i < 0) missing.push(CHECKPOINT_HEADERS[f]);
    else columns[f] = i;
  }
  return missing.length ? { ok: false, missing } : { ok: true, columns };
}

/**
 * The URL of `=HYPERLINK("url"; "текст")` (either argument separator, any case, "" inside quotes), or null
 * when the URL is not a literal. Read from the formula itself: Google does not document that a formula's
 * link comes back through getRichTextValues (issue 12, item 9).
 */
export function hyperlinkFormulaUrl(formula: string): string | null {
  const m = /^\s*=\s*HYPERLINK\s*\(\s*"((?:[^"]|"")*)"\s*(?:[,;]|\))/i.exec(formula);
  const url = m ? m[1].replace(/""/g, '"').trim() : '';
  return url || null;
}

function evidenceLinkOf(link: string | null, formula: string): string | undefined {
  return link || (formula ? hyperlinkFormulaUrl(formula) : '') || undefined;
}

/**
 * Reads the sheet by its header row (row 1); columns may have been moved or added by people.
 * `links[i]` is the link on the evidence cell of data row i (row i + 2), if the shell read them.
 */
export function readCheckpointSheet(values: Cell[][], formulas?: string[][], links?: (string | null)[]): CheckpointSheetRead {
  const found = checkpointColumns(values[0] ?? []);
  if (!found.ok) return found;
  const { columns } = found;
  const header = values[0];
  const rows: CheckpointRow[] = [];
  const people = PEOPLE_FIELDS.map((f) => columns[f]);
  for (let r = 1; r < values.length; r++) {
    const v = values[r];
    const get = (f: CheckpointField): Cell => v[columns[f]] ?? '';
    const rowFormulas = formulas?.[r];
    let typed = false;
    for (const c of people) if (cellText(v[c] ?? '') !== '' || (rowFormulas && rowFormulas[c])) typed = true;
    // One literal shape for every row (a spread of the optional link made each row a new shape).
    rows.push({
      row: r + 1,
      key: cellText(get('key')),
      number: cellText(get('number')),
      activity: cellText(get('activity')),
      label: cellText(get('period')),
      start: asDate(get('start')),
      due: asDate(get('due')),
      responsible: cellText(get('responsible')),
      state: cellText(get('state')),
      status: cellText(get('status')),
      done: get('done'),
      evidence: cellText(get('evidence')),
      evidenceLink: evidenceLinkOf(links?.[r - 1] ?? null, rowFormulas?.[columns.evidence] ?? ''),
      comment: cellText(get('comment')),
      typed,
    });
  }
  let width = header.length;
  while (width > 0 && cellText(header[width - 1]) === '') width--;
  return { ok: true, columns, rows, width };
}

export interface SyncPlan {
  /** For each existing row with a key: the checkpoint it now stands for, or null when it left the plan. */
  rows: { row: number; planned: PlannedCheckpoint | null }[];
  /** New checkpoints, to be added below the last row, in plan order. */
  appends: PlannedCheckpoint[];
  /** Rows with nothing typed whose checkpoint left the plan: safe to delete (ascending). */
  deletes: number[];
  /** Rows that left the plan but hold typed data: kept and marked. */
  keptRemoved: number[];
}

/**
 * Matches existing rows to planned checkpoints by key. An activity whose name changed is found
 * again by its number and period, so a corrected typo does not orphan what was typed. A second row
 * with the same key (a copied row) is treated as not in the plan. Rows without a key were added by
 * people and are left alone.
 */
export function syncCheckpoints(planned: PlannedCheckpoint[], existing: CheckpointRow[]): SyncPlan {
  const byKey = new Map(planned.map((p) => [p.key, p]));
  const claimed = new Map<string, number>();
  const assignment = new Map<number, PlannedCheckpoint | null>();
  const managed = existing.filter((r) => r.key !== '');

  for (const r of managed) {
    const p = byKey.get(r.key);
    if (p && !claimed.has(p.key)) {
      claimed.set(p.key, r.row);
      assignment.set(r.row, p);
    }
  }
  // Renamed activities: same number and period, previous key no longer planned.
  const orphans = managed.filter((r) => !assignment.has(r.row) && !byKey.has(r.key));
  for (const p of planned) {
    if (claimed.has(p.key) || !p.number) continue;
    const r = orphans.find((o) => !assignment.has(o.row) && o.number === p.number && o.label === p.label);
    if (r) {
      claimed.set(p.key, r.row);
      assignment.set(r.row, p);
    }
  }
  const rows: SyncPlan['rows'] = [];
  const deletes: number[] = [];
  const keptRemoved: number[] = [];
  for (const r of managed) {
    const p = assignment.get(r.row) ?? null;
    if (p) rows.push({ row: r.row, planned: p });
    else if (r.typed) {
      rows.push({ row: r.row, planned: null });
      keptRemoved.push(r.row);
    } else deletes.push(r.row);
  }
  const appends = planned.filter((p) => !claimed.has(p.key));
  return { rows, appends, deletes: deletes.sort((a, b) => a - b), keptRemoved };
}

/**
 * The rows as they stand after a sync, without reading the sheet again: kept rows with the keys the
 * sync gave them, then the new checkpoints. `written`: the sync was applied (deleted rows gone, later
 * rows moved up, new rows below the last one); otherwise rows keep their numbers and new ones are row 0
 * (not on the sheet yet), which is what a read-only action sees.
 */
export function rowsAfterSync(before: CheckpointRow[], plan: SyncPlan, written: boolean): CheckpointRow[] {
  const deleted = new Set(plan.deletes);
  const assigned = new Map(plan.rows.map((r) => [r.row, r.planned]));
  // Rows are read top to bottom and deletes are sorted: count the deletes above each row as we go.
  let above = 0;
  const kept: CheckpointRow[] = [];
  for (const r of before) {
    if (deleted.has(r.row)) continue;
    if (written) while (above < plan.deletes.length && plan.deletes[above] < r.row) above++;
    const row = r.row - (written ? above : 0);
    const p = assigned.get(r.row);
    const key = p ? p.key : r.key;
    // Unchanged rows are shared, not copied (rows are never changed in place).
    kept.push(row === r.row && key === r.key ? r : { ...r, row, key });
  }
  const next = (before.length ? before[before.length - 1].row : 1) + 1 - plan.deletes.length;
  const added = plan.appends.map((p, i): CheckpointRow => ({
    row: written ? next + i : 0, key: p.key, number: p.number, activity: p.activity, label: p.label, start: p.start,
    due: p.due, responsible: p.responsible, state: '', status: '', done: '', evidence: '', comment: '', typed: false,
  }));
  return [...kept, ...added];
}

/** Consecutive runs of 1-based row or column numbers, ascending: [2,3,4,7] → {2,3}, {7,1}. */
export function numberRuns(numbers: number[]): { first: number; count: number }[] {
  const runs: { first: number; count: number }[] = [];
  for (const n of [...new Set(numbers)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === n) last.count++;
    else runs.push({ first: n, count: 1 });
  }
  return runs;
}
