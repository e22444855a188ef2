// Recurrence: «ежегодно», «ежеквартально», «2 раза в год», «раз в квартал», «дважды в год», «не реже 2 раз в год»,
// «не менее одного собрания в четверть», «каждый месяц», «по полугодиям», «раз в 2 года».
import type { Unit } from '../lexicon';
import type { FormContext } from './context';

export const RECURRENCE_EXAMPLES = ['ежегодно', 'ежеквартально', '2 раза в год', 'раз в квартал', 'дважды в год', 'не реже 2 раз в год',
  'не менее одного собрания в четверть', 'каждый месяц', 'по полугодиям', 'раз в 2 года'];

export function recurrence(ctx: FormContext, i: number): number | null {
  const l = ctx.lx[i];
  const x = ctx.t[i];
  if (!x) return null;
  if (l && l.c === 'recur') return pushRecur(ctx, l.unit, 1, i, i + 1);
  if (l && l.c === 'each') {
    const u = unitAt(ctx, i + 1);
    if (u) return pushRecur(ctx, u.unit, 1, i, u.next);
  }
  if (l && l.c === 'to') {
    // «по кварталам», «по полугодиям», «по месяцам», «по четвертям»
    const u = unitAt(ctx, i + 1);
    const w = ctx.lx[i + 1];
    if (u && w && 'by' in w && w.by) return pushRecur(ctx, u.unit, 1, i, u.next);
  }
  // «N раз(а) в год», «раз в квартал», «дважды в год», «не реже 2 раз в год»
  let k = i;
  let atLeast = false;
  if (ctx.c(k) === 'not' && ctx.c(k + 1) === 'atLeast') {
    k += 2;
    atLeast = true;
  }
  let times: number | null = null;
  const lk = ctx.lx[k];
  const xk = ctx.t[k];
  const count = xk && xk.k === 'num' && xk.text.length <= 2 ? xk.n : lk && lk.c === 'number' ? lk.n : null;
  // «не менее двух в месяц», «не менее одного собрания в четверть»: the count, perhaps a noun, «в» and a unit
  if (atLeast && count !== null && ctx.c(k + 1) !== 'times') {
    let j = k + 1;
    if (ctx.t[j] && ctx.t[j].k === 'word' && !ctx.lx[j]) j++;
    if (ctx.c(j) === 'in') {
      const u = unitAt(ctx, j + 1);
      if (u && count >= 1) return pushRecur(ctx, u.unit, count, i, u.next);
    }
  }
  if (lk && lk.c === 'nTimes') {
    times = lk.n;
    k++;
  } else {
    if (xk && xk.k === 'num' && xk.text.length <= 2 && ctx.c(k + 1) === 'times') {
      times = xk.n;
      k++;
    } else if (lk && lk.c === 'number' && ctx.c(k + 1) === 'times') {
      times = lk.n;
      k++;
    }
    if (ctx.c(k) !== 'times') return null;
    if (times === null) times = 1;
    k++;
  }
  while (ctx.c(k) === 'in' || ctx.c(k) === 'each') k++;
  // «раз в 2 года», «1 раз в 5 лет», «раз в три года»
  const nk = ctx.t[k];
  const every = nk && nk.k === 'num' && nk.text.length <= 2 ? nk.n : ctx.lx[k]?.c === 'number' ? (ctx.lx[k] as { n: number }).n : null;
  if (every !== null && every >= 2 && every <= 10 && ctx.c(k + 1) === 'yearWord' && times === 1) {
    const next = ctx.dots(k + 2);
    ctx.recur('year', 1, i, ctx.text(i, next), every);
    return next;
  }
  const u = unitAt(ctx, k);
  if (!u || times < 1) return null;
  return pushRecur(ctx, u.unit, times, i, u.next);
}

export function unitAt(ctx: FormContext, k: number): { unit: Unit; next: number } | null {
  const c = ctx.c(k);
  if (c === 'schoolWord' && ctx.c(k + 1) === 'yearWord') return { unit: 'year', next: k + 2 };
  const next = ctx.dots(k + 1);
  if (c === 'yearWord') return { unit: 'year', next };
  if (c === 'halfWord') return { unit: 'half', next };
  if (c === 'quarterWord') return { unit: 'quarter', next };
  if (c === 'monthWord') return { unit: 'month', next };
  if (c === 'termWord') return { unit: 'term', next };
  if (c === 'trimesterWord') return { unit: 'trimester', next };
  if (c === 'weekWord' || c === 'weekday') return { unit: 'week', next };
  if (c === 'daysWord') return { unit: 'day', next };
  return null;
}

export function pushRecur(ctx: FormContext, per: Unit, times: number, from: number, next: number): number {
  ctx.recur(per, times, from, ctx.text(from, next));
  return next;
}
