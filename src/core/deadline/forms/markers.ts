// Markers: continuous work («постоянно», «в течение всего периода», «в течение учебного года»), as needed («по мере
// необходимости»), dates set by someone else («в сроки, определяемые …», «по графику ФЦТ»; a document's date after «от»
// or «№» is part of the reference).
import type { FormContext } from './context';
import { recurrence } from './recurrence';

export const MARKER_EXAMPLES = ['постоянно', 'в течение всего периода', 'по мере необходимости', 'в сроки, определяемые ФГАОУ ДПО «Академия Минпросвещения России»',
  'по графику ФЦТ', 'в соответствии с приказом от 16.12.2022 № 135'];

export function markerAt(ctx: FormContext, i: number): number | null {
  const l = ctx.lx[i];
  if (!l) return null;
  let kind: 'continuous' | 'as_needed' | 'external' | null = null;
  if (l.c === 'continuous') kind = 'continuous';
  else if (l.c === 'asNeeded') kind = 'as_needed';
  else if (l.c === 'external') kind = 'external';
  else if (l.c === 'during' || (l.c === 'whole' && l.all && (ctx.c(i + 1) === 'during' || ctx.c(i + 1) === 'whole'))) {
    kind = 'continuous';
  }
  if (!kind) return null;
  // the marker's words: up to a separator or to the next period or recurrence
  let k = i + 1;
  let school = false;
  let swallowed = false;
  while (k < ctx.t.length) {
    const x = ctx.t[k];
    if (x.k === 'punct' && ',;()'.includes(x.text)) break;
    if (kind !== 'external' && (ctx.core(k) || recurrence(ctx, k) !== null)) break;
    if (kind === 'external' && recurrenceWord(ctx, k)) break;
    if (kind === 'external' && (x.k === 'date' || ctx.yearAt(k) !== null || ctx.monthAt(k) !== null)) {
      // «… приказом от 16.12.2022 № 135»: a document's date is part of the reference, not a deadline
      const before = ctx.t[k - 1];
      const bl = ctx.lx[k - 1];
      if (before && ((bl && bl.c === 'from' && bl.doc) || (before.k === 'punct' && before.text === '№'))) {
        swallowed = true;
        k++;
        continue;
      }
      if (ctx.core(k)) break;
    }
    if (ctx.c(k) === 'schoolWord') school = true;
    k++;
  }
  // words before it that belong to it: «в сроки, определяемые», «по мере», «в соответствии»
  let start = i;
  while (start - 1 >= ctx.lastEnd) {
    const p = ctx.t[start - 1];
    const c = ctx.c(start - 1);
    const pl = ctx.lx[start - 1];
    if ((p.k === 'punct' && p.text === ',') || c === 'in' || c === 'to' || c === 'from' || c === 'during' || c === 'whole' ||
      c === 'deadlineWord' || (pl !== null && pl.c === 'noise' && pl.lead) || c === 'not') start--;
    else break;
  }
  const text = ctx.text(start, k);
  if (kind === 'continuous' && school && l.c !== 'continuous') {
    // «в течение учебного года»: a school year without a number
    ctx.duringPeriod({ type: 'schoolYear' }, i, text);
    return k;
  }
  ctx.plainMarker(kind, i, text, swallowed);
  return k;
}

export function recurrenceWord(ctx: FormContext, k: number): boolean {
  const l = ctx.lx[k];
  return !!l && l.c === 'recur';
}
