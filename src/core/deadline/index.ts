// The deadline engine's public entry: readDeadline reads one «Сроки реализации» cell into a Schedule.
// TEMPORARY STUB: returns `unknown` for everything until the parser lands (next commits).
import type { DeadlineInput, PlanPeriod, Schedule } from './schedule';

export type { Checkpoint, DeadlineInput, PlanPeriod, Schedule, ScheduleKind } from './schedule';
export { SEED_PLAN } from './schedule';

export function readDeadline(_input: DeadlineInput, _plan: PlanPeriod): Schedule {
  return { kind: 'unknown', checkpoints: [], explanation: 'срок не понят: разбор ещё не готов', warnings: ['Разбор сроков ещё не готов.'] };
}
