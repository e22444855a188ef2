// Days: «15.12.2022», «01.09-31.12.2023», «1 сентября 2023 г.», «25-26 января», «4, 9 и 23 сентября», «1-5.09.2009»,
// «15.V.2024» (a Roman month), «5 числа». A day no month has («32 декабря 2023») is not read, with a warning.
import type { Shape } from '../periods';
import type { Core, CoreResult, FormContext } from './context';
import { yearSpec } from './years';
import { WARN } from '../words';

export const DATE_EXAMPLES = ['15.12.2022', '01.09-31.12.2023', '1 сентября 2023 г.', '25-26 января 2023', '4, 9 и 23 сентября', '1-5.09.2009', '15.V.2024'];

/** «15.12.2022», «01.09-31.12.2023», «1 сентября 2023 г.», «25-26 января», «5 числа». */
export function dayCore(ctx: FormContext, i: number): CoreResult | null {
  const x = ctx.t[i];
  if (!x) return null;
  if (x.k === 'date') {
    if (!x.valid) return null;
    let k = ctx.skipYearWords(i + 1);
    let shape: Shape = { type: 'day', d: x.d, m: x.m };
    let year = x.y;
    const y2t = ctx.t[k + 1];
    if (ctx.isP(k, '-') && y2t && y2t.k === 'date' && y2t.valid) {
      // «01.09-31.12.2023»: the first date takes the second's year (the year before if it comes later).
      const sameYear = x.m < y2t.m || (x.m === y2t.m && x.d <= y2t.d);
      let y1 = x.y;
      let y2 = y2t.y;
      if (y1 === null && y2 !== null) y1 = sameYear ? y2 : y2 - 1;
      if (y1 !== null && y2 === null) y2 = sameYear ? y1 : y1 + 1;
      const span = y1 !== null && y2 !== null ? y2 - y1 : sameYear ? 0 : 1;
      shape = { type: 'days', d1: x.d, m1: x.m, d2: y2t.d, m2: y2t.m, span };
      year = y1;
      k = ctx.skipYearWords(k + 2);
    }
    return { items: [{ shape, year, bare: false }], next: k };
  }
  if (x.k !== 'num' || x.text.length > 2) return null;
  if (x.n < 1 || x.n > 31) return damagedDay(ctx, i);
  let k = i + 1;
  let d2: number | null = null;
  // «1-5.09.2009»: a first day before a full date
  const y2t = ctx.t[k + 1];
  if (ctx.isP(k, '-') && y2t && y2t.k === 'date' && y2t.valid && y2t.d > x.n) {
    const end = ctx.skipYearWords(k + 2);
    return { items: [{ shape: { type: 'days', d1: x.n, m1: y2t.m, d2: y2t.d, m2: y2t.m, span: 0 }, year: y2t.y, bare: false }], next: end };
  }
  // «15.V.2024», «15 V 2024»: a Roman-numeral month
  const rm = romanMonthAt(ctx, ctx.isP(k, '.') ? k + 1 : k);
  if (rm !== null) {
    const after = ctx.isP(k, '.') ? k + 2 : k + 1;
    const yk = ctx.isP(after, '.') ? after + 1 : after;
    const y = ctx.yearAt(yk);
    if (y !== null || ctx.isP(after, '.')) {
      const shape: Shape = { type: 'day', d: x.n, m: rm };
      if (!validDay(shape)) return damagedDay(ctx, i);
      return { items: [{ shape, year: y, bare: false }], next: y !== null ? ctx.skipYearWords(yk + 1) : yk };
    }
  }
  // «4, 9 и 23 сентября»: day numbers that share the month after the last one (a list that ended without a
  // month is not walked again from its later numbers)
  if ((ctx.isP(k, ',') || ctx.c(k) === 'and') && ctx.t[k + 1] && ctx.t[k + 1].k === 'num' && !(i > ctx.miss.dayList.from && i < ctx.miss.dayList.to)) {
    const days = [x.n];
    let j = k;
    while ((ctx.isP(j, ',') || ctx.c(j) === 'and') && ctx.t[j + 1] && ctx.t[j + 1].k === 'num' && ctx.t[j + 1].text.length <= 2) {
      days.push(ctx.t[j + 1].n);
      j += 2;
    }
    const m = ctx.monthAt(j);
    if (m !== null && days.every((d) => d >= 1 && d <= 31)) {
      let end = ctx.dots(j + 1);
      const spec = yearSpec(ctx, end);
      let year: number | null = null;
      if (spec) {
        year = spec.school ? (m >= 9 ? spec.y1 : spec.y1 + 1) : spec.y1;
        end = spec.next;
      }
      const items = days.map((d): Core => ({ shape: { type: 'day', d, m }, year, bare: false }));
      if (!items.every((it) => validDay(it.shape))) return damagedDay(ctx, i);
      return { items, next: end };
    }
    ctx.miss.dayList = { from: i, to: j };
  }
  if (ctx.isP(k, '-') && ctx.t[k + 1] && ctx.t[k + 1].k === 'num' && ctx.t[k + 1].text.length <= 2) {
    const v = ctx.t[k + 1].n;
    if (v >= 1 && v <= 31 && v > x.n) {
      d2 = v;
      k += 2;
    }
  }
  if (ctx.c(k) === 'dayWord' && d2 === null) {
    return { items: [{ shape: { type: 'dom', d: x.n, until: false }, year: null, bare: false }], next: k + 1 };
  }
  const m = ctx.monthAt(k);
  if (m === null) return d2 === null && ctx.c(k) === 'monthWord' && x.n > 12 ? damagedDay(ctx, i) : null;
  k = ctx.dots(k + 1);
  const spec = yearSpec(ctx, k);
  let year: number | null = null;
  if (spec) {
    year = spec.school ? (m >= 9 ? spec.y1 : spec.y1 + 1) : spec.y1;
    k = spec.next;
  }
  const shape: Shape = d2 === null ? { type: 'day', d: x.n, m } : { type: 'days', d1: x.n, m1: m, d2, m2: m, span: 0 };
  if (!validDay(shape)) return damagedDay(ctx, i, k);
  return { items: [{ shape, year, bare: false }], next: k };
}

/** A Roman numeral I–XII written as a word on its own (a month in «15.V.2024»). */
export function romanMonthAt(ctx: FormContext, k: number): number | null {
  const x = ctx.t[k];
  return x && x.k === 'word' && x.roman !== null && !ctx.lx[k] ? x.roman : null;
}

/** A day number that no month has («32 декабря 2023», «0 мая»): the phrase part is unreadable, with a warning. */
export function damagedDay(ctx: FormContext, i: number, known?: number): CoreResult | null {
  let k = i + 1;
  if (known === undefined) {
    if (ctx.isP(k, '-') && ctx.t[k + 1] && ctx.t[k + 1].k === 'num') k += 2;
    if (ctx.monthAt(k) === null) {
      // «13 месяц 2023»
      if (ctx.c(k) === 'monthWord' && ctx.t[i].n > 12) {
        const spec = yearSpec(ctx, k + 1);
        const end = spec ? spec.next : k + 1;
        ctx.damaged(i, end, WARN.damagedNumber(ctx.text(i, end), `нет месяца с номером ${ctx.t[i].n}`));
        return { items: [], next: end };
      }
      return null;
    }
    k = ctx.dots(k + 1);
    const spec = yearSpec(ctx, k);
    if (spec) k = spec.next;
  } else k = known;
  ctx.damaged(i, k, WARN.damagedDay(ctx.text(i, k)));
  return { items: [], next: k };
}

export function validDay(s: Shape): boolean {
  // checked in a leap year: «29 февраля» is a valid undated day
  if (s.type === 'day') return s.d <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][s.m - 1];
  if (s.type === 'days') return validDay({ type: 'day', d: s.d1, m: s.m1 }) && validDay({ type: 'day', d: s.d2, m: s.m2 });
  return true;
}
