// Event-relative deadlines: due when something happens, not on a calendar day.
//   «в течение 3 дней после издания приказа», «не позднее недели с момента назначения», «в месячный срок со дня
//   образования», «не позднее чем за 2 недели до начала экзаменационного периода», «по окончании курсов»
// They read as «по мере необходимости» (no checkpoint) with the event named in the explanation and a warning, since
// the plan has no date for the event; the checkpoint appears once the user writes the event's date as the deadline.
import type { Form, FormContext } from './context';

export const EVENT_EXAMPLES = [
  'в течение 3 дней после издания приказа',
  'не позднее недели с момента назначения',
  'в месячный срок со дня образования',
  'не позднее чем за 2 недели до начала экзаменационного периода',
  'по окончании курсов',
  'в течение трех рабочих дней с даты завершения приема заявлений',
  'в день подписания',
];

/** «3 дней», «5 рабочих дней», «2 недели», «недели», «день», «месяц», «месячный срок»: a duration at k. */
function durationAt(ctx: FormContext, k: number): number | null {
  const x = ctx.t[k];
  let j = k;
  if (x && x.k === 'num' && x.text.length <= 3) j++;
  else if (ctx.c(j) === 'number') j++;
  if (ctx.c(j) === 'working') j++;
  const c = ctx.c(j);
  if (c === 'daysWord' || c === 'weekWord' || c === 'monthWord') return j + 1;
  if (c === 'durationWord') {
    j++;
    if (ctx.c(j) === 'deadlineWord') j++;
    return j;
  }
  return null;
}

/** «со дня», «с момента», «после», «после окончания», «до начала», «до проведения», «до дня» + an event at k. */
function anchorAt(ctx: FormContext, k: number): boolean {
  const c = ctx.c(k);
  if (c === 'from' && (ctx.c(k + 1) === 'daysWord' || ctx.c(k + 1) === 'eventAnchor' || ctx.c(k + 1) === 'dateWord')) return true;
  if (c === 'follow' && ctx.t[k + 1] && ctx.t[k + 1].k === 'word' && !isPeriodAt(ctx, k + 1)) return true;
  const l = ctx.lx[k];
  if (l && l.c === 'until' && l.before && (ctx.lx[k + 1]?.c === 'approx' || ctx.c(k + 1) === 'eventAnchor' || ctx.c(k + 1) === 'daysWord' ||
    isEventNoise(ctx, k + 1))) return true;
  return false;
}

function isEventNoise(ctx: FormContext, k: number): boolean {
  const l = ctx.lx[k];
  return !!l && l.c === 'noise' && !!l.event;
}

/** A period word right at k (then «после окончания квартала» is a lag, not an event). */
function isPeriodAt(ctx: FormContext, k: number): boolean {
  let j = k;
  if (ctx.lx[j]?.c === 'approx') j++;
  const c = ctx.c(j);
  return c === 'monthWord' || c === 'quarterWord' || c === 'halfWord' || c === 'yearWord' || c === 'month' || c === 'termWord' ||
    c === 'trimesterWord' || c === 'schoolWord' || (ctx.t[j] !== undefined && ctx.t[j].k === 'num');
}

function record(ctx: FormContext, i: number): number {
  const end = ctx.groupEnd(i);
  const text = ctx.text(i, end);
  ctx.marker('as_needed', i, text);
  return end;
}

export const eventForm: Form = (ctx, i) => {
  let k = i;
  // words before the duration: «в течение», «в», «не позднее (чем)», «за»
  for (let guard = 0; guard < 5; guard++) {
    const c = ctx.c(k);
    if (c === 'in' || c === 'during' || c === 'later' || c === 'until' || (c === 'not' && ctx.c(k + 1) === 'later') || c === 'than') {
      k += c === 'not' ? 2 : 1;
    } else break;
  }
  if (k > i) {
    const d = durationAt(ctx, k);
    if (d !== null && anchorAt(ctx, d)) return record(ctx, i);
  }
  // «по окончании курсов», «после издания приказа», «после завершения мероприятия»
  const c = ctx.c(i);
  if ((c === 'to' || c === 'follow') && ctx.lx[i + 1]?.c === 'approx' && (ctx.lx[i + 1] as { a: string }).a === 'end' &&
    ctx.c(i + 2) === 'eventAnchor') return record(ctx, i);
  if (c === 'follow' && ctx.c(i + 1) === 'eventAnchor') return record(ctx, i);
  // «в день подписания», «в день обращения»
  if (c === 'in' && ctx.c(i + 1) === 'daysWord' && ctx.c(i + 2) === 'eventAnchor') return record(ctx, i);
  return null;
};
