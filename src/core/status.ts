// The state of a checkpoint and of an activity on a given day: what is done, late, due soon or
// planned. "today" is always passed in; the core has no clock of its own.
import { addDays, isIsoDate, parseRuDate, type IsoDate } from './calendar';
import { cellText, foldText, isDateCell, type Cell } from './cells';
import type { ScheduleKind } from './deadline/schedule';
import { NOTES, STATUS_LIST, STATUSES } from '../text/ru';

export type CheckpointState = 'done' | 'done_late' | 'overdue' | 'soon' | 'planned' | 'not_required' | 'removed';
export type ActivityState =
  | 'done' | 'overdue' | 'soon' | 'planned'
  | 'continuous' | 'as_needed' | 'external' | 'unknown' | 'outside_plan' | 'no_deadline' | 'not_required';

/** What people recorded for one checkpoint. */
export interface Mark {
  status: string;
  /** The «Дата выполнения» cell. */
  done: Cell;
}

export interface Horizon {
  today: IsoDate;
  /** "Скоро срок": due within this many days from today. */
  days: number;
}

// People type a handful of distinct statuses over thousands of rows: each is folded once.
const folded = new Map<string, string>();
function foldStatus(status: string): string {
  let f = folded.get(status);
  if (f === undefined) {
    if (folded.size > 1000) folded.clear();
    folded.set(status, (f = foldText(status)));
  }
  return f;
}

export function isDoneStatus(status: string): boolean {
  return foldStatus(status) === foldStatus(STATUSES.done);
}

export function isNotRequiredStatus(status: string): boolean {
  return foldStatus(status) === foldStatus(STATUSES.notRequired);
}

export function isInProgressStatus(status: string): boolean {
  return foldStatus(status) === foldStatus(STATUSES.inProgress);
}

/** A status typed by hand that is not one of the list (an empty status is fine). */
export function isKnownStatus(status: string): boolean {
  const s = foldStatus(status);
  return s === '' || STATUS_LIST.some((x) => foldStatus(x) === s);
}

/** The completion date, whether typed as a date cell or as text "15.12.2022"; null when absent or unreadable. */
export function doneDate(cell: Cell): IsoDate | null {
  if (isDateCell(cell)) return isIsoDate(cell.date) ? cell.date : null;
  return parseRuDate(cellText(cell));
}

/** The demo marks its made-up completions with a comment starting «ПРИМЕР»; every output says so. */
export function isExampleMark(cp: { comment: string }): boolean {
  return cp.comment.trim().toUpperCase().startsWith(NOTES.exampleProgress.split(':')[0]);
}

export function checkpointState(due: IsoDate, mark: Mark, on: Horizon): CheckpointState {
  if (isNotRequiredStatus(mark.status)) return 'not_required';
  if (isDoneStatus(mark.status)) {
    const date = doneDate(mark.done);
    return date && date > due ? 'done_late' : 'done';
  }
  if (due < on.today) return 'overdue';
  return due <= horizonEnd(on) ? 'soon' : 'planned';
}

/** The last day «скоро срок» covers (today + days): worked out once per day, not per checkpoint. */
let lastHorizon: { today: IsoDate; days: number; end: IsoDate } | null = null;
function horizonEnd(on: Horizon): IsoDate {
  if (!lastHorizon || lastHorizon.today !== on.today || lastHorizon.days !== on.days) {
    lastHorizon = { today: on.today, days: on.days, end: addDays(on.today, on.days) };
  }
  return lastHorizon.end;
}

export const isDoneState = (s: CheckpointState): boolean => s === 'done' || s === 'done_late';
/** Checkpoints that count towards "N из M": not waived, not removed from the plan. */
export const isCounted = (s: CheckpointState): boolean => s !== 'not_required' && s !== 'removed';

export interface ActivityRollup {
  state: ActivityState;
  /** Earliest due date among checkpoints not yet done (overdue ones included). */
  nextDue: IsoDate | null;
  done: number;
  total: number;
}

/** One activity from its schedule kind and its checkpoints' states. */
export function activityRollup(
  kind: ScheduleKind,
  hasDeadlineText: boolean,
  checkpoints: readonly { due: IsoDate | ''; state: CheckpointState }[],
): ActivityRollup {
  // One pass, no arrays: this runs for every activity of every action.
  let done = 0;
  let total = 0;
  let open = 0;
  let nextDue: IsoDate | null = null;
  let overdue = false;
  let soon = false;
  let waived = false;
  for (const c of checkpoints) {
    if (c.state === 'not_required') waived = true;
    if (!isCounted(c.state)) continue;
    total++;
    if (isDoneState(c.state)) {
      done++;
      continue;
    }
    open++;
    if (nextDue === null || (c.due as IsoDate) < nextDue) nextDue = c.due as IsoDate;
    if (c.state === 'overdue') overdue = true;
    else if (c.state === 'soon') soon = true;
  }
  const rollup = (state: ActivityState): ActivityRollup => ({ state, nextDue, done, total });
  if (!total) {
    if (waived) return rollup('not_required');
    if (!hasDeadlineText) return rollup('no_deadline');
    if (kind === 'continuous' || kind === 'as_needed' || kind === 'external' || kind === 'unknown') {
      return rollup(kind);
    }
    return rollup('outside_plan');
  }
  if (overdue) return rollup('overdue');
  if (!open) return rollup('done');
  if (soon) return rollup('soon');
  return rollup('planned');
}
