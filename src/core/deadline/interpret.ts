// How a Reading becomes checkpoints for a plan period: what repeats and what bounds it, expansion over
// the plan's years, the windows of «до …», clipping to the plan, the kind. The rules are written out at
// the top of parser.ts.
import { addDays, monthIndex } from '../calendar';
import { lagTemplates } from './forms/lags';
import { SCHOOL_DEFAULTS } from './forms/school-calendar';
import type { SchoolCalendar } from './forms/school-calendar';
import type { IsoDate } from '../calendar';
import { explain } from './explain';
import type { RecurUnit, Summary } from './explain';
import type { MarkerAtom, PeriodAtom, Reading, RecurAtom } from './parser';
import { fromPhrase, inSchoolPlan, isRangeShape, isYearShape, needsSchoolYearNote, needsTermNote, stepOf, usesWorkdays, windowOf, yearlyOf } from './periods';
import type { Shape } from './periods';
import type { Checkpoint, Schedule, ScheduleKind } from './schedule';
import { PHRASE, REASON, WARN } from './words';
import { transfersKnown } from './working-days';

/** The plan as the interpreter needs it: first and last day, and a label for warnings. */
export interface PlanWindow {
  start: IsoDate;
  end: IsoDate;
  label: string;
  firstYear: number;
  lastYear: number;
  /** The school's quarters, trimesters and holidays. */
  cal: SchoolCalendar;
}

/** The most checkpoints one cell may produce (a monthly activity over a long plan stays far below). */
export const MAX_CHECKPOINTS = 600;

interface Cp {
  start: IsoDate;
  due: IsoDate;
  label: string;
  open: boolean;
  /** Named by the text itself (dropped with a warning when outside the plan). */
  explicit: boolean;
}

interface Eff {
  unit: RecurUnit | 'continuous';
  n: number;
  atom: RecurAtom;
  every: number;
}

/** «2 раза в год» is half-yearly, «4 раза в год» quarterly, «раз в неделю» continuous, «3 раза в год» custom. */
function effective(r: RecurAtom): Eff {
  const { per, times } = r;
  const every = r.every ?? 1;
  if (per === 'week' || per === 'day') return { unit: 'continuous', n: times, atom: r, every };
  if (times === 1) return { unit: per, n: 1, atom: r, every };
  const perYear = times * (per === 'year' ? 1 : per === 'half' ? 2 : per === 'quarter' ? 4 : per === 'term' ? 4 : per === 'trimester' ? 3 : 12);
  if (per === 'month') return { unit: 'continuous', n: times, atom: r, every };
  if (perYear === 2) return { unit: 'half', n: 1, atom: r, every };
  if (perYear === 4) return { unit: 'quarter', n: 1, atom: r, every };
  if (perYear === 12) return { unit: 'month', n: 1, atom: r, every };
  return { unit: 'custom', n: perYear, atom: r, every };
}

const key = (s: Shape): string => JSON.stringify(s);

function uniqueShapes(shapes: Shape[]): Shape[] {
  const seen = new Set<string>();
  return shapes.filter((s) => (seen.has(key(s)) ? false : (seen.add(key(s)), true)));
}

function naturalTemplates(unit: RecurUnit): Shape[] {
  const out: Shape[] = [];
  if (unit === 'half') for (let h = 1; h <= 2; h++) out.push({ type: 'half', h });
  if (unit === 'quarter') for (let q = 1; q <= 4; q++) out.push({ type: 'quarter', q });
  if (unit === 'month') for (let m = 1; m <= 12; m++) out.push({ type: 'month', m });
  if (unit === 'term') for (let n = 1; n <= 4; n++) out.push({ type: 'term', n });
  if (unit === 'trimester') for (let n = 1; n <= 3; n++) out.push({ type: 'trimester', n });
  return out;
}

function windowCp(p: PeriodAtom, explicit: boolean, plan: PlanWindow): Cp | null {
  if (p.year === null) return null;
  const w = windowOf(p.shape, p.year, plan.cal);
  return w ? { ...w, explicit } : null;
}

/**
 * Occurrences of templates over the plan, each counted in its own step (a year, or a month for «до 5 числа»), from
 * one step before the plan (a window spans at most two calendar years: a school year, «ноябрь – февраль», a report
 * due after its period) to its end; `every` > 1 keeps every n-th year from the plan's first («раз в 2 года»).
 */
function expand(templates: Shape[], plan: PlanWindow, keep: (w: Cp) => boolean, every = 1): Cp[] {
  const out: Cp[] = [];
  for (const s of templates) {
    const monthly = stepOf(s) === 'month';
    const first = every > 1 ? plan.firstYear : monthly ? monthIndex(plan.firstYear, 1) - 1 : plan.firstYear - 1;
    const last = monthly ? monthIndex(plan.lastYear, 12) : plan.lastYear;
    for (let y = first; y <= last; y += every) {
      const w = windowOf(s, y, plan.cal);
      if (!w || w.due > plan.end || (w.whole && w.start < plan.start)) continue;
      const cp: Cp = { start: w.start, due: w.due, label: w.label, open: w.open, explicit: false };
      if (keep(cp)) out.push(cp);
    }
  }
  return out;
}

function fromText(p: PeriodAtom): string {
  return p.year === null ? '' : fromPhrase(p.shape, p.year);
}

const YEAR_TYPES = new Set<Shape['type']>(['year', 'years', 'schoolYear']);
const byWindow = (a: Cp, b: Cp): number => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.start < b.start ? -1 : a.start > b.start ? 1 : 0);

/** Builds the schedule of a reading for a plan. `checkpointsAllowed` false: the plan is unusable. */
export function interpret(reading: Reading, plan: PlanWindow, extraWarnings: string[] = [], checkpointsAllowed = true): Schedule {
  const warnings: string[] = [...extraWarnings, ...reading.warnings];
  const markers: MarkerAtom[] = [...reading.markers];
  for (const m of markers) if (m.swallowedDates) warnings.push(WARN.ignoredDates(m.text));

  // A reporting lag with no recurrence word repeats with its own period («до 1 июня года, следующего за отчётным»).
  const recurs = [...reading.recurs];
  const lag = reading.periods.find((p) => p.shape.type === 'lag');
  if (lag && lag.shape.type === 'lag' && !recurs.some((r) => r.per !== 'week' && r.per !== 'day')) {
    recurs.push({ per: lag.shape.per ?? 'month', times: 1, pos: lag.pos, part: lag.part, text: '' });
    if (!lag.shape.per) warnings.push(WARN.lagAssumed('месяц'));
  }
  // Recurrence: the first regular one wins; «еженедельно» alone is a continuous activity.
  const effs = recurs.map(effective);
  const regular = effs.filter((e) => e.unit !== 'continuous');
  const recur = regular.length ? regular[0] : null;
  if (new Set(regular.map((e) => `${e.unit}${e.n}`)).size > 1) warnings.push(WARN.manyRecurrences(regular.map((e) => e.atom.text)));
  const frequent = effs.find((e) => e.unit === 'continuous');
  if (frequent && !recur) {
    markers.push({ marker: 'continuous', text: frequent.atom.text, pos: frequent.atom.pos, part: frequent.atom.part, swallowedDates: false });
    warnings.push(WARN.weekly(frequent.atom.text));
  }

  const periods = reading.periods.filter((p) => !p.context);
  // «1 полугодие» without a year: a school half when the plan is one school year, else a calendar half.
  const undatedHalves = periods.filter((p) => p.year === null && inSchoolPlan(p.shape) !== null);
  if (undatedHalves.length) {
    const school = isSchoolYearPlan(plan);
    for (const p of undatedHalves) if (school) p.shape = inSchoolPlan(p.shape) ?? p.shape;
    warnings.push(school ? WARN.halfSchoolPlan : WARN.halfNoYear);
  }
  const froms = periods.filter((p) => p.role === 'from');
  let items = periods.filter((p) => p.role !== 'from');

  // «в течение учебного года» with nothing to repeat it is a continuous activity.
  if (!recur) {
    const during = items.filter((p) => p.during && p.year === null);
    for (const p of during) markers.push({ marker: 'continuous', text: p.text, pos: p.pos, part: p.part, swallowedDates: false });
    items = items.filter((p) => !(p.during && p.year === null));
  }
  markers.sort((a, b) => a.pos - b.pos);
  const markers0 = markers.filter((m) => m.part === 0);
  const markers1 = markers.filter((m) => m.part === 1);

  const summary: Summary = {
    kind: 'unknown', count: 0, bounds: [], mains: [], markers0: markers0.map((m) => m.text), markers1: markers1.map((m) => m.text),
    school: false, term: false,
  };
  let cps: Cp[] = [];
  let kind: ScheduleKind = 'unknown';
  const usedShapes: Shape[] = [];

  if (recur) {
    // Bounds: «с …», «по/до <year>», and a year or school year written in the same part.
    let low: IsoDate | null = null;
    let high: IsoDate | null = null;
    for (const f of froms) {
      const w = f.year === null ? null : windowOf(f.shape, f.year);
      if (w && (low === null || w.start < low)) {
        low = w.start;
        summary.bounds = [fromText(f)];
      }
    }
    const boundAtoms = new Set<PeriodAtom>();
    for (const p of items) {
      if (p.year === null) continue;
      const w = windowOf(p.shape, p.year);
      if (!w) continue;
      if (p.role === 'until' && YEAR_TYPES.has(p.origin)) {
        boundAtoms.add(p);
        if (high === null || w.due < high) high = w.due;
        summary.bounds.push(PHRASE.toDate(w.due));
      } else if (p.role === 'plain' && isYearShape(p.shape) && p.part === recur.atom.part) {
        boundAtoms.add(p);
      }
    }
    const within = items.filter((p) => boundAtoms.has(p) && p.role === 'plain');
    if (within.length) {
      const ws = within.map((p) => windowOf(p.shape, p.year as number)).filter((w): w is NonNullable<typeof w> => !!w);
      const wl = ws.reduce((a, w) => (w.start < a ? w.start : a), ws[0].start);
      const wh = ws.reduce((a, w) => (w.due > a ? w.due : a), ws[0].due);
      if (low === null || wl > low) low = wl;
      if (high === null || wh < high) high = wh;
      summary.bounds.push(PHRASE.within(ws.map((w) => w.label).join(', ')));
    }
    const undated = items.filter((p) => p.year === null && !boundAtoms.has(p));
    const mains = items.filter((p) => p.year !== null && !boundAtoms.has(p));

    const lagPer = recur.unit === 'month' || recur.unit === 'quarter' || recur.unit === 'half' || recur.unit === 'year' ? recur.unit : null;
    let templates = uniqueShapes(undated.flatMap((p) => (p.shape.type === 'lag' ? lagTemplates(p.shape, lagPer).shapes : [p.shape])));
    // day-of-month shapes («до 5 числа») count by months: they need a monthly recurrence
    const doms = templates.filter((s) => stepOf(s) === 'month');
    let monthlyDom = false;
    if (doms.length && recur.unit === 'month') {
      monthlyDom = true;
      templates = doms;
    } else if (doms.length) {
      warnings.push(WARN.domIgnored);
      templates = templates.filter((s) => stepOf(s) !== 'month');
    }
    let natural = false;
    let calendarDefault = false;
    let reason: string | null = null;
    if (!templates.length) {
      if (recur.unit === 'year' && recur.every > 1) {
        templates = [{ type: 'years', count: recur.every }];
        warnings.push(WARN.everyYears(recur.every, plan.firstYear));
      } else if (recur.unit === 'year') {
        const datedFrom = froms.find((f) => f.year !== null && !YEAR_TYPES.has(f.shape.type));
        const undatedFrom = froms.find((f) => f.year === null);
        if (mains.length) templates = uniqueShapes(mains.map((p) => yearlyOf(p.shape)));
        else if (datedFrom) templates = [datedFrom.shape];
        else if (undatedFrom) templates = [undatedFrom.shape];
        else {
          templates = [{ type: 'year' }];
          calendarDefault = true;
          const ext = markers0.find((m) => m.marker === 'external');
          warnings.push(ext ? WARN.calendarYearExternal(ext.text) : WARN.calendarYear);
        }
      } else if (recur.unit === 'custom') {
        reason = REASON.timesWithoutMonths(recur.n);
      } else {
        templates = naturalTemplates(recur.unit as RecurUnit);
        natural = true;
      }
    } else if (recur.unit === 'custom' && templates.length !== recur.n) {
      warnings.push(WARN.monthCountMismatch(recur.atom.text, templates.length));
    }

    const mainCps = mains.map((p) => windowCp(p, true, plan)).filter((c): c is Cp => !!c);
    // Without a «с …» bound, repetitions follow the dated main periods («декабрь 2022, далее ежегодно»).
    const afterMains = mainCps.length && low === null ? mainCps.reduce((a, c) => (c.due > a ? c.due : a), mainCps[0].due) : null;
    const keep = (c: Cp): boolean => !(low !== null && c.due < low) && !(high !== null && c.due > high) &&
      !(afterMains !== null && (c.open ? c.due : c.start) <= afterMains);
    const instances = reason ? [] : expand(templates, plan, keep, recur.every);
    cps = [...mainCps, ...instances];
    usedShapes.push(...templates, ...mains.map((p) => p.shape));
    summary.mains = mainCps.map((c) => c.label);
    if (reason && !mainCps.length) {
      summary.unknownReason = reason;
      kind = 'unknown';
    } else {
      if (reason) warnings.push(reason);
      kind = 'recurring';
      summary.recur = { unit: recur.unit as RecurUnit, n: recur.n, templates, natural, calendarDefault, monthlyDom, written: recur.atom.text };
    }
  } else {
    const dated = items.filter((p) => p.year !== null);
    let undated = items.filter((p) => p.year === null);
    const domOnly = undated.some((p) => stepOf(p.shape) === 'month');
    undated = undated.filter((p) => stepOf(p.shape) !== 'month');
    // «2023 год (март, июнь)»: the only year named places the undated periods.
    const yearItems = dated.filter((p) => p.role === 'plain' && isYearShape(p.shape));
    const ctx = undated.length && yearItems.length === 1 ? yearItems[0] : null;
    const mains = dated.filter((p) => p !== ctx);
    const mainCps = mains.map((p) => windowCp(p, true, plan)).filter((c): c is Cp => !!c);
    let instances: Cp[] = [];
    const templates = uniqueShapes(undated.map((p) => p.shape));
    if (templates.length) {
      const cw = ctx ? windowOf(ctx.shape, ctx.year as number, plan.cal) : null;
      const low = froms.map((f) => (f.year === null ? null : windowOf(f.shape, f.year))).reduce<IsoDate | null>((a, w) => (w && (a === null || w.start < a) ? w.start : a), null);
      if (cw) {
        instances = expand(templates, plan, (c) => c.due >= cw.start && c.due <= cw.due && (c.open || c.start >= cw.start)).map((c) => ({ ...c, explicit: true }));
      } else {
        instances = expand(templates, plan, (c) => low === null || c.due >= low);
        warnings.push(WARN.noYear);
        summary.eachYear = templates;
        const f = froms.find((x) => x.year !== null);
        if (f && low !== null) summary.bounds.push(fromText(f));
      }
    } else if (froms.length && mains.length) {
      warnings.push(WARN.fromOnly(froms[0].text));
    }
    // the same period written twice is one checkpoint («июнь 2023, июнь 2023»)
    const seenLabels = new Set<string>();
    cps = [...mainCps, ...instances].filter((c) => (seenLabels.has(c.label) ? false : (seenLabels.add(c.label), true)));
    usedShapes.push(...templates, ...mains.map((p) => p.shape));
    summary.mains = summary.eachYear ? mainCps.map((c) => c.label) : cps.slice().sort(byWindow).map((c) => c.label);

    if (markers0.length) kind = markers0[0].marker;
    else if (summary.eachYear) kind = 'recurring';
    else if (cps.length === 1) {
      const only = mains.length ? mains[0].shape : templates[0];
      kind = isRangeShape(only) && cps[0].start !== cps[0].due ? 'range' : 'once';
    } else if (cps.length > 1) kind = 'recurring';
    else if (froms.length) {
      kind = 'continuous';
      summary.fromOnly = froms.map((f) => f.text).join(', ');
      warnings.push(WARN.fromOnly(summary.fromOnly));
    } else if (markers1.length) {
      kind = markers1[0].marker;
      summary.markers0 = summary.markers1;
      summary.markers1 = [];
    } else {
      kind = 'unknown';
      summary.unknownReason = domOnly ? REASON.domAlone : reading.badDates.length ? REASON.badDate(reading.badDates[0])
        : reading.reversed.length ? REASON.reversed(reading.reversed[0]) : REASON.nothing;
    }
  }

  summary.school = usedShapes.some(needsSchoolYearNote);
  // the note on quarters by months is said only while the school has not given its own quarters
  summary.term = (usedShapes.some(needsTermNote) || recur?.unit === 'term') && plan.cal.terms === SCHOOL_DEFAULTS.terms;
  if (reading.unknown.length) warnings.push(WARN.unknownWords(reading.unknown));

  const checkpoints = checkpointsAllowed ? finalize(cps, plan, warnings, kind) : [];
  // Working days depend on the government's yearly transfers: say which years' decrees were used.
  if (usedShapes.some(usesWorkdays)) {
    const years = [...new Set(checkpoints.map((c) => Number(c.due.slice(0, 4))))].sort((a, b) => a - b);
    warnings.push(WARN.workingDays(years.filter(transfersKnown), years.filter((y) => !transfersKnown(y))));
  }
  summary.kind = kind;
  summary.count = checkpoints.length;
  if (kind === 'unknown' && !summary.unknownReason) summary.unknownReason = REASON.nothing;
  return { kind, checkpoints, explanation: explain(summary), warnings: unique(warnings) };
}

/** A plan of one school year: it starts in August or September and lasts at most twelve months. */
function isSchoolYearPlan(plan: PlanWindow): boolean {
  const sm = Number(plan.start.slice(5, 7));
  const months = (Number(plan.end.slice(0, 4)) - Number(plan.start.slice(0, 4))) * 12 + Number(plan.end.slice(5, 7)) - sm + 1;
  return (sm === 8 || sm === 9) && months <= 12;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Opens «до …» windows, keeps what is due inside the plan, clips starts, sorts, removes duplicates. */
function finalize(cps: Cp[], plan: PlanWindow, warnings: string[], kind: ScheduleKind): Checkpoint[] {
  const all = cps.map((c) => ({ ...c, start: c.open ? c.due : c.start }));
  all.sort(byWindow);
  // The window of «до X» opens the day after the previous checkpoint closes (or at the plan start).
  let prevDue: IsoDate | null = null;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && all[j].due === all[i].due) j++;
    for (let k = i; k < j; k++) if (all[k].open) all[k].start = prevDue ? addDays(prevDue, 1) : plan.start;
    prevDue = all[i].due;
    i = j;
  }
  const outside: string[] = [];
  const kept: Cp[] = [];
  for (const c of all) {
    if (c.due < plan.start || c.due > plan.end) {
      if (c.explicit && outside.length < 7 && !outside.includes(c.label)) outside.push(c.label);
      continue;
    }
    let start = c.start < plan.start ? plan.start : c.start;
    if (start > c.due) start = c.due;
    kept.push({ ...c, start });
  }
  kept.sort(byWindow);
  const labels = new Set<string>();
  const windows = new Set<string>();
  const out: Checkpoint[] = [];
  for (const c of kept) {
    const w = `${c.start}|${c.due}`;
    if (labels.has(c.label) || windows.has(w)) continue;
    labels.add(c.label);
    windows.add(w);
    out.push({ label: c.label, start: c.start, due: c.due });
  }
  if (outside.length) warnings.push(WARN.outsidePlan(outside, plan.label));
  else if (!out.length && (kind === 'recurring' || kind === 'once' || kind === 'range')) warnings.push(WARN.noneInPlan(plan.label));
  if (out.length > MAX_CHECKPOINTS) {
    warnings.push(WARN.capped(MAX_CHECKPOINTS));
    return out.slice(0, MAX_CHECKPOINTS);
  }
  return out;
}
