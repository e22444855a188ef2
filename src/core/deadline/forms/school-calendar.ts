// The school calendar form: quarters («II четверть»), trimesters («по итогам триместра») and holidays («в осенние
// каникулы», «в период летних каникул»), read with the school's own calendar. Defaults: quarters by whole months, as
// the engine always read them (I Sep–Oct, II Nov–Dec, III Jan–Mar, IV Apr–May); trimesters I Sep–Nov, II Dec–Feb,
// III Mar–May; holidays after the Ministry of Education's recommended calendar for 2024/2025 (federal calendar
// schedule of the ФОП НОО/ООО, п. 172: the school year starts 1 September and ends 26 May, holidays at least 7
// days; recommended dates: autumn 26.10–04.11, winter 30.12–12.01, spring 22.03–30.03). A school corrects them in
// «Настройки» (settings rows «Четверти», «Триместры», «Осенние каникулы», …).
//   examples: «к концу II четверти», «по итогам триместра», «в осенние каникулы», «в период летних каникул»
import { daysInMonth, isoDate } from '../../calendar';
import type { IsoDate } from '../../calendar';
import type { Form } from './context';

export type HolidayName = 'autumn' | 'winter' | 'spring' | 'summer';
export const HOLIDAY_NAMES: HolidayName[] = ['autumn', 'winter', 'spring', 'summer'];

/** A span of days inside a school year, as [month, day] pairs: September–December fall in its first year. */
export interface DayRange {
  from: [number, number];
  to: [number, number];
}

export interface SchoolCalendar {
  terms: DayRange[];
  trimesters: DayRange[];
  holidays: Record<HolidayName, DayRange>;
}

const r = (fd: number, fm: number, td: number, tm: number): DayRange => ({ from: [fm, fd], to: [tm, td] });

export const SCHOOL_DEFAULTS: SchoolCalendar = {
  terms: [r(1, 9, 31, 10), r(1, 11, 31, 12), r(1, 1, 31, 3), r(1, 4, 31, 5)],
  trimesters: [r(1, 9, 30, 11), r(1, 12, 29, 2), r(1, 3, 31, 5)],
  holidays: { autumn: r(26, 10, 4, 11), winter: r(30, 12, 12, 1), spring: r(22, 3, 30, 3), summer: r(27, 5, 31, 8) },
};

/** A day of the school year that begins in September of `y` (January–August belong to `y + 1`). */
function schoolDay(y: number, [m, d]: [number, number]): IsoDate {
  const year = m >= 9 ? y : y + 1;
  return isoDate(year, m, Math.min(d, daysInMonth(year, m)));
}

function span(range: DayRange | undefined, y: number): { start: IsoDate; due: IsoDate } | null {
  if (!range) return null;
  const start = schoolDay(y, range.from);
  const due = schoolDay(y, range.to);
  return start <= due ? { start, due } : null;
}

/** Quarter or trimester `n` (1-based) of the school year starting in `y`. */
export function schoolTerm(list: DayRange[], n: number, y: number): { start: IsoDate; due: IsoDate } | null {
  return span(list[n - 1], y);
}

export function schoolHoliday(range: DayRange | undefined, y: number): { start: IsoDate; due: IsoDate } | null {
  return span(range, y);
}

/** «26.10–04.11» or «26.10.2024 – 04.11.2024» (the year is ignored: the calendar repeats): a DayRange, or null. */
export function parseDayRange(text: string): DayRange | null {
  const m = /^\s*(\d{1,2})\.(\d{1,2})(?:\.\d{2,4})?\s*[-–—]\s*(\d{1,2})\.(\d{1,2})(?:\.\d{2,4})?\s*$/.exec(text);
  if (!m) return null;
  const [fd, fm, td, tm] = [m[1], m[2], m[3], m[4]].map(Number);
  const ok = (d: number, mo: number): boolean => mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(2024, mo);
  return ok(fd, fm) && ok(td, tm) ? { from: [fm, fd], to: [tm, td] } : null;
}

/** «01.09–25.10; 05.11–28.12; …»: a list of ranges separated by «;», or null when any part is not one. */
export function parseDayRanges(text: string, count: number): DayRange[] | null {
  const parts = text.split(/[;\n]/).map((s) => s.trim()).filter(Boolean);
  if (parts.length !== count) return null;
  const out = parts.map(parseDayRange);
  return out.every((x): x is DayRange => x !== null) ? out : null;
}

/** A calendar with the school's corrections over the defaults. */
export function schoolCalendar(over?: Partial<SchoolCalendar>): SchoolCalendar {
  if (!over) return SCHOOL_DEFAULTS;
  return {
    terms: over.terms ?? SCHOOL_DEFAULTS.terms,
    trimesters: over.trimesters ?? SCHOOL_DEFAULTS.trimesters,
    holidays: { ...SCHOOL_DEFAULTS.holidays, ...(over.holidays ?? {}) },
  };
}


const SEASON_HOLIDAY: Record<number, HolidayName> = { 12: 'winter', 3: 'spring', 6: 'summer', 9: 'autumn' };

/**
 * «в осенние каникулы», «в период летних каникул», «зимние каникулы 2023/2024 уч. года»: the holiday's window;
 * «по итогам четверти», «по итогам триместра», «в конце каждой четверти»: after every quarter (trimester).
 */
export const schoolCalendarForm: Form = (ctx, i) => {
  let k = i;
  let results = false;
  for (let guard = 0; guard < 4; guard++) {
    const c = ctx.c(k);
    if (c === 'in' || c === 'during' || c === 'to' || c === 'each') k++;
    else if (c === 'results' || (ctx.lx[k]?.c === 'approx' && (ctx.lx[k] as { a: string }).a === 'end')) { results = true; k++; }
    else break;
  }
  const lex = ctx.lx[k];
  let name: HolidayName | null = null;
  if (lex && lex.c === 'holidayName') name = lex.h;
  else if (lex && lex.c === 'season') name = SEASON_HOLIDAY[lex.m1] ?? null;
  // «летних школьных каникул»
  const word = ctx.c(k + 1) === 'schoolWord' ? k + 2 : k + 1;
  if (name && ctx.c(word) === 'holidayWord') {
    let end = word + 1;
    let year: number | null = null;
    const y = ctx.yearAt(end);
    if (y !== null) {
      // «летние каникулы 2024»: the summer of 2024 belongs to the school year 2023/2024
      const t2 = ctx.t[end + 2];
      const pair = (ctx.isP(end + 1, '/') || ctx.isP(end + 1, '-')) && t2 && t2.k === 'num';
      year = pair || name === 'autumn' || name === 'winter' ? y : y - 1;
      end = pair ? end + 3 : end + 1;
      while (ctx.c(end) === 'schoolWord' || ctx.c(end) === 'yearWord' || ctx.isP(end, '.')) end++;
    }
    ctx.period({ type: 'holiday', name }, year, 'plain', i, ctx.text(i, end));
    return end;
  }
  // «по итогам четверти (триместра)» without a number: after each one
  if (results && (ctx.c(k) === 'termWord' || ctx.c(k) === 'trimesterWord') && !(ctx.t[k - 1]?.roman) ) {
    // the recurrence alone: every quarter (trimester) of the school's calendar, due on its last day
    ctx.recur(ctx.c(k) === 'trimesterWord' ? 'trimester' : 'term', 1, i, '');
    return k + 1;
  }
  return null;
};

/** «на 3-й неделе сентября», «в первую неделю октября», «последняя неделя мая»: days 1–7, 8–14, …, the last 7. */
export const weekOfMonthForm: Form = (ctx, i) => {
  let k = i;
  while (ctx.c(k) === 'in') k++;
  const lex = ctx.lx[k];
  const x = ctx.t[k];
  let n: number | null = null;
  if (lex && lex.c === 'ordinal') n = lex.n;
  else if (lex && lex.c === 'last') n = -1;
  else if (x && x.k === 'num' && x.n >= 1 && x.n <= 5 && x.text.length === 1) n = x.n;
  if (n === null || ctx.c(k + 1) !== 'weekWord') return null;
  const m = ctx.monthAt(k + 2);
  if (m === null) return null;
  let end = ctx.dots(k + 3);
  const y = ctx.yearAt(end);
  if (y !== null) end = ctx.skipYearWords(end + 1);
  ctx.period({ type: 'week', n, m }, y, 'plain', i, ctx.text(i, end));
  return end;
};
