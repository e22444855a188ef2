// The Russian words for the core's states.
import { formatRu, type IsoDate } from '../core/calendar';
import type { ActivityState, CheckpointState } from '../core/status';
import { ACTIVITY_STATES, CHECKPOINT_STATES, stateOnDay } from '../text/ru';

const CHECKPOINT: Record<CheckpointState, string> = {
  done: CHECKPOINT_STATES.done,
  done_late: CHECKPOINT_STATES.doneLate,
  overdue: CHECKPOINT_STATES.overdue,
  soon: CHECKPOINT_STATES.soon,
  planned: CHECKPOINT_STATES.planned,
  not_required: CHECKPOINT_STATES.notRequired,
  removed: CHECKPOINT_STATES.removed,
};

const ACTIVITY: Record<ActivityState, string> = {
  done: ACTIVITY_STATES.done,
  overdue: ACTIVITY_STATES.overdue,
  soon: ACTIVITY_STATES.soon,
  planned: ACTIVITY_STATES.planned,
  continuous: ACTIVITY_STATES.continuous,
  as_needed: ACTIVITY_STATES.asNeeded,
  external: ACTIVITY_STATES.external,
  unknown: ACTIVITY_STATES.unknown,
  outside_plan: ACTIVITY_STATES.outsidePlan,
  no_deadline: ACTIVITY_STATES.noDeadline,
  not_required: ACTIVITY_STATES.notRequired,
};

export const checkpointStateText = (s: CheckpointState): string => CHECKPOINT[s];
export const activityStateText = (s: ActivityState): string => ACTIVITY[s];

/** States that time alone turns into others (planned → soon → overdue); every other state stays until someone types. */
const changesWithTime = (s: CheckpointState | ActivityState): boolean => s === 'planned' || s === 'soon';

/**
 * The state as written into a sheet. `asOf` (a file opened on later days, whose colours follow TODAY()):
 * a state that time alone changes names the day it was computed, so a row that has turned red since does
 * not still claim «В плане». Overdue, done, not required and removed stay true until someone types.
 */
export function checkpointStateCell(s: CheckpointState, asOf?: IsoDate): string {
  return asOf && changesWithTime(s) ? stateOnDay(CHECKPOINT[s], formatRu(asOf)) : CHECKPOINT[s];
}

export function activityStateCell(s: ActivityState, asOf?: IsoDate): string {
  return asOf && changesWithTime(s) ? stateOnDay(ACTIVITY[s], formatRu(asOf)) : ACTIVITY[s];
}
