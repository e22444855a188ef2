// Years: «2023», «2023 г.», «2023–2024 гг.», «2023-2024 учебный год», «2023/24 уч. г.», «20242026» (a lost dash, with a
// warning), «учебный год» without a number. yearSpec also reads the year after a month, a quarter or a day.
import type { Core, CoreResult, FormContext } from './context';
import { MAX_YEAR, MIN_YEAR } from './context';
import { WARN } from '../words';

export const YEAR_EXAMPLES = ['2023', '2023 г.', '2023–2024 гг.', '2023-2024 учебный год', '2023/24 уч. г.', 'в течение учебного года'];

export interface YearSpec {
  y1: number;
  y2: number | null;
  school: boolean;
  word: boolean;
  next: number;
}

export function yearSpec(ctx: FormContext, i: number): YearSpec | null {
  const merged = mergedYears(ctx, i);
  const y1 = merged ? merged[0] : ctx.yearAt(i);
  if (y1 === null) return null;
  let k = i + 1;
  let y2: number | null = merged ? merged[1] : null;
  if (!merged && (ctx.isP(k, '-') || ctx.isP(k, '/')) && ctx.t[k + 1] && ctx.t[k + 1].k === 'num') {
    const second = ctx.yearAt(k + 1);
    const t2 = ctx.t[k + 1];
    if (second !== null && second > y1 && second - y1 <= 30) {
      y2 = second;
      k += 2;
    } else if (t2.text.length === 2 && t2.n === (y1 + 1) % 100) {
      y2 = y1 + 1;
      k += 2;
    }
  }
  let word = false;
  let school = false;
  for (;;) {
    const c = ctx.c(k);
    if (c === 'yearWord') word = true;
    else if (c === 'schoolWord') school = true;
    else if (ctx.isP(k, '.') && (word || school)) {
      // «г.», «уч.»
    } else if (ctx.t[k] && ctx.t[k].k === 'word' && ctx.t[k].text === 'у' && ctx.isP(k + 1, '.') && ctx.c(k + 2) === 'yearWord') {
      school = true; // «у.г.»
    } else break;
    k++;
  }
  return { y1, y2, school, word, next: k };
}

/** «20242026»: two years whose dash the PDF lost. */
export function mergedYears(ctx: FormContext, i: number): [number, number] | null {
  const x = ctx.t[i];
  if (!x || x.k !== 'num' || x.text.length !== 8) return null;
  const a = Number(x.text.slice(0, 4));
  const b = Number(x.text.slice(4));
  if (a < MIN_YEAR || b > MAX_YEAR || b <= a || b - a > 30) return null;
  ctx.warn(WARN.mergedYears(x.text, a, b));
  return [a, b];
}

/** «2023», «2023 год», «2023–2024 гг.», «2023-2024 учебный год». */
export function yearCore(ctx: FormContext, i: number): CoreResult | null {
  const spec = yearSpec(ctx, i);
  if (!spec) return null;
  const next = spec.next;
  // «2023 квартал»? a year followed by a period word is not a year core («2023 г.» is).
  if (spec.school) {
    if (spec.y2 === null) ctx.warn(WARN.schoolYearSingle(spec.y1));
    if (spec.y2 !== null && spec.y2 > spec.y1 + 1) {
      const items: Core[] = [];
      for (let y = spec.y1; y < spec.y2; y++) items.push({ shape: { type: 'schoolYear' }, year: y, bare: false });
      return { items, next };
    }
    return { items: [{ shape: { type: 'schoolYear' }, year: spec.y1, bare: false }], next };
  }
  if (spec.y2 === spec.y1 + 1 && schoolListFollows(ctx, next)) {
    // «2022-2023, 2023-2024 учебные годы»: the school word at the end covers the whole list
    return { items: [{ shape: { type: 'schoolYear' }, year: spec.y1, bare: false }], next };
  }
  if (spec.y2 !== null) return { items: [{ shape: { type: 'years', count: spec.y2 - spec.y1 + 1 }, year: spec.y1, bare: false }], next };
  return { items: [{ shape: { type: 'year' }, year: spec.y1, bare: true }], next };
}

/** True when a list of year pairs continues at k and ends with a school word. */
export function schoolListFollows(ctx: FormContext, k: number): boolean {
  for (let guard = 0; guard < 8; guard++) {
    if (!(ctx.isP(k, ',') || ctx.c(k) === 'and')) return false;
    const spec = yearSpec(ctx, k + 1);
    if (!spec || spec.y2 === null) return false;
    if (spec.school) return true;
    k = spec.next;
  }
  return false;
}

/** «учебный год» with no years (only meaningful with a recurrence or «в течение»). */
export function schoolCore(ctx: FormContext, i: number): CoreResult | null {
  if (ctx.c(i) !== 'schoolWord') return null;
  let k = ctx.dots(i + 1);
  if (ctx.c(k) !== 'yearWord') return null;
  k = ctx.skipYearWords(k + 1);
  return { items: [{ shape: { type: 'schoolYear' }, year: null, bare: false }], next: k };
}

export function spanYears(spec: { y1: number; y2: number | null; school: boolean }): (number | null)[] {
  if (spec.school || spec.y2 === null) return [spec.y1];
  const out: number[] = [];
  for (let y = spec.y1; y <= spec.y2; y++) out.push(y);
  return out;
}
