// The core alone, on a workbook snapshot: what every action costs in CPU before any Google or file
// call. Apps Script runs this same code, so these milliseconds are spent in every real run too.
import {
  buildReport, CHECKPOINT_FIELDS, CHECKPOINT_HEADERS, checkpointRules, findFindings, planDigest, planWrites, readTracker, reportPeriod,
  roadmapRules, SCRIPT_FIELDS, SHEETS, type Cell, type Tracker, type WorkbookSnapshot, type WritePlan,
} from '../src/core';
import { syntheticRoadmap } from './fixtures';
import type { BenchRow } from './deadline';

const TODAY = '2023-10-02';

/** A workbook with the roadmap only (before the first set-up). */
export function freshWorkbook(activities: number): WorkbookSnapshot {
  return { timeZone: 'Europe/Moscow', sheets: [{ name: SHEETS.roadmap, values: syntheticRoadmap(activities) }] };
}

/** The same workbook after a set-up: the checkpoints sheet holds every planned row. */
export function setUpWorkbook(activities: number): WorkbookSnapshot {
  const wb = freshWorkbook(activities);
  const t = readTracker(wb, TODAY);
  if (!t.ok) throw new Error(t.message);
  const plan = planWrites(t.tracker, true);
  const header: Cell[] = CHECKPOINT_FIELDS.map((f) => CHECKPOINT_HEADERS[f]);
  const rows: Cell[][] = plan.checkpoints.appends.map((cells) => CHECKPOINT_FIELDS.map((f) => (SCRIPT_FIELDS.includes(f) ? cells[f] ?? '' : '')));
  const roadmap = wb.sheets[0].values.map((r, i) => {
    const line = r.slice();
    for (const c of plan.rollup.headers) if (c.row === i + 1) line[c.column - 1] = c.value;
    for (const c of plan.rollup.cells) if (c.row === i + 1) line[c.column - 1] = c.value;
    return line;
  });
  return { timeZone: wb.timeZone, sheets: [{ name: SHEETS.roadmap, values: roadmap }, { name: SHEETS.checkpoints, values: [header, ...rows] }] };
}

function tracker(wb: WorkbookSnapshot): Tracker {
  const t = readTracker(wb, TODAY);
  if (!t.ok) throw new Error(t.message);
  return t.tracker;
}

const STEPS: { action: string; setUp: boolean; run: (t: Tracker) => unknown }[] = [
  { action: 'core: setup', setUp: false, run: (t) => planWrites(t, true) },
  { action: 'core: re-sync', setUp: true, run: (t) => planWrites(t, true) },
  { action: 'core: check', setUp: true, run: (t) => [planWrites(t, false), findFindings({ overview: t.overview, people: t.people, settingProblems: t.settings.problems })] },
  { action: 'core: highlight', setUp: true, run: (t) => [planWrites(t, false), checkpointRules(2, 'F', 'I', 'H', 14), roadmapRules(2, 'F', 'G', 14)] },
  { action: 'core: report model', setUp: true, run: (t) => buildReport({ overview: t.overview, organisation: 'Школа', planTitle: 'План', period: reportPeriod({ kind: 'upTo', date: t.today }, t.settings.settings.plan) }) },
  { action: 'core: digest plan', setUp: true, run: (t) => planDigest({ overview: t.overview, people: t.people, coordinators: [], digestDay: 1 }) },
];

/** Median CPU ms of five runs (after one warm-up), of reading the tracker and deciding. */
export function benchCore(activities: number): (BenchRow & { cellsPlanned?: number })[] {
  const fresh = freshWorkbook(activities);
  const setUp = setUpWorkbook(activities);
  return STEPS.map((step) => {
    const wb = step.setUp ? setUp : fresh;
    const times: number[] = [];
    let out: unknown;
    for (let i = 0; i < 6; i++) {
      // CPU time of this process, not wall time: the figure stays meaningful on a busy machine.
      const started = process.cpuUsage();
      out = step.run(tracker(wb));
      const used = process.cpuUsage(started);
      if (i > 0) times.push((used.user + used.system) / 1000);
    }
    times.sort((a, b) => a - b);
    const plan = (Array.isArray(out) ? out[0] : out) as WritePlan | undefined;
    const row: BenchRow & { cellsPlanned?: number } = { action: step.action, activities, calls: 0, ms: Math.round(times[2] * 10) / 10 };
    if (plan && 'checkpoints' in plan) {
      row.cellsPlanned = plan.checkpoints.updates.reduce((n, u) => n + u.cells.length, 0) + plan.checkpoints.appends.length * SCRIPT_FIELDS.length + plan.rollup.cells.length;
    }
    return row;
  });
}
