// Numbered parts of a year: quarters («I квартал 2023», «1-2 кв.», «I, III кварталы»), half-years («второе полугодие
// 2023/2024 уч. года»), school quarters («III четверть») and trimesters. A number no such part has («V квартал 2023»)
// makes the phrase unreadable, with a warning (never the whole year).
import type { Shape } from '../periods';
import type { Core, CoreResult, FormContext } from './context';
import { spanYears, yearSpec } from './years';
import { WARN } from '../words';

export const ORDINAL_EXAMPLES = ['I квартал 2023', '1-2 кв. 2024', 'I, III кварталы 2023', 'второе полугодие 2023/2024 уч. года', 'III четверть', 'в 1-м квартале 2024 года'];

/** «I квартал 2023», «1-2 кв.», «I, III кварталы», «второе полугодие 2023/2024 уч. года», «III четверть». */
export function ordinalCore(ctx: FormContext, i: number): CoreResult | null {
  // A chain of numbers («1-1-1-…», «I, I, …») that ended without a period word fails the same way from any of
  // its later numbers: not walked again, so a long chain costs linear, not quadratic, time.
  if (i > ctx.miss.chain.from && i < ctx.miss.chain.to) return null;
  const nums: number[] = [];
  const dash: boolean[] = [];
  let k = i;
  for (;;) {
    const v = ordinalAt(ctx, k);
    if (v === null) break;
    nums.push(v);
    k++;
    if ((ctx.isP(k, '-') || ctx.isP(k, ',') || ctx.c(k) === 'and') && ordinalAt(ctx, k + 1) !== null) {
      dash.push(ctx.isP(k, '-'));
      k++;
      continue;
    }
    break;
  }
  if (!nums.length) return null;
  const unit = ctx.c(k);
  if (unit !== 'quarterWord' && unit !== 'halfWord' && unit !== 'termWord' && unit !== 'trimesterWord') {
    ctx.miss.chain = { from: i, to: k };
    return null;
  }
  const max = unit === 'halfWord' ? 2 : unit === 'trimesterWord' ? 3 : 4;
  if (nums.some((n) => n < 1 || n > max)) {
    // «V квартал 2023»: a damaged number must not leave «квартал 2023» to be read as the whole year
    const spec = yearSpec(ctx, ctx.dots(k + 1));
    const end = spec ? spec.next : ctx.dots(k + 1);
    ctx.damaged(i, end, WARN.damagedNumber(ctx.text(i, end), `нет ${unit === 'halfWord' ? 'полугодия' : unit === 'trimesterWord' ? 'триместра' : unit === 'termWord' ? 'четверти' : 'квартала'} с таким номером`));
    return { items: [], next: end };
  }
  k = ctx.dots(k + 1);
  // groups: «1-2» is one range; «1, 3» two items
  const ranges: [number, number][] = [];
  for (let j = 0; j < nums.length; j++) {
    if (j > 0 && dash[j - 1]) ranges[ranges.length - 1][1] = nums[j];
    else ranges.push([nums[j], nums[j]]);
  }
  const spec = yearSpec(ctx, k);
  let schoolOnly = false;
  if (!spec && ctx.c(k) === 'schoolWord') {
    // «II полугодие учебного года»
    schoolOnly = true;
    k++;
    while (ctx.c(k) === 'yearWord' || ctx.isP(k, '.')) k++;
  }
  const next = spec ? spec.next : k;
  const items: Core[] = [];
  for (const [a, b] of ranges) {
    if (b < a) return null;
    const years = spec ? spanYears(spec) : [null];
    for (const y of years) {
      const school = !!spec && spec.school || schoolOnly;
      if (unit === 'quarterWord') {
        const shape: Shape = a === b ? { type: 'quarter', q: a } : { type: 'quarters', q1: a, q2: b, span: 0 };
        // A quarter of a school year: III–IV fall in its first calendar year, I–II in the second.
        const year = y === null ? null : school ? (a >= 3 ? y : y + 1) : y;
        items.push({ shape, year, bare: false });
      } else if (unit === 'halfWord') {
        for (let h = a; h <= b; h++) items.push({ shape: school ? { type: 'schoolHalf', h } : { type: 'half', h }, year: y, bare: false });
      } else if (unit === 'trimesterWord') {
        for (let n = a; n <= b; n++) {
          const year = y === null ? null : school ? y : n >= 2 ? y - 1 : y;
          items.push({ shape: { type: 'trimester', n }, year, bare: false });
        }
      } else {
        for (let n = a; n <= b; n++) {
          // «III четверть 2024» (a calendar year): January–March 2024 belong to the school year 2023/2024.
          const year = y === null ? null : school ? y : n >= 3 ? y - 1 : y;
          items.push({ shape: { type: 'term', n }, year, bare: false });
        }
      }
    }
  }
  return { items, next };
}

export function ordinalAt(ctx: FormContext, k: number): number | null {
  const x = ctx.t[k];
  if (!x) return null;
  if (x.k === 'num' && x.text.length <= 2 && x.n >= 1 && x.n <= 4) return x.n;
  if (x.k === 'word') {
    if (x.roman !== null && x.roman <= 5) return x.roman;
    const l = ctx.lx[k];
    if (l && l.c === 'ordinal') return l.n;
  }
  return null;
}
