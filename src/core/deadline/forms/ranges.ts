// Ranges: «с X по Y», «с X до Y», «X – Y» joined into one period by the shapes' bounds (the shapes table says how far
// each reaches inside a year), and «с 1 по 15 сентября» where the first day takes the month of the end.
import { shapeBounds, windowOf } from '../periods';
import type { Bounds, Shape } from '../periods';
import type { Core, CoreResult, FormContext } from './context';

export const RANGE_EXAMPLES = ['с 29 ноября по 3 декабря 2023 г.', 'с 1 по 15 сентября', 'сентябрь 2023 - май 2024', 'II-III квартал 2023', '2023 - 2025 годы'];

/** «с 1 по 15 сентября 2023», «с 1 до 10 числа»: a bare day number that takes the month of the range's end. */
export function bareDayRange(ctx: FormContext, k: number): CoreResult | null {
  const x = ctx.t[k];
  if (!x || x.k !== 'num' || x.text.length > 2 || x.n < 1 || x.n > 31) return null;
  const j = ctx.c(k + 1);
  if (!(j === 'to' || j === 'until' || ctx.isP(k + 1, '-'))) return null;
  const second = ctx.core(k + 2);
  if (!second || second.items.length !== 1) return null;
  const b = second.items[0];
  if (b.shape.type !== 'day') return null;
  if (x.n > b.shape.d) {
    const text = ctx.text(k - 1, second.next);
    ctx.reversed(text);
    return { items: [], next: second.next };
  }
  const shape: Shape = { type: 'days', d1: x.n, m1: b.shape.m, d2: b.shape.d, m2: b.shape.m, span: 0 };
  return { items: [{ shape, year: b.year, bare: false }], next: second.next };
}

/** «с X по Y» / «X – Y» as one period; 'reversed' when Y ends before X starts; null when they do not combine. */
export function mergeRange(a: Core, b: Core): Core | 'reversed' | null {
  const ba: Bounds | null = shapeBounds(a.shape);
  const bb: Bounds | null = shapeBounds(b.shape);
  if (ba && bb && ba.kind === bb.kind && ba.kind === 'year') {
    if (a.year === null || b.year === null) return null;
    if (b.year < a.year) return 'reversed';
    return { shape: b.year === a.year ? { type: 'year' } : { type: 'years', count: b.year - a.year + 1 }, year: a.year, bare: false };
  }
  if (ba && bb && ba.kind !== 'year' && bb.kind !== 'year') {
    const order = ba.sm * 100 + ba.sd <= bb.em * 100 + bb.ed;
    let ya = a.year;
    let yb = b.year;
    if (ya === null && yb !== null) ya = order ? yb : yb - 1;
    if (yb === null && ya !== null) yb = order ? ya : ya + 1;
    const span = ya !== null && yb !== null ? yb - ya : order ? 0 : 1;
    if (span < 0 || (span === 0 && !order) || span > 30) return 'reversed';
    const same = ba.kind === bb.kind;
    if (same && ba.kind === 'quarter') {
      const q1 = (ba.sm + 2) / 3;
      const q2 = bb.em / 3;
      return { shape: { type: 'quarters', q1, q2, span }, year: ya, bare: false };
    }
    if (ba.kind !== 'day' && bb.kind !== 'day') {
      if (span === 0 && ba.sm === bb.em) return { shape: { type: 'month', m: ba.sm }, year: ya, bare: false };
      return { shape: { type: 'months', m1: ba.sm, m2: bb.em, span }, year: ya, bare: false };
    }
    // days, or a day and a month («с 01.09.2023 по май 2024»): exact first and last days
    const ed = bb.kind === 'day' ? bb.ed : 31;
    return { shape: { type: 'days', d1: ba.sd, m1: ba.sm, d2: ed, m2: bb.em, span }, year: ya, bare: false };
  }
  // anything else dated on both sides: an explicit span of dates
  if (a.year !== null && b.year !== null) {
    const wa = windowOf(a.shape, a.year);
    const wb = windowOf(b.shape, b.year);
    if (!wa || !wb) return null;
    if (wb.due < wa.start) return 'reversed';
    return { shape: { type: 'span', start: wa.start, due: wb.due }, year: a.year, bare: false };
  }
  return null;
}
