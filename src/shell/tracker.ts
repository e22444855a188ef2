// The whole spreadsheet in one pass: find the sheets, read each once, let the core plan the
// checkpoints. `refreshTracker` (set-up, status check, deadline edits) then writes the script's
// cells back and is idempotent; `readTracker` (report, digest) writes nothing at all.
import { dateInZone, type IsoDate } from '../core/calendar';
import { cellText } from '../core/cells';
import { planCheckpoints, rowsAfterSync, syncCheckpoints, type PlannedCheckpoint, type SyncPlan } from '../core/checkpoints';
import { readDeadline } from '../core/deadline';
import type { Schedule } from '../core/deadline/schedule';
import { buildOverview, type Overview } from '../core/overview';
import type { PeopleDirectory } from '../core/responsible';
import type { Roadmap } from '../core/roadmap';
import { SEED_PLAN_INFO } from '../core/seed';
import { inferPlan, type SettingsDefaults, type SettingsRead } from '../core/settings';
import { MESSAGES, SHEETS } from '../text/ru';
import { openCheckpointSheet, readCheckpointRows, syncCheckpointSheet, type CheckpointSheet } from './checkpoint-sheet';
import { ensurePeopleSheet, readPeopleSheet } from './people-sheet';
import { findRoadmapSheet, readRoadmapSheet, seedRoadmap, writeRollup, type RoadmapSheet } from './roadmap-sheet';
import { ensureSettingsSheet, readSettingsSheet } from './settings-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What every action knows after reading. */
export interface TrackerView {
  ss: Spreadsheet;
  timeZone: string;
  today: IsoDate;
  roadmapSheet: RoadmapSheet;
  roadmap: Roadmap;
  settings: SettingsRead;
  people: PeopleDirectory;
  schedules: Schedule[];
  planned: PlannedCheckpoint[];
  overview: Overview;
}

/** After a refresh: the sheets it made sure of, and what the sync did. */
export interface Tracker extends TrackerView {
  seeded: boolean;
  settingsSheet: Sheet;
  checkpoints: CheckpointSheet;
  sync: SyncPlan;
}

export type Result<T> = { ok: true; tracker: T } | { ok: false; message: string };

interface Found {
  timeZone: string;
  today: IsoDate;
  byName: Map<string, Sheet>;
  roadmapSheet: RoadmapSheet | null;
}

function find(ss: Spreadsheet, now: Date): Found {
  const timeZone = ss.getSpreadsheetTimeZone();
  const sheets = ss.getSheets();
  return {
    timeZone,
    today: dateInZone(now, timeZone),
    byName: new Map(sheets.map((s) => [s.getName(), s])),
    roadmapSheet: findRoadmapSheet(sheets, timeZone),
  };
}

/** The roadmap as read, or the Russian message saying why it cannot be used. */
function usableRoadmap(rs: RoadmapSheet | null): { ok: true; roadmap: Roadmap } | { ok: false; message: string } {
  if (!rs || rs.grid.lastRow === 0) return { ok: false, message: MESSAGES.noRoadmapSheet(SHEETS.roadmap) };
  if (!rs.read.ok) return { ok: false, message: MESSAGES.missingColumns(rs.sheet.getName(), rs.read.missing) };
  if (!rs.read.roadmap.activities.length) return { ok: false, message: MESSAGES.noActivities(rs.sheet.getName()) };
  return { ok: true, roadmap: rs.read.roadmap };
}

function schedulesOf(roadmap: Roadmap, settings: SettingsRead): Schedule[] {
  const plan = settings.settings.plan;
  return roadmap.activities.map((a) => readDeadline(typeof a.deadline === 'boolean' ? a.deadlineText : a.deadline, plan));
}

/** Reads everything and writes nothing: for the report and the digest. */
export function readTracker(ss: Spreadsheet, now: Date): Result<TrackerView> {
  const found = find(ss, now);
  const usable = usableRoadmap(found.roadmapSheet);
  if (!usable.ok) return usable;
  const roadmapSheet = found.roadmapSheet as RoadmapSheet;
  const { roadmap } = usable;
  const { timeZone, today, byName } = found;
  const settings = readSettingsSheet(byName.get(SHEETS.settings), timeZone, settingsDefaults(roadmapSheet, false, today));
  const people = readPeopleSheet(byName.get(SHEETS.people), timeZone);
  const schedules = schedulesOf(roadmap, settings);
  const planned = planCheckpoints(roadmap, schedules);
  const existing = readCheckpointRows(byName.get(SHEETS.checkpoints), timeZone);
  // The same checkpoints a refresh would write, without writing them.
  const rows = rowsAfterSync(existing, syncCheckpoints(planned, existing), false);
  const on = { today, days: settings.settings.horizonDays };
  const overview = buildOverview(roadmap, schedules, planned, rows, on);
  return { ok: true, tracker: { ss, timeZone, today, roadmapSheet, roadmap, settings, people, schedules, planned, overview } };
}

export interface RefreshOptions {
  /** Create «Дорожная карта» with the sample plan when the spreadsheet has no roadmap. */
  seedIfMissing: boolean;
}

/** Reads everything, creates what is missing, syncs the checkpoints and writes the roll-up. */
export function refreshTracker(ss: Spreadsheet, now: Date, options: RefreshOptions): Result<Tracker> {
  const found = find(ss, now);
  const { timeZone, today, byName } = found;
  let roadmapSheet = found.roadmapSheet;
  let seeded = false;
  // The roadmap is read and checked before anything is written.
  if ((!roadmapSheet || roadmapSheet.grid.lastRow === 0) && options.seedIfMissing) {
    const sheet = roadmapSheet?.sheet ?? blankDefaultSheet(byName) ?? ss.insertSheet(SHEETS.roadmap, 0);
    if (sheet.getName() !== SHEETS.roadmap) sheet.setName(SHEETS.roadmap);
    seedRoadmap(sheet);
    roadmapSheet = readRoadmapSheet(sheet, timeZone);
    seeded = true;
  }
  const usable = usableRoadmap(roadmapSheet);
  if (!usable.ok) return usable;
  const rs = roadmapSheet as RoadmapSheet;
  const { roadmap } = usable;

  const settingsSheet = ensureSettingsSheet(ss, byName.get(SHEETS.settings), timeZone, settingsDefaults(rs, seeded, today));
  const settings = settingsSheet.read;
  const people = ensurePeopleSheet(ss, byName.get(SHEETS.people), timeZone, roadmap);
  const schedules = schedulesOf(roadmap, settings);
  const planned = planCheckpoints(roadmap, schedules);
  const opened = openCheckpointSheet(ss, byName.get(SHEETS.checkpoints), timeZone);
  if (!opened.ok) return opened;
  const on = { today, days: settings.settings.horizonDays };
  const synced = syncCheckpointSheet(opened.value, planned, on, timeZone);
  const overview = buildOverview(roadmap, schedules, planned, synced.rows, on);
  writeRollup(rs.sheet, roadmap, rs.grid, overview, timeZone);
  return {
    ok: true,
    tracker: {
      ss, timeZone, today, seeded, roadmapSheet: rs, roadmap, settings, settingsSheet: settingsSheet.sheet, people,
      schedules, planned, checkpoints: opened.value, sync: synced.plan, overview,
    },
  };
}

/**
 * A new spreadsheet's untouched «Лист1» / «Sheet1»: the sample goes there instead of next to it, so
 * nobody is left wondering what the empty sheet is for.
 */
function blankDefaultSheet(byName: Map<string, Sheet>): Sheet | null {
  if (byName.size !== 1) return null;
  const [sheet] = Array.from(byName.values());
  return /^(Лист|Sheet)\d+$/.test(sheet.getName()) && sheet.getLastRow() === 0 && sheet.getLastColumn() === 0 ? sheet : null;
}

function settingsDefaults(rs: RoadmapSheet, seeded: boolean, today: IsoDate): SettingsDefaults {
  if (seeded) {
    return {
      organisation: SEED_PLAN_INFO.organisation,
      planTitle: SEED_PLAN_INFO.title,
      plan: { from: SEED_PLAN_INFO.from, to: SEED_PLAN_INFO.to, approved: SEED_PLAN_INFO.approved },
    };
  }
  const texts: string[] = [rs.sheet.getName()];
  const headerRow = rs.read.ok ? rs.read.roadmap.headerRow : 1;
  for (let r = 0; r < headerRow - 1; r++) texts.push(...rs.grid.values[r].map(cellText));
  if (rs.read.ok) for (const a of rs.read.roadmap.activities) texts.push(a.deadlineText);
  return { plan: inferPlan(texts, today) };
}
