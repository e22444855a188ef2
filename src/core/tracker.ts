// The tracker: a workbook snapshot read once for one day. It finds the roadmap, reads the settings and
// people, reads every deadline phrase once, plans the checkpoints, reconciles them with the rows on the
// checkpoints sheet and computes every state once. Every action (set-up, check, highlight, report,
// digest, the offline command) starts here; shells only read the snapshot and apply what follows.
import type { IsoDate } from './calendar';
import { cellText } from './cells';
import {
  checkpointColumns, planCheckpoints, readCheckpointSheet, rowsAfterSync, syncCheckpoints,
  type CheckpointColumns, type CheckpointRow, type PlannedCheckpoint, type SyncPlan,
} from './checkpoints';
import { readDeadline } from './deadline';
import type { PlanPeriod, Schedule } from './deadline/schedule';
import { buildOverview, type Overview } from './overview';
import { PeopleDirectory, splitEmails } from './responsible';
import { readRoadmap, REQUIRED_FIELDS, type Roadmap, type RoadmapRead } from './roadmap';
import { columnChoiceFrom } from './roadmap/column-choice';
import type { ColumnMap } from './roadmap/columns';
import { SEED_PLAN_INFO } from './seed';
import { inferPlan, readSettings, type SettingsDefaults, type SettingsRead } from './settings';
import { sheetNamed, usedRows, type SheetSnapshot, type WorkbookSnapshot } from './snapshot';
import { MESSAGES, SHEETS } from '../text/ru';

/** The roadmap sheet as read: its snapshot and what the reader made of it. */
export interface RoadmapFound {
  sheet: SheetSnapshot;
  read: RoadmapRead;
}

/** The checkpoints sheet as read: where its columns are and its rows; null when there is none yet. */
export interface CheckpointSheetRead {
  name: string;
  columns: CheckpointColumns;
  rows: CheckpointRow[];
  /** Rows in use, header included (the snapshot's height). */
  lastRow: number;
}

export interface Tracker {
  timeZone: string;
  today: IsoDate;
  roadmapSheet: SheetSnapshot;
  roadmap: Roadmap;
  settings: SettingsRead;
  people: PeopleDirectory;
  schedules: Schedule[];
  planned: PlannedCheckpoint[];
  checkpointSheet: CheckpointSheetRead | null;
  /** How the rows on the sheet map onto the plan (what a set-up would append, keep, delete). */
  sync: SyncPlan;
  /** The rows as they stand (synced = false) or will stand once the sync is written (synced = true). */
  rows: CheckpointRow[];
  synced: boolean;
  overview: Overview;
}

export type TrackerRead = { ok: true; tracker: Tracker } | { ok: false; message: string };

/** What the shell knows that the snapshot does not: whether it just wrote the sample plan. */
export interface TrackerOptions {
  seeded?: boolean;
  /**
   * Delete untouched rows whose checkpoint left the plan. Only where nobody can type while the script
   * runs (a file the offline command holds): in Google Sheets a person may type into such a row between
   * the script's last look and the deletion, and that mark would be gone, so there they are kept and
   * marked «Исключена из плана» like rows with marks.
   */
  deleteUntouched?: boolean;
}

/** The sync with nothing deleted: rows that left the plan are kept and marked. */
function keepingUntouched(sync: SyncPlan): SyncPlan {
  if (!sync.deletes.length) return sync;
  const rows = [...sync.rows, ...sync.deletes.map((row) => ({ row, planned: null }))].sort((a, b) => a.row - b.row);
  return { ...sync, rows, deletes: [], keptRemoved: [...sync.keptRemoved, ...sync.deletes].sort((a, b) => a - b) };
}

const OWN_SHEETS: string[] = [SHEETS.checkpoints, SHEETS.people, SHEETS.settings];

function readRoadmapSheet(sheet: SheetSnapshot, columns?: ColumnMap): RoadmapFound {
  return { sheet, read: readRoadmap(sheet.values, { mergedRows: new Set(sheet.mergedRows ?? []), columns }) };
}

/**
 * The sheet named «Дорожная карта»; else the first other sheet whose header the reader recognises
 * (a school's own file); else a sheet whose header has some of the columns (so the user hears which
 * are missing instead of getting the sample next to their own table); else null.
 */
export function findRoadmap(snapshot: WorkbookSnapshot): RoadmapFound | null {
  const named = sheetNamed(snapshot, SHEETS.roadmap);
  // The columns the user chose in «Столбцы дорожной карты…» (kept in «Настройки») replace the guesses.
  const choice = columnChoiceFrom(sheetNamed(snapshot, SHEETS.settings)?.values ?? []);
  if (named) return readRoadmapSheet(named, choice);
  let partial: RoadmapFound | null = null;
  for (const sheet of snapshot.sheets) {
    if (OWN_SHEETS.includes(sheet.name)) continue;
    const candidate = readRoadmapSheet(sheet, choice);
    if (candidate.read.ok) return candidate;
    if (!partial && candidate.read.missing.length < REQUIRED_FIELDS.length) partial = candidate;
  }
  return partial;
}

/** The roadmap as read, or the Russian message saying why it cannot be used. */
export function usableRoadmap(found: RoadmapFound | null): { ok: true; roadmap: Roadmap } | { ok: false; message: string } {
  if (!found || usedRows(found.sheet) === 0) return { ok: false, message: MESSAGES.noRoadmapSheet(SHEETS.roadmap) };
  if (!found.read.ok) return { ok: false, message: MESSAGES.missingColumns(found.sheet.name, found.read.missing) };
  if (!found.read.roadmap.activities.length) return { ok: false, message: MESSAGES.noActivities(found.sheet.name) };
  return { ok: true, roadmap: found.read.roadmap };
}

/** Defaults for settings nobody typed: the sample's, or a plan period inferred from the roadmap's own words. */
export function settingsDefaults(found: RoadmapFound, seeded: boolean, today: IsoDate): SettingsDefaults {
  if (seeded) {
    return {
      organisation: SEED_PLAN_INFO.organisation,
      planTitle: SEED_PLAN_INFO.title,
      plan: { from: SEED_PLAN_INFO.from, to: SEED_PLAN_INFO.to, approved: SEED_PLAN_INFO.approved },
    };
  }
  const texts: string[] = [found.sheet.name];
  const headerRow = found.read.ok ? found.read.roadmap.headerRow : 1;
  for (let r = 0; r < headerRow - 1; r++) texts.push(...(found.sheet.values[r] ?? []).map(cellText));
  if (found.read.ok) for (const a of found.read.roadmap.activities) texts.push(a.deadlineText);
  return { plan: inferPlan(texts, today) };
}

/** The people sheet: a name or role in column A, emails in column B, below a header row. */
export function readPeople(values: readonly (readonly unknown[])[]): PeopleDirectory {
  const people = new PeopleDirectory();
  values.forEach((row, i) => {
    if (i === 0) return; // header
    const name = cellText(row[0] as never);
    if (name) people.add(name, splitEmails(cellText(row[1] as never)).emails, i + 1);
  });
  return people;
}

/** Every activity's schedule; a phrase that occurs several times is read once. */
export function readSchedules(roadmap: Roadmap, plan: PlanPeriod): Schedule[] {
  const seen = new Map<string, Schedule>();
  return roadmap.activities.map((a) => {
    const phrase = typeof a.deadline === 'boolean' ? a.deadlineText : a.deadline;
    const key = typeof phrase === 'object' ? `\u0000date:${phrase.date}` : `${typeof phrase}:${String(phrase)}`;
    let s = seen.get(key);
    if (!s) seen.set(key, (s = readDeadline(phrase, plan)));
    return s;
  });
}

/** The checkpoints sheet's columns and rows, or null when the workbook has none (or its header is not ours). */
export function readCheckpoints(sheet: SheetSnapshot | undefined): CheckpointSheetRead | { missing: string[] } | null {
  if (!sheet) return null;
  const found = checkpointColumns(sheet.values[0] ?? []);
  if (!found.ok) return usedRows(sheet) === 0 ? null : { missing: found.missing };
  const evidence = found.columns.evidence;
  const links = sheet.links ? sheet.values.slice(1).map((_, i) => sheet.links?.[i + 1]?.[evidence] ?? null) : undefined;
  const read = readCheckpointSheet(sheet.values, sheet.formulas, links);
  if (!read.ok) return { missing: read.missing };
  return { name: sheet.name, columns: read.columns, rows: read.rows, lastRow: usedRows(sheet) };
}

/** Reads the whole workbook for one day. Nothing here writes: a shell applies what follows from it. */
export function readTracker(snapshot: WorkbookSnapshot, today: IsoDate, options: TrackerOptions = {}): TrackerRead {
  const found = findRoadmap(snapshot);
  const usable = usableRoadmap(found);
  if (!usable.ok) return usable;
  const roadmapFound = found as RoadmapFound;
  const { roadmap } = usable;
  const settingsSheet = sheetNamed(snapshot, SHEETS.settings);
  const settings = readSettings(settingsSheet ? settingsSheet.values : [], settingsDefaults(roadmapFound, !!options.seeded, today));
  const peopleSheet = sheetNamed(snapshot, SHEETS.people);
  const people = readPeople(peopleSheet ? peopleSheet.values : []);
  const schedules = readSchedules(roadmap, settings.settings.plan);
  const planned = planCheckpoints(roadmap, schedules);
  const cp = readCheckpoints(sheetNamed(snapshot, SHEETS.checkpoints));
  if (cp && 'missing' in cp) return { ok: false, message: MESSAGES.missingColumns(SHEETS.checkpoints, cp.missing) };
  const existing = cp ? cp.rows : [];
  const synced = syncCheckpoints(planned, existing);
  const sync = options.deleteUntouched ? synced : keepingUntouched(synced);
  const rows = rowsAfterSync(existing, sync, false);
  const on = { today, days: settings.settings.horizonDays };
  const overview = buildOverview(roadmap, schedules, planned, rows, on);
  return {
    ok: true,
    tracker: {
      timeZone: snapshot.timeZone, today, roadmapSheet: roadmapFound.sheet, roadmap, settings, people, schedules, planned,
      checkpointSheet: cp, sync, rows, synced: false, overview,
    },
  };
}

/** The same tracker once its sync has been written: deleted rows gone, new rows below the last one. */
export function afterSync(t: Tracker): Tracker {
  if (t.synced) return t;
  const existing = t.checkpointSheet ? t.checkpointSheet.rows : [];
  const rows = rowsAfterSync(existing, t.sync, true);
  const overview = buildOverview(t.roadmap, t.schedules, t.planned, rows, { today: t.today, days: t.settings.settings.horizonDays });
  return { ...t, rows, synced: true, overview };
}

/** Something the sheets do not show yet: new checkpoints to add, or rows to tidy away. */
export function needsSync(t: Tracker): boolean {
  return t.sync.appends.length > 0 || t.sync.deletes.length > 0;
}
