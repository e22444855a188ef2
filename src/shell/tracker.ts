// The whole spreadsheet for one action: a snapshot in a few calls, the core's tracker for today, and —
// for the actions that write — the core's write plan applied. `readTracker` (report, digest) writes
// nothing; `refreshStates` (check, highlight) writes only cells whose value changed (states on a new
// day); `setupTracker` (set-up, a deadline edit) also makes missing sheets and re-syncs checkpoints.
import { dateInZone, type IsoDate } from '../core/calendar';
import type { Cell } from '../core/cells';
import { planWrites, type WritePlan } from '../core/plan';
import { seedPlace } from '../core/seed-place';
import { afterSync, readTracker as trackerOf, settingsDefaults, type RoadmapFound, type Tracker } from '../core/tracker';
import { SHEETS } from '../text/ru';
import { applyCheckpointWrites, applyRollupWrites, formatRollup, type CheckpointApplied } from './apply-plan';
import { createCheckpointSheet, formatCheckpointColumns } from './checkpoint-sheet';
import { ensurePeopleSheet } from './people-sheet';
import { seedRoadmap } from './roadmap-sheet';
import { ensureSettingsSheet } from './settings-sheet';
import { snapshotSpreadsheet, type SpreadsheetSnapshot } from './snapshot';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The core's tracker and the spreadsheet it was read from. */
export interface TrackerView extends Tracker {
  ss: Spreadsheet;
  /** The Google sheets read, by name. */
  sheets: Map<string, Sheet>;
}

/** After an action that writes: what it wrote. */
export interface ActionTracker extends TrackerView {
  seeded: boolean;
  applied: CheckpointApplied;
  rollupCells: number;
  plan: WritePlan;
}

export type Result<T> = { ok: true; tracker: T } | { ok: false; message: string };

const todayIn = (read: SpreadsheetSnapshot, now: Date): IsoDate => dateInZone(now, read.snapshot.timeZone);

function view(ss: Spreadsheet, read: SpreadsheetSnapshot, today: IsoDate, seeded: boolean): Result<TrackerView> {
  const t = trackerOf(read.snapshot, today, { seeded });
  return t.ok ? { ok: true, tracker: { ...t.tracker, ss, sheets: read.sheets } } : t;
}

/** Reads everything and writes nothing: for the report and the digest. */
export function readTracker(ss: Spreadsheet, now: Date): Result<TrackerView> {
  // Formulas only tell a set-up which rows hold typed data; reading actions do not need them.
  const read = snapshotSpreadsheet(ss, { formulas: false });
  return view(ss, read, todayIn(read, now), false);
}

/** Applies a plan: checkpoint rows by key, then the roll-up. */
function apply(t: TrackerView, plan: WritePlan, sheet: Sheet): { applied: CheckpointApplied; rollupCells: number } {
  const applied = applyCheckpointWrites(sheet, plan.checkpoints, t.timeZone);
  const roadmap = t.sheets.get(t.roadmapSheet.name) as Sheet;
  const rollupCells = applyRollupWrites(roadmap, plan.rollup, t.roadmapSheet.values, t.timeZone);
  return { applied, rollupCells };
}

/**
 * Check and highlight: states and roll-up brought up to today, nothing else. A spreadsheet that was
 * never set up (no checkpoints, settings or people sheet) is set up first, as the user would expect.
 */
export function refreshStates(ss: Spreadsheet, now: Date): Result<ActionTracker> {
  const read = snapshotSpreadsheet(ss);
  const ready = [SHEETS.checkpoints, SHEETS.settings, SHEETS.people].every((n) => read.sheets.has(n));
  if (!ready) return setupTracker(ss, now, { seedIfMissing: false }, read);
  const v = view(ss, read, todayIn(read, now), false);
  if (!v.ok) return v;
  const t = v.tracker;
  const plan = planWrites(t, false);
  const done = apply(t, plan, read.sheets.get(SHEETS.checkpoints) as Sheet);
  return { ok: true, tracker: { ...t, seeded: false, plan, ...done } };
}

export interface SetupOptions {
  /** Create «Дорожная карта» with the sample plan when the spreadsheet has no roadmap. */
  seedIfMissing: boolean;
}

/** Reads everything, creates what is missing, re-syncs the checkpoints and writes the roll-up. */
export function setupTracker(ss: Spreadsheet, now: Date, options: SetupOptions, snapshot?: SpreadsheetSnapshot): Result<ActionTracker> {
  let read = snapshot ?? snapshotSpreadsheet(ss);
  const today = todayIn(read, now);
  let seeded = false;
  // The roadmap is read and checked before anything is written; the sample goes only into an empty spreadsheet.
  const place = seedPlace(read.snapshot, options.seedIfMissing);
  if (place.action === 'refuse') return { ok: false, message: place.message };
  if (place.action === 'seed') {
    const sheet = (place.sheet !== null ? read.sheets.get(place.sheet) : undefined) ?? ss.insertSheet(SHEETS.roadmap, 0);
    if (sheet.getName() !== SHEETS.roadmap) sheet.setName(SHEETS.roadmap);
    seedRoadmap(sheet);
    seeded = true;
    read = snapshotSpreadsheet(ss);
  }
  const v = view(ss, read, today, seeded);
  if (!v.ok) return v;
  const t = v.tracker;
  const roadmapFound: RoadmapFound = { sheet: t.roadmapSheet, read: { ok: true, roadmap: t.roadmap } };
  const valuesOf = (name: string): Cell[][] | undefined => read.snapshot.sheets.find((s) => s.name === name)?.values;
  ensureSettingsSheet(ss, read.sheets.get(SHEETS.settings), t.timeZone, settingsDefaults(roadmapFound, seeded, today), valuesOf(SHEETS.settings));
  ensurePeopleSheet(ss, read.sheets.get(SHEETS.people), t.timeZone, t.roadmap, valuesOf(SHEETS.people));
  const plan = planWrites(t, true);
  const sheet = read.sheets.get(SHEETS.checkpoints) ?? createCheckpointSheet(ss);
  formatCheckpointColumns(sheet, plan.checkpoints.columns,
    (t.checkpointSheet ? t.checkpointSheet.lastRow : 1) + plan.checkpoints.appends.length);
  const done = apply(t, plan, sheet);
  formatRollup(t.sheets.get(t.roadmapSheet.name) as Sheet, plan.rollup, t.roadmap.headerRow);
  return { ok: true, tracker: { ...afterSync(t), ss, sheets: read.sheets, seeded, plan, ...done } };
}
