// Months and seasons: «июнь», «ноябрь-декабрь 2022», «сент. 2023», «май 2023-2024 учебного года», «XII.2023», «лето
// 2023», «осенью». A month range over New Year with a year after it belongs to the range's end (with a warning).
import type { Shape } from '../periods';
import type { Core, CoreResult, FormContext } from './context';
import { romanMonthAt } from './dates';
import { spanYears, yearSpec } from './years';
import { WARN } from '../words';

export const MONTH_EXAMPLES = ['июнь', 'ноябрь-декабрь 2022', 'сент. 2023', 'май 2023-2024 учебного года', 'XII.2023', 'лето 2023', 'ноябрь 2023 - февраль 2024'];

/** «июнь», «ноябрь-декабрь 2022», «сент. 2023», «май 2023-2024 учебного года», «июнь 2023-2024». */
export function monthCore(ctx: FormContext, i: number): CoreResult | null {
  // «XII.2023», «V.2024»: a Roman-numeral month written before a year with a dot
  const rm = romanMonthAt(ctx, i);
  if (rm !== null && ctx.isP(i + 1, '.') && ctx.yearAt(i + 2) !== null) {
    return { items: [{ shape: { type: 'month', m: rm }, year: ctx.yearAt(i + 2), bare: false }], next: ctx.skipYearWords(i + 3) };
  }
  const m1 = ctx.monthAt(i);
  if (m1 === null) return null;
  let k = ctx.dots(i + 1);
  let m2: number | null = null;
  if (ctx.isP(k, '-') && ctx.monthAt(k + 1) !== null) {
    m2 = ctx.monthAt(k + 1);
    k = ctx.dots(k + 2);
  }
  const spec = yearSpec(ctx, k);
  if (spec) k = spec.next;
  const items: Core[] = [];
  const wraps = m2 !== null && m2 < m1;
  const shape: Shape = m2 === null || m2 === m1 ? { type: 'month', m: m1 } : { type: 'months', m1, m2, span: wraps ? 1 : 0 };
  if (!spec) items.push({ shape, year: null, bare: false });
  else if (spec.school) {
    // A month of a school year: September–December in its first year, January–August in the second.
    items.push({ shape, year: m1 >= 9 ? spec.y1 : spec.y1 + 1, bare: false });
  } else {
    for (const y of spanYears(spec)) {
      if (y === null) continue;
      if (wraps) ctx.warn(WARN.yearAtEnd(ctx.text(i, k), y - 1));
      items.push({ shape, year: wraps ? y - 1 : y, bare: false });
    }
  }
  return { items, next: k };
}

/** «лето 2023», «осенью». */
export function seasonCore(ctx: FormContext, i: number): CoreResult | null {
  const l = ctx.lx[i];
  if (!l || l.c !== 'season') return null;
  const spec = yearSpec(ctx, i + 1);
  const shape: Shape = { type: 'months', m1: l.m1, m2: l.m2, span: l.m1 > l.m2 ? 1 : 0 };
  if (!spec) return { items: [{ shape, year: null, bare: false }], next: i + 1 };
  if (l.m1 > l.m2) ctx.warn(WARN.winter(spec.y1));
  return { items: [{ shape, year: spec.school && l.m1 < 9 ? spec.y1 + 1 : spec.y1, bare: false }], next: spec.next };
}
