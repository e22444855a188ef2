// The roadmap on a given day: every activity with its schedule, its checkpoints (as they stand on
// the checkpoints sheet) and their states. Findings, the report and the digest all read this.
import type { IsoDate } from './calendar';
import type { Cell } from './cells';
import type { CheckpointRow, PlannedCheckpoint } from './checkpoints';
import type { Schedule } from './deadline/schedule';
import { responsibleNames } from './responsible';
import type { Activity, Roadmap } from './roadmap';
import { activityRollup, checkpointState, doneDate, type ActivityRollup, type CheckpointState, type Horizon } from './status';

export interface CheckpointView {
  /** 1-based row on the checkpoints sheet. */
  row: number;
  key: string;
  /** Index into Overview.activities, or -1 for a row that left the plan. */
  activityIndex: number;
  number: string;
  activity: string;
  label: string;
  start: IsoDate | '';
  due: IsoDate | '';
  responsible: string;
  state: CheckpointState;
  status: string;
  doneCell: Cell;
  done: IsoDate | null;
  evidence: string;
  /** Where the evidence points: the cell's link, or its text when that is a web address; '' if neither. */
  evidenceUrl: string;
  comment: string;
}

export interface ActivityView {
  activity: Activity;
  schedule: Schedule;
  checkpoints: CheckpointView[];
  rollup: ActivityRollup;
  responsible: string[];
}

export interface Overview {
  today: IsoDate;
  horizonDays: number;
  roadmap: Roadmap;
  activities: ActivityView[];
  /** Every checkpoint row, plan order first, then rows that left the plan. */
  checkpoints: CheckpointView[];
}

/** The text when it is a web address people paste ("https://…", "www.…"), else ''. */
export function webAddress(text: string): string {
  const t = text.trim();
  if (/^https?:\/\/\S+$/i.test(t)) return t;
  return /^www\.\S+\.\S+$/i.test(t) ? `https://${t}` : '';
}

/**
 * Joins the plan with the sheet. `rows` are the checkpoint rows as they stand after a sync (every
 * planned checkpoint has a row); a row whose key is not planned is "removed from the plan".
 */
export function buildOverview(
  roadmap: Roadmap,
  schedules: Schedule[],
  planned: PlannedCheckpoint[],
  rows: CheckpointRow[],
  on: Horizon,
): Overview {
  const planIndex = new Map<string, number>();
  planned.forEach((p, i) => planIndex.set(p.key, i));
  // Checkpoints in plan order without sorting: each planned checkpoint has one slot.
  const slots: (CheckpointView | undefined)[] = new Array(planned.length);
  const removed: CheckpointView[] = [];
  for (const r of rows) {
    if (!r.key) continue;
    const i = planIndex.get(r.key);
    const p = i === undefined ? undefined : planned[i];
    const inPlan = i !== undefined && !slots[i];
    const due = p ? p.due : r.due;
    const view: CheckpointView = {
      row: r.row,
      key: r.key,
      activityIndex: inPlan && p ? p.activityIndex : -1,
      number: p ? p.number : r.number,
      activity: p ? p.activity : r.activity,
      label: p ? p.label : r.label,
      start: p ? p.start : r.start,
      due,
      responsible: p ? p.responsible : r.responsible,
      state: inPlan && due ? checkpointState(due, r, on) : 'removed',
      status: r.status,
      doneCell: r.done,
      done: doneDate(r.done),
      evidence: r.evidence,
      evidenceUrl: r.evidenceLink || (r.evidence ? webAddress(r.evidence) : ''),
      comment: r.comment,
    };
    if (inPlan) slots[i] = view;
    else removed.push(view);
  }
  const views: CheckpointView[] = [];
  for (const v of slots) if (v) views.push(v);
  // Grouped in one pass (a filter per activity was quadratic: 5,000 × 12,000 comparisons).
  const byActivity: CheckpointView[][] = roadmap.activities.map(() => []);
  for (const v of views) if (v.activityIndex >= 0) byActivity[v.activityIndex].push(v);
  // Many activities share one responsible text («ОО», «Заместитель директора по УВР»): split it once.
  const names = new Map<string, string[]>();
  const activities: ActivityView[] = roadmap.activities.map((activity, i) => {
    const checkpoints = byActivity[i];
    let responsible = names.get(activity.responsible);
    if (!responsible) names.set(activity.responsible, (responsible = responsibleNames(activity.responsible)));
    return {
      activity,
      schedule: schedules[i],
      checkpoints,
      rollup: activityRollup(schedules[i].kind, activity.deadlineText !== '', checkpoints),
      responsible, // shared by the activities with this text: read-only
    };
  });
  return { today: on.today, horizonDays: on.days, roadmap, activities, checkpoints: [...views, ...removed] };
}

