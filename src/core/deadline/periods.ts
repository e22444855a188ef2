// Period shapes («июнь», «I квартал», «до 1 сентября», «2023/2024 учебный год», «за март — до 15.04», …) and what
// each one means, in one table: the calendar window it covers in a given year, its stable Russian label, the month
// it starts in, how it reads in an explanation. The table is typed by the shape union, so a new shape cannot be
// added without saying all of that.
import { addDays, daysInMonth, isoDate, monthEnd, monthStart } from '../calendar';
import type { IsoDate } from '../calendar';
import { nthWeekday, addWorkdays } from './forms/weekdays';
import { schoolHoliday, schoolTerm, SCHOOL_DEFAULTS } from './forms/school-calendar';
import type { HolidayName, SchoolCalendar } from './forms/school-calendar';
import { LABEL, PHRASE } from './words';

/** The period a reporting lag follows: a month, a quarter, a half-year or a year. */
export type LagPer = 'month' | 'quarter' | 'half' | 'year';

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
  | { type: 'trimester'; n: number }
  | { type: 'holiday'; name: HolidayName }
  | { type: 'year' }
  | { type: 'years'; count: number }
  | { type: 'schoolYear' }
  | { type: 'day'; d: number; m: number }
  | { type: 'days'; d1: number; m1: number; d2: number; m2: number; span: number }
  | { type: 'until'; d: number; m: number }
  | { type: 'dom'; d: number; until: boolean }
  | { type: 'span'; start: IsoDate; due: IsoDate }
  | { type: 'week'; n: number; m: number }
  | { type: 'nthWeekday'; n: number; wd: number; m: number; working: boolean }
  | { type: 'lag'; per: LagPer | null; of: Shape | null; d: number; m: number; workdays: number };

export type ShapeType = Shape['type'];
type Of<K extends ShapeType> = Extract<Shape, { type: K }>;

/**
 * A calendar window. `open`: the window of «до …», whose start is the day after the previous checkpoint.
 * `whole`: kept only when the whole window lies in the plan (a report for a month before the plan is not due in it).
 */
export interface Window {
  start: IsoDate;
  due: IsoDate;
  label: string;
  open: boolean;
  whole?: boolean;
}

/** Where a shape's occurrences are counted: per year, or per month (`dom`: the index is year * 12 + month - 1). */
export type Step = 'year' | 'month';

interface ShapeSpec<S extends Shape> {
  /** The window in year (or month index) `y`; null when there is none (a 5th Wednesday that does not exist). */
  window(s: S, y: number, cal: SchoolCalendar): Window | null;
  /** The month (1–12) it starts in, for ordering undated items in a list; 0 when it has none. */
  startMonth(s: S): number;
  /** How it reads in an explanation: «в июне», «до 1 сентября», «в осенние каникулы». */
  phrase(s: S): string;
  /** A whole year, a span of years, a school year. */
  yearLike: boolean;
  /** Anchored on a school year (the anchor is the school year's first calendar year). */
  school: boolean;
  /** Names a span of several units: its single occurrence is a `range`. */
  range(s: S): boolean;
  step: Step;
  /** Its extent inside one year, for joining «с X по Y», «X – Y»; null when it does not join that way. */
  bounds(s: S): Bounds | null;
  /** What «до X» makes of it when X names the day itself («до 1 сентября», «до 5 числа»); null: from its window. */
  until(s: S): Shape | null;
  /** «до конца X» keeps X as it is: its end is known only with the plan (the school's calendar, an undated half). */
  endLater(s: S, dated: boolean): boolean;
  /** How «с X» reads in an explanation, in year `y`. */
  from(s: S, y: number): string;
  /** A single day or a span of days (not months). */
  dayLike: boolean;
  /** Counted in working days: depends on the government's yearly transfers of days off. */
  workdays(s: S): boolean;
  /** «в конце X», «в начале X»: the part of X meant (and how many years later it lies), or null: X itself. */
  edge(s: S, a: 'end' | 'begin'): { shape: Shape; years: number } | null;
  /** Written without a year in a plan of one school year: read as this instead (a half-year → the school's half). */
  inSchoolPlan(s: S): Shape | null;
  /** What «ежегодно» repeats of it («2023–2024 гг. (ежегодно)» → every year). */
  yearly(s: S): Shape;
  /** The explanation adds «учебный год — с 1 сентября по 31 мая». */
  schoolYearNote: boolean;
  /** The explanation adds the note on quarters by months (until the school gives its own). */
  termNote: boolean;
}

/** The extent of a period inside one year: first and last month and day, and what it is made of. */
export interface Bounds {
  sm: number;
  sd: number;
  em: number;
  ed: number;
  kind: 'day' | 'month' | 'quarter' | 'year';
}

const clampDay = (y: number, m: number, d: number): number => Math.min(d, daysInMonth(y, m));
const dayOf = (y: number, m: number, d: number): IsoDate => isoDate(y, m, clampDay(y, m, d));

function win(start: IsoDate, due: IsoDate, label: string, open = false): Window {
  return { start, due, label, open };
}

const HALF_MONTHS: [number, number][] = [[0, 0], [1, 6], [7, 12]];
const no = (): boolean => false;
const zero = (): number => 0;
const noBounds = (): null => null;
const fromWindow = (s: Shape, y: number): string => {
  const w = windowOf(s, y);
  return w ? PHRASE.fromDate(w.start) : '';
};
/** The fields most shapes share: no range bounds, «до X» from the window, «с X» from the window's first day. */
const PLAIN = {
  bounds: noBounds, until: (): null => null, endLater: no, from: fromWindow, dayLike: false, workdays: no, edge: (): null => null,
  inSchoolPlan: (): null => null, yearly: <S extends Shape>(s: S): Shape => s, schoolYearNote: false, termNote: false,
};
/** School shapes: «до конца II четверти» waits for the school's calendar. */
const SCHOOL = { ...PLAIN, endLater: (): boolean => true };

/** The due day of a reporting lag whose period ends on `end`. */
function lagDue(s: Of<'lag'>, end: IsoDate): IsoDate {
  if (s.workdays > 0) return addWorkdays(end, s.workdays);
  const y = Number(end.slice(0, 4));
  const em = Number(end.slice(5, 7));
  if (s.m > 0) {
    // «не позднее 1 июня года, следующего за отчётным»: the first such day after the period.
    const same = dayOf(y, s.m, s.d);
    return same > end ? same : dayOf(y + 1, s.m, s.d);
  }
  return em === 12 ? dayOf(y + 1, 1, s.d) : dayOf(y, em + 1, s.d);
}

export const SHAPES: { [K in ShapeType]: ShapeSpec<Of<K>> } = {
  month: {
    ...PLAIN, bounds: (s) => ({ sm: s.m, sd: 1, em: s.m, ed: 31, kind: 'month' }), from: (s, y) => PHRASE.fromMonth(s.m, y),
    window: (s, y) => win(monthStart(y, s.m), monthEnd(y, s.m), LABEL.month(s.m, y)),
    startMonth: (s) => s.m, phrase: (s) => PHRASE.inMonth(s.m), yearLike: false, school: false, range: no, step: 'year',
  },
  months: {
    ...PLAIN, bounds: (s) => (s.span === 0 ? { sm: s.m1, sd: 1, em: s.m2, ed: 31, kind: 'month' } : null),
    window: (s, y) => win(monthStart(y, s.m1), monthEnd(y + s.span, s.m2), LABEL.months(s.m1, y, s.m2, y + s.span)),
    startMonth: (s) => s.m1, phrase: (s) => PHRASE.inMonths(s.m1, s.m2), yearLike: false, school: false, range: () => true, step: 'year',
  },
  quarter: {
    ...PLAIN, bounds: (s) => ({ sm: s.q * 3 - 2, sd: 1, em: s.q * 3, ed: 31, kind: 'quarter' }), from: (s, y) => PHRASE.fromQuarter(s.q, y),
    window: (s, y) => win(monthStart(y, s.q * 3 - 2), monthEnd(y, s.q * 3), LABEL.quarter(s.q, y)),
    startMonth: (s) => s.q * 3 - 2, phrase: (s) => PHRASE.inQuarter(s.q), yearLike: false, school: false, range: no, step: 'year',
  },
  quarters: {
    ...PLAIN,
    window: (s, y) => win(monthStart(y, s.q1 * 3 - 2), monthEnd(y + s.span, s.q2 * 3),
      s.q1 === s.q2 && s.span === 0 ? LABEL.quarter(s.q1, y) : LABEL.quarters(s.q1, y, s.q2, y + s.span)),
    startMonth: (s) => s.q1 * 3 - 2, phrase: (s) => PHRASE.inQuarters(s.q1, s.q2), yearLike: false, school: false, range: () => true, step: 'year',
  },
  half: {
    ...PLAIN, inSchoolPlan: (x) => ({ type: 'schoolHalf', h: x.h }), endLater: (_s, dated) => !dated,
    window: (s, y) => win(monthStart(y, HALF_MONTHS[s.h][0]), monthEnd(y, HALF_MONTHS[s.h][1]), LABEL.half(s.h, y)),
    startMonth: (s) => HALF_MONTHS[s.h][0], phrase: (s) => PHRASE.inHalf(s.h), yearLike: false, school: false, range: no, step: 'year',
  },
  schoolHalf: {
    ...SCHOOL, schoolYearNote: true,
    window: (s, y) => (s.h === 1
      ? win(monthStart(y, 9), monthEnd(y, 12), LABEL.schoolHalf(1, y))
      : win(monthStart(y + 1, 1), monthEnd(y + 1, 5), LABEL.schoolHalf(2, y))),
    startMonth: zero, phrase: (s) => PHRASE.inSchoolHalf(s.h), yearLike: false, school: true, range: no, step: 'year',
  },
  term: {
    ...SCHOOL, termNote: true,
    window: (s, y, cal) => {
      const t = schoolTerm(cal.terms, s.n, y);
      return t ? win(t.start, t.due, LABEL.term(s.n, y)) : null;
    },
    startMonth: zero, phrase: (s) => PHRASE.inTerm(s.n), yearLike: false, school: true, range: no, step: 'year',
  },
  trimester: {
    ...SCHOOL,
    window: (s, y, cal) => {
      const t = schoolTerm(cal.trimesters, s.n, y);
      return t ? win(t.start, t.due, LABEL.trimester(s.n, y)) : null;
    },
    startMonth: zero, phrase: (s) => PHRASE.inTrimester(s.n), yearLike: false, school: true, range: no, step: 'year',
  },
  holiday: {
    ...SCHOOL,
    window: (s, y, cal) => {
      const h = schoolHoliday(cal.holidays[s.name], y);
      return h ? win(h.start, h.due, LABEL.holiday(s.name, y)) : null;
    },
    startMonth: zero, phrase: (s) => PHRASE.inHoliday(s.name), yearLike: false, school: true, range: () => true, step: 'year',
  },
  year: {
    ...PLAIN, bounds: () => ({ sm: 1, sd: 1, em: 12, ed: 31, kind: 'year' }), from: (_s, y) => PHRASE.fromYear(y),
    edge: (_s, a) => ({ shape: { type: 'month', m: a === 'end' ? 12 : 1 }, years: 0 }),
    window: (_s, y) => win(monthStart(y, 1), monthEnd(y, 12), LABEL.year(y)),
    startMonth: zero, phrase: () => PHRASE.inCalendarYear, yearLike: true, school: false, range: no, step: 'year',
  },
  years: {
    ...PLAIN, yearly: () => ({ type: 'year' }),
    window: (s, y) => (s.count <= 1
      ? win(monthStart(y, 1), monthEnd(y, 12), LABEL.year(y))
      : win(monthStart(y, 1), monthEnd(y + s.count - 1, 12), LABEL.years(y, y + s.count - 1))),
    startMonth: zero, phrase: (s) => PHRASE.inYears(s.count), yearLike: true, school: false, range: (s) => s.count > 1, step: 'year',
  },
  schoolYear: {
    ...PLAIN, schoolYearNote: true,
    // «в конце учебного года» → май (of its second calendar year), «в начале учебного года» → сентябрь
    edge: (_s, a) => (a === 'end' ? { shape: { type: 'month', m: 5 }, years: 1 } : { shape: { type: 'month', m: 9 }, years: 0 }),
    window: (_s, y) => win(monthStart(y, 9), monthEnd(y + 1, 5), LABEL.schoolYear(y)),
    startMonth: zero, phrase: () => PHRASE.inSchoolYear, yearLike: true, school: true, range: no, step: 'year',
  },
  day: {
    ...PLAIN, bounds: (s) => ({ sm: s.m, sd: s.d, em: s.m, ed: s.d, kind: 'day' }), until: (s) => ({ type: 'until', d: s.d, m: s.m }), dayLike: true,
    window: (s, y) => {
      const d = dayOf(y, s.m, s.d);
      return win(d, d, LABEL.day(d));
    },
    startMonth: (s) => s.m, phrase: (s) => PHRASE.onDay(s.d, s.m), yearLike: false, school: false, range: no, step: 'year',
  },
  days: {
    ...PLAIN, bounds: (s) => (s.span === 0 ? { sm: s.m1, sd: s.d1, em: s.m2, ed: s.d2, kind: 'day' } : null), dayLike: true,
    window: (s, y) => {
      const a = dayOf(y, s.m1, s.d1);
      const b = dayOf(y + s.span, s.m2, s.d2);
      return a === b ? win(a, b, LABEL.day(a)) : win(a, b, LABEL.days(a, b));
    },
    startMonth: (s) => s.m1, phrase: (s) => PHRASE.onDays(s.d1, s.m1, s.d2, s.m2), yearLike: false, school: false, range: () => true, step: 'year',
  },
  until: {
    ...PLAIN,
    window: (s, y) => {
      const d = dayOf(y, s.m, s.d);
      return win(d, d, LABEL.until(d), true);
    },
    startMonth: (s) => s.m, phrase: (s) => PHRASE.untilDay(s.d, s.m), yearLike: false, school: false, range: no, step: 'year',
  },
  dom: {
    ...PLAIN, until: (s) => ({ type: 'dom', d: s.d, until: true }),
    window: (s, i) => {
      const year = Math.floor(i / 12);
      const m = (i % 12) + 1;
      if (year < 1 || year > 9998) return null;
      const due = dayOf(year, m, s.d);
      return s.until ? win(due, due, LABEL.until(due), true) : win(due, due, LABEL.day(due));
    },
    startMonth: zero, phrase: (s) => (s.until ? PHRASE.untilDom(s.d) : PHRASE.onDom(s.d)), yearLike: false, school: false, range: no, step: 'month',
  },
  span: {
    ...PLAIN,
    window: (s) => win(s.start, s.due, LABEL.days(s.start, s.due)),
    startMonth: zero, phrase: () => '', yearLike: false, school: false, range: () => true, step: 'year',
  },
  week: {
    ...PLAIN,
    window: (s, y) => {
      const last = daysInMonth(y, s.m);
      const from = s.n < 0 ? last - 6 : 7 * (s.n - 1) + 1;
      if (from > last) return null;
      const to = s.n < 0 || s.n >= 5 ? last : 7 * s.n;
      return win(isoDate(y, s.m, from), isoDate(y, s.m, to), LABEL.week(s.n, s.m, y));
    },
    startMonth: (s) => s.m, phrase: (s) => PHRASE.inWeek(s.n, s.m), yearLike: false, school: false, range: no, step: 'year',
  },
  nthWeekday: {
    ...PLAIN, workdays: (s) => s.working,
    window: (s, y) => {
      if (s.m < 1) return null;
      const d = nthWeekday(y, s.m, s.n, s.wd, s.working);
      return d ? win(d, d, LABEL.day(d)) : null;
    },
    startMonth: (s) => s.m, phrase: (s) => PHRASE.onNthWeekday(s.n, s.wd, s.m, s.working), yearLike: false, school: false, range: no, step: 'year',
  },
  lag: {
    ...PLAIN, workdays: (s) => s.workdays > 0,
    window: (s, y, cal) => {
      if (!s.of) return null;
      const w = windowOf(s.of, y, cal);
      if (!w) return null;
      const due = lagDue(s, w.due);
      return { start: w.start, due, label: LABEL.lag(w.label, due), open: false, whole: true };
    },
    startMonth: (s) => (s.of ? SHAPES[s.of.type].startMonth(s.of as never) : 0),
    phrase: (s) => PHRASE.lag(s.per, s.d, s.m, s.workdays), yearLike: false, school: false, range: no, step: 'year',
  },
};

function spec<S extends Shape>(s: S): ShapeSpec<S> {
  return SHAPES[s.type] as unknown as ShapeSpec<S>;
}

/**
 * The window of a shape in year `y` (for `dom`, `y` is a month index: year * 12 + month - 1), with the school's
 * calendar for terms and holidays. Null when the year is outside 1..9997 (nothing in a plan lies there).
 */
export function windowOf(shape: Shape, y: number, cal: SchoolCalendar = SCHOOL_DEFAULTS): Window | null {
  const sp = spec(shape);
  if (sp.step === 'year' && shape.type !== 'span' && !(y >= 1 && y <= 9997)) return null;
  return sp.window(shape, y, cal);
}

export function startMonth(shape: Shape): number {
  return spec(shape).startMonth(shape);
}

export function shapePhrase(shape: Shape): string {
  return spec(shape).phrase(shape);
}

export function isYearShape(shape: Shape): boolean {
  return spec(shape).yearLike;
}

export function isSchoolShape(shape: Shape): boolean {
  return spec(shape).school;
}

export function isRangeShape(shape: Shape): boolean {
  return spec(shape).range(shape);
}

export function stepOf(shape: Shape): Step {
  return spec(shape).step;
}

export function shapeBounds(shape: Shape): Bounds | null {
  return spec(shape).bounds(shape);
}

/** «до X» naming a day directly, or null. */
export function untilShape(shape: Shape): Shape | null {
  return spec(shape).until(shape);
}

export function endsLater(shape: Shape, dated: boolean): boolean {
  return spec(shape).endLater(shape, dated);
}

export function fromPhrase(shape: Shape, y: number): string {
  return spec(shape).from(shape, y);
}

export function isDayShape(shape: Shape): boolean {
  return spec(shape).dayLike;
}

export function usesWorkdays(shape: Shape): boolean {
  return spec(shape).workdays(shape);
}

export function inSchoolPlan(shape: Shape): Shape | null {
  return spec(shape).inSchoolPlan(shape);
}

export function yearlyOf(shape: Shape): Shape {
  return spec(shape).yearly(shape);
}

export function needsSchoolYearNote(shape: Shape): boolean {
  return spec(shape).schoolYearNote;
}

export function needsTermNote(shape: Shape): boolean {
  return spec(shape).termNote;
}

export function edgeOf(shape: Shape, a: 'end' | 'begin'): { shape: Shape; years: number } | null {
  return spec(shape).edge(shape, a);
}

/** The day before a window starts, for «до X». */
export function dayBefore(w: Window): IsoDate {
  return addDays(w.start, -1);
}
