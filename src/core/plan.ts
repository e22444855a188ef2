// The write plan: what a tracker asks to change on the sheets, as plain data, and nothing that is
// already there. A shell (Google, an .xlsx file) applies it. Cells people type into never appear here.
// Each write to a checkpoint row names the key that row must hold, so a shell can check, at the
// moment of writing, that the row is still the one that was read (people sort and insert rows while
// a script runs); the key column of an existing row is never rewritten, so a mark cannot change hands.
import { cellText, isDateCell, type Cell } from './cells';
import { CHECKPOINT_FIELDS, SCRIPT_FIELDS, type CheckpointColumns, type CheckpointField, type PlannedCheckpoint } from './checkpoints';
import { checkpointState, type Horizon } from './status';
import type { Schedule } from './deadline/schedule';
import type { ActivityView } from './overview';
import type { Tracker } from './tracker';
import { NOTES, progressText, ROLLUP_HEADERS, SHEETS } from '../text/ru';
import { activityStateCell, checkpointStateCell } from '../views/state-text';
import { formatRu, type IsoDate } from './calendar';

/** One cell: 1-based row and column. */
export interface CellWrite {
  row: number;
  column: number;
  value: Cell;
}

/** Cells of one existing checkpoint row that differ from what the tracker wants there. */
export interface RowUpdate {
  /** The row as read. */
  row: number;
  /** The key that row held when read; a shell writes only if it still holds it. */
  key: string;
  cells: { column: number; value: Cell }[];
}

export interface CheckpointWrites {
  sheet: string;
  /** Where the script's columns are (1-based), so a new sheet and a moved column are handled alike. */
  columns: CheckpointColumns;
  /** The sheet does not exist yet: create it with our header first. */
  create: boolean;
  updates: RowUpdate[];
  /** New checkpoints, in plan order: the script's cells by field, written below the last used row. */
  appends: Partial<Record<CheckpointField, Cell>>[];
  /** Rows to remove (nothing typed in them, checkpoint left the plan), with the key each must still hold. */
  deletes: { row: number; key: string }[];
  /** The note on the state header: on which day the states were computed. */
  stateNote: string;
}

export interface RollupWrites {
  sheet: string;
  /** 1-based row of the roadmap's header. */
  headerRow: number;
  /** Roll-up headers that are missing, written after the last used column. */
  headers: CellWrite[];
  /** 1-based columns of the roll-up, by field. */
  columns: Record<RollupField, number>;
  /** Rows of the roll-up that change. */
  cells: CellWrite[];
  stateNote: string;
}

export interface WritePlan {
  checkpoints: CheckpointWrites;
  rollup: RollupWrites;
}

/**
 * `datedStates`: the sheets go into a file that is opened on later days while its colours follow TODAY()
 * (the offline command, the web page). States that time alone changes then name the day they were
 * computed («На 15.11.2023: в плане»), so a row that has turned red since tells one story with its colour.
 * Google keeps the bare words: its states are the live document's, refreshed by every check and highlight,
 * and a dated word would make each day's first run rewrite every open checkpoint instead of the few that
 * changed. Nothing reads these words back except to compare them with what the tracker wants (plan.ts) and
 * the colour rules, which look only at «Исключена из плана», «Выполнено» and «Срок не распознан» (never dated).
 */
export interface PlanOptions {
  datedStates?: boolean;
}

export type RollupField = keyof typeof ROLLUP_HEADERS;
export const ROLLUP_FIELDS = Object.keys(ROLLUP_HEADERS) as RollupField[];

/** Same value as a person would see it: dates by day, everything else by text. */
export function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  const ad = isDateCell(a);
  const bd = isDateCell(b);
  if (ad || bd) return ad && bd && (a as { date: string }).date === (b as { date: string }).date;
  return cellText(a ?? '') === cellText(b ?? '');
}

const dateCell = (d: string): Cell => (d ? { date: d } : '');

/** The script's cells of a checkpoint row, by field. */
export function scriptCells(p: PlannedCheckpoint, stateText: string): Partial<Record<CheckpointField, Cell>> {
  return {
    key: p.key, number: p.number, activity: p.activity, period: p.label,
    start: dateCell(p.start), due: dateCell(p.due), responsible: p.responsible, state: stateText,
  };
}

/** Our header at its place: a new sheet gets the fields in order. */
export const NEW_SHEET_COLUMNS: CheckpointColumns = Object.fromEntries(CHECKPOINT_FIELDS.map((f, i) => [f, i])) as CheckpointColumns;

/**
 * The checkpoints sheet. `resync`: append new checkpoints and delete untouched rows that left the plan
 * (set-up, a deadline edit); otherwise only cells of existing rows change (states on a new day).
 */
export function planCheckpointWrites(t: Tracker, resync: boolean, options: PlanOptions = {}): CheckpointWrites {
  const cs = t.checkpointSheet;
  const columns = cs ? cs.columns : NEW_SHEET_COLUMNS;
  const on: Horizon = { today: t.today, days: t.settings.settings.horizonDays };
  const asOf = options.datedStates ? t.today : undefined;
  const stateOf = (p: PlannedCheckpoint, mark: { status: string; done: Cell }): string => checkpointStateCell(checkpointState(p.due, mark, on), asOf);
  const byRow = new Map((cs ? cs.rows : []).map((r) => [r.row, r]));
  const updates: RowUpdate[] = [];
  const removedText = checkpointStateCell('removed');
  for (const { row, planned } of t.sync.rows) {
    const existing = byRow.get(row);
    if (!existing) continue;
    // Field by field, in the sheet's order, without building the row twice: this runs for every row.
    // The key column of an existing row is never rewritten: it is what ties people's marks to a checkpoint.
    const cells: RowUpdate['cells'] = [];
    const text = (f: CheckpointField, want: string, have: string): void => {
      if (want.trim() !== have.trim()) cells.push({ column: columns[f] + 1, value: want });
    };
    const date = (f: CheckpointField, want: string, have: string): void => {
      if (want !== have) cells.push({ column: columns[f] + 1, value: dateCell(want) });
    };
    if (planned) {
      text('number', planned.number, existing.number);
      text('activity', planned.activity, existing.activity);
      text('period', planned.label, existing.label);
      date('start', planned.start, existing.start);
      date('due', planned.due, existing.due);
      text('responsible', planned.responsible, existing.responsible);
      text('state', stateOf(planned, existing), existing.state);
    } else text('state', removedText, existing.state);
    if (cells.length) updates.push({ row, key: existing.key, cells });
  }
  const appends = resync ? t.sync.appends.map((p) => scriptCells(p, stateOf(p, { status: '', done: '' }))) : [];
  const deletes = resync ? t.sync.deletes.map((row) => ({ row, key: byRow.get(row)?.key ?? '' })) : [];
  return {
    sheet: cs ? cs.name : SHEETS.checkpoints, columns, create: !cs, updates, appends, deletes,
    stateNote: stateNote(t.today, options),
  };
}

/** How the deadline was read, as the «Как прочитан срок» column says it. */
function readingText(schedule: Schedule): string {
  return [schedule.explanation, ...schedule.warnings].filter(Boolean).join('\n');
}

/** The note on a state header: on which day the states were computed (and, in a file, what is dated). */
function stateNote(today: IsoDate, options: PlanOptions): string {
  return options.datedStates ? NOTES.checkedOnInFile(formatRu(today)) : NOTES.checkedOn(formatRu(today));
}

function rollupValue(field: RollupField, v: ActivityView | undefined, readings: Map<Schedule, string>, asOf: IsoDate | undefined): Cell {
  if (!v) return '';
  switch (field) {
    case 'nextDue': return dateCell(v.rollup.nextDue ?? '');
    case 'state': return activityStateCell(v.rollup.state, asOf);
    case 'progress': return v.rollup.total ? progressText(v.rollup.done, v.rollup.total) : '';
    case 'reading': {
      // Activities with the same phrase share one schedule: its text is made once.
      let text = readings.get(v.schedule);
      if (text === undefined) readings.set(v.schedule, (text = readingText(v.schedule)));
      return text;
    }
  }
}

/** The roll-up columns on the roadmap sheet (next due, state, progress, how the deadline was read). */
export function planRollupWrites(t: Tracker, options: PlanOptions = {}): RollupWrites {
  const { roadmap, roadmapSheet } = t;
  const values = roadmapSheet.values;
  const header = (values[roadmap.headerRow - 1] ?? []).map((c) => cellText(c));
  const lastColumn = values.reduce((n, r) => Math.max(n, r.length), 0);
  const columns = {} as Record<RollupField, number>;
  const headers: CellWrite[] = [];
  // After the last used column, not just the last header: a column of notes without a header stays untouched.
  let next = Math.max(roadmap.width, lastColumn) + 1;
  for (const k of ROLLUP_FIELDS) {
    const i = header.indexOf(ROLLUP_HEADERS[k]);
    if (i >= 0) columns[k] = i + 1;
    else {
      columns[k] = next++;
      headers.push({ row: roadmap.headerRow, column: columns[k], value: ROLLUP_HEADERS[k] });
    }
  }
  const byRow = new Map(t.overview.activities.map((v) => [v.activity.row, v]));
  const cells: CellWrite[] = [];
  const readings = new Map<Schedule, string>();
  const asOf = options.datedStates ? t.today : undefined;
  for (let row = roadmap.headerRow + 1; row <= values.length; row++) {
    const v = byRow.get(row);
    for (const k of ROLLUP_FIELDS) {
      const value = rollupValue(k, v, readings, asOf);
      const column = columns[k];
      if (!sameCell(value, values[row - 1]?.[column - 1])) cells.push({ row, column, value });
    }
  }
  return { sheet: roadmapSheet.name, headerRow: roadmap.headerRow, headers, columns, cells, stateNote: stateNote(t.today, options) };
}

export function planWrites(t: Tracker, resync: boolean, options: PlanOptions = {}): WritePlan {
  return { checkpoints: planCheckpointWrites(t, resync, options), rollup: planRollupWrites(t, options) };
}

/** How many cells a plan writes: 0 when the sheets already say everything. */
export function plannedCellCount(plan: WritePlan): number {
  const c = plan.checkpoints;
  return c.updates.reduce((n, u) => n + u.cells.length, 0) + c.appends.length * SCRIPT_FIELDS.length +
    plan.rollup.headers.length + plan.rollup.cells.length;
}
