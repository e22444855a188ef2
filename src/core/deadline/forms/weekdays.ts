// Weekday schedules: «во вторую среду февраля», «каждую первую среду месяца», «первый рабочий понедельник мая»
// (one checkpoint on that day), and «каждый понедельник», «по четвергам», «раз в неделю» (a continuous activity:
// see README «Как читаются сроки» for why a weekly activity gets no weekly checkpoints).
//   examples: «во вторую среду февраля» → 08.02.2023; «по четвергам» → постоянно, без контрольных точек
import { addDays, daysInMonth, isoDate } from '../../calendar';
import type { IsoDate } from '../../calendar';
import { isWorkday, weekdayOf } from '../working-days';
import type { Form } from './context';

export { isWorkday, weekdayOf };

/** The n-th (1..5; -1 the last) weekday `wd` of a month, only working days when `working`; null when there is none. */
export function nthWeekday(y: number, m: number, n: number, wd: number, working: boolean): IsoDate | null {
  const days: IsoDate[] = [];
  for (let d = 1; d <= daysInMonth(y, m); d++) {
    const date = isoDate(y, m, d);
    if (weekdayOf(date) === wd && (!working || isWorkday(date))) days.push(date);
  }
  if (n < 0) return days.length ? days[days.length - 1] : null;
  return days[n - 1] ?? null;
}

/** The day `n` working days after `date`. */
export function addWorkdays(date: IsoDate, n: number): IsoDate {
  let d = date;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isWorkday(d)) left--;
  }
  return d;
}


export const WEEKDAY_EXAMPLES = ['во вторую среду февраля', 'каждую первую среду месяца', 'первый рабочий понедельник мая',
  'каждый понедельник', 'по четвергам', 'еженедельно по средам'];

/**
 * «во вторую среду февраля», «первый рабочий понедельник мая», «в последнюю пятницу месяца», «каждую первую среду
 * месяца»: one day a year (with a month) or one a month. Weekly schedules («каждый понедельник», «по четвергам»)
 * are read by the recurrence rule as continuous activities.
 */
export const nthWeekdayForm: Form = (ctx, i) => {
  let k = i;
  let each = false;
  while (ctx.c(k) === 'in' || ctx.c(k) === 'each') {
    if (ctx.c(k) === 'each') each = true;
    k++;
  }
  const lex = ctx.lx[k];
  let n: number | null = null;
  if (lex && lex.c === 'ordinal') n = lex.n;
  else if (lex && lex.c === 'last') n = -1;
  else if (ctx.t[k] && ctx.t[k].k === 'num' && ctx.t[k].ord && ctx.t[k].n >= 1 && ctx.t[k].n <= 5) n = ctx.t[k].n;
  if (n === null) return null;
  k++;
  let working = false;
  if (ctx.c(k) === 'working') { working = !(ctx.lx[k] as { calendar?: true }).calendar; k++; }
  const wd = ctx.lx[k];
  if (!wd || wd.c !== 'weekday' || wd.by) return null;
  k++;
  const m = ctx.monthAt(k);
  if (m !== null) {
    const next = ctx.dots(k + 1);
    const y = ctx.yearAt(next);
    const end = y !== null ? ctx.skipYearWords(next + 1) : next;
    ctx.period({ type: 'nthWeekday', n, wd: wd.d, m, working }, y, 'plain', i, ctx.text(i, end));
    return end;
  }
  if (ctx.c(k) === 'monthWord' || each) {
    const end = ctx.c(k) === 'monthWord' ? k + 1 : k;
    const text = ctx.text(i, end);
    for (let mm = 1; mm <= 12; mm++) ctx.period({ type: 'nthWeekday', n, wd: wd.d, m: mm, working }, null, 'plain', i, text);
    ctx.recur('month', 1, i, ''); // explained as «ежемесячно в первую среду месяца»
    return end;
  }
  return null;
};
