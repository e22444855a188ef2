// Reporting lags: the due date comes after the period, not on its last day.
//   «ежемесячно до 15 числа месяца, следующего за отчётным» → за январь — до 15.02, за февраль — до 15.03, …
//   «ежеквартально, не позднее 15 числа месяца, следующего за отчётным кварталом» → 15.04, 15.07, 15.10, …
//   «не позднее 1 июня года, следующего за отчётным» → за 2023 год — до 01.06.2024
//   «в течение 5 рабочих дней после окончания квартала» → 5 working days after each quarter
// The period comes from the words («кварталом», «месяцем», «года») or else from the recurrence («ежеквартально …
// за отчётным периодом»); with neither, a month (with a warning). Periods that begin before the plan are not due in it.
import type { LagPer, Shape } from '../periods';
import type { Form, FormContext } from './context';
import { dayNumberAt, untilWords } from './context';
import { WARN } from '../words';

const EXAMPLES = [
  'ежемесячно до 15 числа месяца, следующего за отчетным',
  'ежеквартально, не позднее 15 числа месяца, следующего за отчетным кварталом',
  'не позднее 01 июня года, следующего за отчетным',
  'в течение 5 рабочих дней после окончания квартала',
  'с 9 по 20 января года, следующего за отчетным',
  'до 01 февраля, следующего за отчетным годом',
];
export const LAG_EXAMPLES = EXAMPLES;

/** The period word at k: «месяцем», «кварталом», «полугодием», «годом»; «периодом» says nothing (null). */
function perAt(ctx: FormContext, k: number): { per: LagPer | null; next: number } | null {
  const c = ctx.c(k);
  if (c === 'monthWord') return { per: 'month', next: k + 1 };
  if (c === 'quarterWord') return { per: 'quarter', next: k + 1 };
  if (c === 'halfWord') return { per: 'half', next: k + 1 };
  if (c === 'yearWord') return { per: 'year', next: k + 1 };
  if (c === 'during') return { per: null, next: k + 1 };
  return null;
}

/** «, следующего за отчётным [кварталом]» at k. */
function following(ctx: FormContext, k: number): { per: LagPer | null; next: number } | null {
  if (ctx.isP(k, ',')) k++;
  if (ctx.c(k) !== 'next') return null;
  k++;
  if (ctx.c(k) === 'in') k++;
  if (ctx.c(k) !== 'reporting') return null;
  k++;
  const p = perAt(ctx, k);
  return p ?? { per: null, next: k };
}

const lagShape = (per: LagPer | null, d: number, m: number, workdays: number): Shape => ({ type: 'lag', per, of: null, d, m, workdays });

export const lagForm: Form = (ctx, i) => {
  // «в течение N рабочих дней после окончания квартала»
  if (ctx.c(i) === 'in' || ctx.c(i) === 'during') {
    let k = i;
    while (ctx.c(k) === 'in' || ctx.c(k) === 'during') k++;
    const n = ctx.t[k];
    if (n && n.k === 'num' && n.n >= 1 && n.n <= 60) {
      let j = k + 1;
      let working = false;
      if (ctx.c(j) === 'working') { working = !(ctx.lx[j] as { calendar?: true }).calendar; j++; }
      if (ctx.c(j) === 'daysWord' && ctx.c(j + 1) === 'follow' && ctx.lx[j + 2]?.c === 'approx' && (ctx.lx[j + 2] as { a: string }).a === 'end') {
        const p = perAt(ctx, j + 3);
        if (p && p.per) {
          let next = p.next;
          if (ctx.c(next) === 'reporting') next++;
          if (!working) return null; // calendar days after a period: rare; left to the general reading
          ctx.period(lagShape(p.per, 0, 0, n.n), null, 'plain', i, ctx.text(i, next));
          return next;
        }
      }
    }
  }
  // «с 9 по 20 января года, следующего за отчётным»: due on the last day of the span
  let k0 = untilWords(ctx, i);
  if (k0 === null && ctx.c(i) === 'from' && dayNumberAt(ctx, i + 1) !== null && ctx.c(i + 2) === 'to') k0 = i + 3;
  if (k0 === null) return null;
  const d = dayNumberAt(ctx, k0);
  if (d === null) return null;
  let k = k0 + 1;
  // «15 числа месяца, следующего за отчётным»
  if (ctx.c(k) === 'dayWord') {
    k++;
    if (ctx.c(k) === 'monthWord') {
      k++;
      // «15 числа месяца (за год до 25 числа месяца), следующего за отчётным»: the note in brackets is not read
      if (ctx.isP(k, '(')) {
        const close = ctx.groupEnd(k + 1);
        if (!ctx.isP(close, ')')) return null;
        ctx.warn(WARN.lagNoteIgnored(ctx.text(k + 1, close)));
        k = close + 1;
      }
      const f = following(ctx, k);
      if (!f) return null;
      ctx.period(lagShape(f.per, d, 0, 0), null, 'plain', i, ctx.text(i, f.next));
      return f.next;
    }
    // «до 10 числа следующего месяца»
    if (ctx.c(k) === 'next' && ctx.c(k + 1) === 'monthWord') {
      ctx.period(lagShape('month', d, 0, 0), null, 'plain', i, ctx.text(i, k + 2));
      return k + 2;
    }
    return null;
  }
  // «1 июня года, следующего за отчётным», «20 января следующего года»
  const m = ctx.monthAt(k);
  if (m === null) return null;
  k = ctx.dots(k + 1);
  if (ctx.c(k) === 'next' && ctx.c(k + 1) === 'yearWord') {
    ctx.period(lagShape('year', d, m, 0), null, 'plain', i, ctx.text(i, k + 2));
    return k + 2;
  }
  // «до 01 февраля, следующего за отчётным годом»
  const f = ctx.c(k) === 'yearWord' ? following(ctx, k + 1) : following(ctx, k);
  if (!f || (ctx.c(k) !== 'yearWord' && f.per !== 'year')) return null;
  ctx.period(lagShape('year', d, m, 0), null, 'plain', i, ctx.text(i, f.next));
  return f.next;
};

const SUB: Record<LagPer, Shape[]> = {
  month: Array.from({ length: 12 }, (_, j): Shape => ({ type: 'month', m: j + 1 })),
  quarter: Array.from({ length: 4 }, (_, j): Shape => ({ type: 'quarter', q: j + 1 })),
  half: [{ type: 'half', h: 1 }, { type: 'half', h: 2 }],
  year: [{ type: 'year' }],
};

/** The yearly templates of a lag: one per month (quarter, half-year, year) it follows. */
export function lagTemplates(s: Extract<Shape, { type: 'lag' }>, recurPer: LagPer | null): { shapes: Shape[]; assumed: boolean } {
  const per = s.per ?? recurPer ?? 'month';
  return { shapes: SUB[per].map((of): Shape => ({ ...s, per, of })), assumed: !s.per && !recurPer };
}
