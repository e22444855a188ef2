// The Russian words for the core's states.
import type { ActivityState, CheckpointState } from '../core/status';
import { ACTIVITY_STATES, CHECKPOINT_STATES } from '../text/ru';

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
