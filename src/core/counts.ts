// The numbers every output shows about a plan on a day (report, letters, «Проверить статусы», summary.json),
// defined once here so they cannot disagree. They partition the checkpoints of the plan:
//   inPlan = onTime + late + overdue + notYetDue   (done = onTime + late)
// «Не требуется» and rows removed from the plan are outside inPlan; dueByDay is the part of inPlan whose
// due date is on or before the day; notTracked counts activities that have no dated checkpoint at all.
import type { IsoDate } from './calendar';
import type { ActivityView } from './overview';
import { isCounted, type CheckpointState } from './status';

export interface PlanCounts {
  /** Checkpoints the plan has (in the period), not waived and not removed from the plan. */
  inPlan: number;
  /** Of inPlan: due on or before the day. */
  dueByDay: number;
  /** Of inPlan: done (on time + late). */
  done: number;
  onTime: number;
  late: number;
  /** Of inPlan: not done and the due date has passed. */
  overdue: number;
  /** Of inPlan: not done and the due date has not passed. */
  notYetDue: number;
  /** Checkpoints marked «Не требуется» (not in inPlan). */
  notRequired: number;
  /** Activities with no dated checkpoint (постоянно, по необходимости, срок не распознан, без срока). */
  notTracked: number;
  /** done / inPlan in whole percent; null when inPlan is 0. */
  percent: number | null;
}

export interface CountedCheckpoint {
  state: CheckpointState;
  due: IsoDate | '';
}

export function emptyCounts(): PlanCounts {
  return { inPlan: 0, dueByDay: 0, done: 0, onTime: 0, late: 0, overdue: 0, notYetDue: 0, notRequired: 0, notTracked: 0, percent: null };
}

/** Adds one checkpoint (as it stands on the day) to running counts; percent is set by finishCounts. */
export function addCheckpoint(c: PlanCounts, cp: CountedCheckpoint, day: IsoDate): void {
  if (cp.state === 'not_required') c.notRequired++;
  if (!isCounted(cp.state)) return;
  c.inPlan++;
  if (cp.due !== '' && cp.due <= day) c.dueByDay++;
  if (cp.state === 'done') { c.done++; c.onTime++; }
  else if (cp.state === 'done_late') { c.done++; c.late++; }
  else if (cp.state === 'overdue') c.overdue++;
  else c.notYetDue++;
}

export function finishCounts(c: PlanCounts): PlanCounts {
  return { ...c, percent: c.inPlan ? Math.round((c.done / c.inPlan) * 100) : null };
}

/**
 * The counts of a plan's activities on `day`, for checkpoints whose due date passes `keep` (all of them by
 * default). An activity without dated checkpoints is "not tracked".
 */
export function countPlan(activities: ActivityView[], day: IsoDate, keep: (due: IsoDate | '') => boolean = () => true): PlanCounts {
  const c = emptyCounts();
  for (const view of activities) {
    if (!view.checkpoints.length) { c.notTracked++; continue; }
    for (const cp of view.checkpoints) if (keep(cp.due)) addCheckpoint(c, cp, day);
  }
  return finishCounts(c);
}
