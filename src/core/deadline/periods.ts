// Period shapes («июнь», «I квартал», «до 1 сентября», «2023/2024 учебный год», …) and the calendar
// window each one covers in a given year, with its stable Russian label.
import { daysInMonth, isoDate, monthEnd, monthStart } from '../calendar';
import type { IsoDate } from '../calendar';
import { LABEL } from './words';

/**
 * A period without its year. `span` counts the years from the start to the end of a range
 * («ноябрь 2022 – февраль 2023» has span 1). School shapes are anchored on the school year's first year.
 */
export type Shape =
  | { type: 'month'; m: number }
  | { type: 'months'; m1: number; m2: number; span: number }
  | { type: 'quarter'; q: number }
  | { type: 'quarters'; q1: number; q2: number; span: number }
  | { type: 'half'; h: number }
  | { type: 'schoolHalf'; h: number }
  | { type: 'term'; n: number }
  | { type: 'year' }
  | { type: 'years'; count: number }
  | { type: 'schoolYear' }
  | { type: 'day'; d: number; m: number }
  | { type: 'days'; d1: number; m1: number; d2: number; m2: number; span: number }
  | { type: 'until'; d: number; m: number }
  | { type: 'dom'; d: number; until: boolean }
  | { type: 'span'; start: IsoDate; due: IsoDate };

/** A calendar window. `open`: the window of «до …», whose start is the day after the previous checkpoint. */
export interface Window {
  start: IsoDate;
  due: IsoDate;
  label: string;
  open: boolean;
}

const clampDay = (y: number, m: number, d: number): number => Math.min(d, daysInMonth(y, m));
const dayOf = (y: number, m: number, d: number): IsoDate => isoDate(y, m, clampDay(y, m, d));

function win(start: IsoDate, due: IsoDate, label: string, open = false): Window {
  return { start, due, label, open };
}

const HALF_MONTHS: [number, number][] = [[0, 0], [1, 6], [7, 12]];
// School quarters («четверти») by months: I Sep–Oct, II Nov–Dec, III Jan–Mar, IV Apr–May.
const TERM_MONTHS: [number, number, number][] = [[0, 0, 0], [9, 10, 0], [11, 12, 0], [1, 3, 1], [4, 5, 1]];

/**
 * The window of a shape in year `y` (for `dom`, `y` is a month index: year * 12 + month - 1).
 * Null when the year is outside 1..9998 (nothing in a plan lies there).
 */
export function windowOf(shape: Shape, y: number): Window | null {
  if (shape.type === 'span') return win(shape.start, shape.due, LABEL.days(shape.start, shape.due));
  if (shape.type === 'dom') {
    const year = Math.floor(y / 12);
    const m = (y % 12) + 1;
    if (year < 1 || year > 9998) return null;
    const due = dayOf(year, m, shape.d);
    return shape.until ? win(due, due, LABEL.until(due), true) : win(due, due, LABEL.day(due));
  }
  if (!(y >= 1 && y <= 9997)) return null;
  switch (shape.type) {
    case 'month':
      return win(monthStart(y, shape.m), monthEnd(y, shape.m), LABEL.month(shape.m, y));
    case 'months':
      return win(monthStart(y, shape.m1), monthEnd(y + shape.span, shape.m2), LABEL.months(shape.m1, y, shape.m2, y + shape.span));
    case 'quarter':
      return win(monthStart(y, shape.q * 3 - 2), monthEnd(y, shape.q * 3), LABEL.quarter(shape.q, y));
    case 'quarters':
      return win(monthStart(y, shape.q1 * 3 - 2), monthEnd(y + shape.span, shape.q2 * 3),
        shape.q1 === shape.q2 && shape.span === 0 ? LABEL.quarter(shape.q1, y) : LABEL.quarters(shape.q1, y, shape.q2, y + shape.span));
    case 'half':
      return win(monthStart(y, HALF_MONTHS[shape.h][0]), monthEnd(y, HALF_MONTHS[shape.h][1]), LABEL.half(shape.h, y));
    case 'schoolHalf':
      return shape.h === 1
        ? win(monthStart(y, 9), monthEnd(y, 12), LABEL.schoolHalf(1, y))
        : win(monthStart(y + 1, 1), monthEnd(y + 1, 5), LABEL.schoolHalf(2, y));
    case 'term': {
      const [m1, m2, shift] = TERM_MONTHS[shape.n];
      return win(monthStart(y + shift, m1), monthEnd(y + shift, m2), LABEL.term(shape.n, y));
    }
    case 'year':
      return win(monthStart(y, 1), monthEnd(y, 12), LABEL.year(y));
    case 'years':
      return shape.count <= 1
        ? win(monthStart(y, 1), monthEnd(y, 12), LABEL.year(y))
        : win(monthStart(y, 1), monthEnd(y + shape.count - 1, 12), LABEL.years(y, y + shape.count - 1));
    case 'schoolYear':
      return win(monthStart(y, 9), monthEnd(y + 1, 5), LABEL.schoolYear(y));
    case 'day': {
      const d = dayOf(y, shape.m, shape.d);
      return win(d, d, LABEL.day(d));
    }
    case 'days': {
      const a = dayOf(y, shape.m1, shape.d1);
      const b = dayOf(y + shape.span, shape.m2, shape.d2);
      return a === b ? win(a, b, LABEL.day(a)) : win(a, b, LABEL.days(a, b));
    }
    case 'until': {
      const d = dayOf(y, shape.m, shape.d);
      return win(d, d, LABEL.until(d), true);
    }
  }
}

/** The month (1–12) a shape starts in, for ordering undated items in a list; 0 when it has none. */
export function startMonth(shape: Shape): number {
  switch (shape.type) {
    case 'month': return shape.m;
    case 'months': return shape.m1;
    case 'quarter': return shape.q * 3 - 2;
    case 'quarters': return shape.q1 * 3 - 2;
    case 'half': return HALF_MONTHS[shape.h][0];
    case 'day': return shape.m;
    case 'days': return shape.m1;
    case 'until': return shape.m;
    default: return 0;
  }
}

/** Whole-year shapes: a year, a span of years, a school year. */
export function isYearShape(shape: Shape): boolean {
  return shape.type === 'year' || shape.type === 'years' || shape.type === 'schoolYear';
}

/** Shapes anchored on a school year (their anchor is the school year's first calendar year). */
export function isSchoolShape(shape: Shape): boolean {
  return shape.type === 'schoolYear' || shape.type === 'schoolHalf' || shape.type === 'term';
}

/** Shapes that name a span of several units: their single occurrence is a `range`. */
export function isRangeShape(shape: Shape): boolean {
  return shape.type === 'months' || shape.type === 'quarters' || (shape.type === 'years' && shape.count > 1) ||
    shape.type === 'days' || shape.type === 'span';
}
