// One pass over the whole spreadsheet: find or create the sheets, read each once, let the core
// plan the checkpoints, and write back the script's cells. Set-up, the status check and the
// deadline edit trigger all run this; it is idempotent.
import { dateInZone, type IsoDate } from '../core/calendar';
import { cellText } from '../core/cells';
import { planCheckpoints, type PlannedCheckpoint, type SyncPlan } from '../core/checkpoints';
import { readDeadline } from '../core/deadline';
import type { Schedule } from '../core/deadline/schedule';
import { buildOverview, type Overview } from '../core/overview';
import type { PeopleDirectory } from '../core/responsible';
import type { Roadmap } from '../core/roadmap';
import { SEED_PLAN_INFO } from '../core/seed';
import { inferPlan, type SettingsDefaults } from '../core/settings';
import { MESSAGES, SHEETS } from '../text/ru';
import { openCheckpointSheet, syncCheckpointSheet, type CheckpointSheet } from './checkpoint-sheet';
import { ensurePeopleSheet } from './people-sheet';
import { findRoadmapSheet, readRoadmapSheet, seedRoadmap, writeRollup, type RoadmapSheet } from './roadmap-sheet';
import { ensureSettingsSheet, type SettingsSheet } from './settings-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Tracker {
  ss: Spreadsheet;
  timeZone: string;
  today: IsoDate;
  seeded: boolean;
  roadmapSheet: RoadmapSheet;
  roadmap: Roadmap;
  settings: SettingsSheet;
  people: PeopleDirectory;
  schedules: Schedule[];
  planned: PlannedCheckpoint[];
  checkpoints: CheckpointSheet;
  sync: SyncPlan;
  overview: Overview;
}

export type TrackerResult = { ok: true; tracker: Tracker } | { ok: false; message: string };

export interface RefreshOptions {
  /** Create «Дорожная карта» with the sample plan when the spreadsheet has no roadmap. */
  seedIfMissing: boolean;
}

export function refreshTracker(ss: Spreadsheet, now: Date, options: RefreshOptions): TrackerResult {
  const timeZone = ss.getSpreadsheetTimeZone();
  const today = dateInZone(now, timeZone);
  const sheets = ss.getSheets();
  const byName = new Map(sheets.map((s) => [s.getName(), s]));

  // 1. The roadmap, read and checked before anything is written.
  let roadmapSheet = findRoadmapSheet(sheets, timeZone);
  let seeded = false;
  if (!roadmapSheet || roadmapSheet.grid.lastRow === 0) {
    if (!options.seedIfMissing) return { ok: false, message: MESSAGES.noRoadmapSheet(SHEETS.roadmap) };
    const sheet = roadmapSheet?.sheet ?? ss.insertSheet(SHEETS.roadmap, 0);
    seedRoadmap(sheet);
    roadmapSheet = readRoadmapSheet(sheet, timeZone);
    seeded = true;
  }
  const read = roadmapSheet.read;
  if (!read.ok) return { ok: false, message: MESSAGES.missingColumns(roadmapSheet.sheet.getName(), read.missing) };
  const roadmap = read.roadmap;
  if (!roadmap.activities.length) return { ok: false, message: MESSAGES.noActivities(roadmapSheet.sheet.getName()) };

  // 2. Settings and people: missing rows added, typed values kept.
  const settings = ensureSettingsSheet(ss, byName.get(SHEETS.settings), timeZone, settingsDefaults(roadmapSheet, seeded, today));
  const people = ensurePeopleSheet(ss, byName.get(SHEETS.people), timeZone, roadmap);

  // 3. Checkpoints: planned by the deadline engine, reconciled with the sheet.
  const plan = settings.read.settings.plan;
  const schedules = roadmap.activities.map((a) => readDeadline(typeof a.deadline === 'boolean' ? a.deadlineText : a.deadline, plan));
  const planned = planCheckpoints(roadmap, schedules);
  const opened = openCheckpointSheet(ss, byName.get(SHEETS.checkpoints), timeZone);
  if (!opened.ok) return { ok: false, message: opened.message };
  const on = { today, days: settings.read.settings.horizonDays };
  const synced = syncCheckpointSheet(opened.value, planned, on, timeZone);

  // 4. The roll-up on the roadmap sheet.
  const overview = buildOverview(roadmap, schedules, planned, synced.rows, on);
  writeRollup(roadmapSheet.sheet, roadmap, roadmapSheet.grid, overview, timeZone);

  return {
    ok: true,
    tracker: {
      ss, timeZone, today, seeded, roadmapSheet, roadmap, settings, people, schedules, planned,
      checkpoints: opened.value, sync: synced.plan, overview,
    },
  };
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

