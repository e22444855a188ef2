// The deadline engine's public entry: readDeadline reads one «Сроки реализации» cell into a Schedule
// of dated checkpoints inside the plan period. Pure: no Google, no clock, no time zone.
import { dateParts, formatRu, isIsoDate, monthEnd, monthStart, parseYearMonth } from '../calendar';
import type { IsoDate } from '../calendar';
import { schoolCalendar } from './forms/school-calendar';
import { interpret } from './interpret';
import type { PlanWindow } from './interpret';
import { MAX_CHARS } from './normalize';
import { parseTokens } from './parser';
import type { Reading } from './parser';
import type { DeadlineInput, PlanPeriod, Schedule } from './schedule';
import { SEED_PLAN } from './schedule';
import { tokenize } from './tokens';
import { EXPLAIN, LABEL, planLabel, REASON, WARN } from './words';

export type { Checkpoint, DeadlineInput, PlanPeriod, Schedule, ScheduleKind } from './schedule';
export { SEED_PLAN } from './schedule';
export type { DayRange, HolidayName, SchoolCalendar } from './forms/school-calendar';
export { parseDayRange, parseDayRanges, SCHOOL_DEFAULTS } from './forms/school-calendar';

/** The longest plan the engine expands (a longer one is a typo in the settings). */
const MAX_PLAN_YEARS = 100;

/**
 * Reads a deadline cell. Never throws: what it cannot read comes back as kind `unknown` with the reason in
 * the explanation, and everything ignored or ambiguous is listed in `warnings`.
 */
export function readDeadline(input: DeadlineInput, plan: PlanPeriod): Schedule {
  try {
    return read(input, plan);
  } catch (e) {
    return unknown(REASON.internal, [`${REASON.internal}: ${e instanceof Error ? e.message : String(e)}`]);
  }
}

function unknown(reason: string, warnings: string[] = []): Schedule {
  return { kind: 'unknown', checkpoints: [], explanation: EXPLAIN.unknown(reason), warnings };
}

/**
 * The plan's first and last day: its first month (or the approval day, if later) to its last month's end. The one
 * place this is computed (the report's planDays calls it); planWindow adds the checks and the label.
 */
export function planSpan(plan: PlanPeriod): { start: IsoDate; end: IsoDate } {
  const [fy, fm] = String(plan.from).split('-').map(Number);
  const [ty, tm] = String(plan.to).split('-').map(Number);
  const first = monthStart(fy, fm);
  // The approval date narrows the start: nothing is due before the plan existed.
  const start = plan.approved && isIsoDate(plan.approved) && plan.approved > first ? plan.approved : first;
  return { start, end: monthEnd(ty, tm) };
}

/** The plan's first and last day, label and school calendar; null when the period is unusable. */
export function planWindow(plan: PlanPeriod): PlanWindow | null {
  const from = plan && typeof plan.from === 'string' ? parseYearMonth(plan.from) : null;
  const to = plan && typeof plan.to === 'string' ? parseYearMonth(plan.to) : null;
  if (!from || !to || from.year < 1 || to.year > 9990) return null;
  const { start, end } = planSpan(plan);
  if (start > end || to.year - from.year > MAX_PLAN_YEARS) return null;
  return {
    start, end, label: planLabel(from.year, from.month, to.year, to.month),
    firstYear: dateParts(start).year, lastYear: to.year, cal: schoolCalendar(plan.calendar),
  };
}

// A run reads every cell with the same plan object: its window is worked out once (checked field by field, so a
// plan object changed in place is worked out again).
const windows = new WeakMap<PlanPeriod, { from: unknown; to: unknown; approved: unknown; calendar: unknown; w: PlanWindow | null }>();

function cachedWindow(plan: PlanPeriod): PlanWindow | null {
  if (!plan || typeof plan !== 'object') return planWindow(plan);
  const hit = windows.get(plan);
  if (hit && hit.from === plan.from && hit.to === plan.to && hit.approved === plan.approved && hit.calendar === plan.calendar) return hit.w;
  const w = planWindow(plan);
  windows.set(plan, { from: plan.from, to: plan.to, approved: plan.approved, calendar: plan.calendar, w });
  return w;
}

function read(input: DeadlineInput, plan: PlanPeriod): Schedule {
  const window = cachedWindow(plan);
  const extra: string[] = [];
  let text: string;
  if (input === null || input === undefined) return unknown(REASON.empty);
  if (typeof input === 'number') {
    if (!Number.isInteger(input) || input < 1900 || input > 2199) return unknown(REASON.notAYear(String(input)));
    text = String(input);
  } else if (typeof input === 'object') {
    const date = (input as { date?: unknown }).date;
    if (typeof date !== 'string') return unknown(REASON.badInput);
    if (!isIsoDate(date)) return unknown(REASON.badDate(date));
    const { year, month, day } = dateParts(date);
    // A month typed as «сентябрь 2023» may have been turned into 01.09.2023 by Sheets.
    if (day === 1) extra.push(WARN.sheetsDate(date, LABEL.month(month, year)));
    // A real date cell is that day: used as a date, not written out and parsed again.
    const reading: Reading = {
      periods: [{ shape: { type: 'day', d: day, m: month }, year, role: 'plain', origin: 'day', pos: 0, part: 0, group: 0, bare: false,
        during: false, context: false, text: formatRu(date) }],
      recurs: [], markers: [], unknown: [], warnings: [], badDates: [], reversed: [],
    };
    return window ? interpret(reading, window, extra) : interpret(reading, planWindow(SEED_PLAN) as PlanWindow,
      [...extra, WARN.badPlan(String(plan && plan.from), String(plan && plan.to))], false);
  } else if (typeof input === 'string') {
    text = input;
    if (text.length > MAX_CHARS) {
      extra.push(WARN.truncated(MAX_CHARS));
      text = text.slice(0, MAX_CHARS);
    }
  } else {
    return unknown(REASON.badInput);
  }
  if (!text.trim()) return unknown(REASON.empty, extra);
  if (!/[0-9A-Za-zА-Яа-яЁёІі]/.test(text)) return unknown(REASON.nothing, extra);
  const reading = parseTokens(tokenize(text));
  if (!window) {
    // Still say how the text reads, but no checkpoints without a usable plan.
    const fallback = planWindow(SEED_PLAN) as PlanWindow;
    return interpret(reading, fallback, [...extra, WARN.badPlan(String(plan && plan.from), String(plan && plan.to))], false);
  }
  return interpret(reading, window, extra);
}
