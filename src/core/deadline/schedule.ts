// What the deadline engine returns: a schedule read from one «Сроки реализации» cell.
import type { IsoDate, YearMonth } from '../calendar';
import type { SchoolCalendar } from './forms/school-calendar';

/**
 * once        one point or one window (a date, a month, a quarter, a half-year, a year)
 * range       an explicit span of months or dates ("ноябрь-декабрь 2022", "2023–2024 гг.")
 * recurring   more than one checkpoint ("ежегодно (июнь, декабрь)", "июнь 2023, 2024")
 * continuous  "постоянно", "в течение учебного года"
 * as_needed   "по необходимости", "по мере поступления информации"
 * external    dates set by someone else ("в сроки, определяемые …", "по графику …")
 * unknown     not understood; `warnings` says why
 */
export type ScheduleKind = 'once' | 'range' | 'recurring' | 'continuous' | 'as_needed' | 'external' | 'unknown';

/** One dated deliverable: a window [start, due]; `due` is the window's last day. */
export interface Checkpoint {
  /** Russian label of the period, e.g. "июнь 2023", "I квартал 2023", "ноябрь–декабрь 2022". Unique within a schedule. */
  label: string;
  start: IsoDate;
  due: IsoDate;
}

export interface Schedule {
  kind: ScheduleKind;
  /** Inside the plan period, sorted by due date, then start; no two alike. */
  checkpoints: Checkpoint[];
  /** How the text was read, in Russian: "ежегодно в июне и декабре: 5 контрольных точек". */
  explanation: string;
  /** Russian notes on anything ignored or ambiguous. */
  warnings: string[];
}

/** The plan's period: first and last month, inclusive; `approved` (the approval date) may narrow the start. */
export interface PlanPeriod {
  from: YearMonth;
  to: YearMonth;
  approved?: IsoDate;
  /** The school's own quarters, trimesters and holidays («Настройки»); the usual school year where absent. */
  calendar?: Partial<SchoolCalendar>;
}

/** What a deadline cell can hold: text, a number (a year typed alone), or a date cell already read as a calendar date. */
export type DeadlineInput = string | number | { date: IsoDate } | null | undefined;

/** The seed plan's period: December 2022 to December 2024. */
export const SEED_PLAN: PlanPeriod = { from: '2022-12', to: '2024-12' };
