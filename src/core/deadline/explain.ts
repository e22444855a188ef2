// The short Russian explanation of how a cell was read («ежегодно в июне и декабре: 5 контрольных точек»),
// composed from a summary the interpreter fills in.
import type { ScheduleKind } from './schedule';
import { shapePhrase } from './periods';
import type { Shape } from './periods';
import { checkpointCount, EXPLAIN, joinAnd, PHRASE, RECUR_WORD } from './words';

export type RecurUnit = 'year' | 'half' | 'quarter' | 'month' | 'term' | 'trimester' | 'custom';

export interface Summary {
  kind: ScheduleKind;
  /** Checkpoints inside the plan. */
  count: number;
  unknownReason?: string;
  recur?: {
    unit: RecurUnit;
    n: number;
    templates: Shape[];
    /** The templates are the unit itself (every quarter of «ежеквартально»). */
    natural: boolean;
    calendarDefault: boolean;
    monthlyDom: boolean;
    /** The recurrence as written («2 раза в год», «каждый год»), used when the periods are named. */
    written: string;
  };
  /** «с апреля 2023», «по 31.12.2024», «в пределах: 2023 год». */
  bounds: string[];
  /** Labels of the dated periods the cell names (before the plan filter). */
  mains: string[];
  /** Undated periods placed in every plan year. */
  eachYear?: Shape[];
  fromOnly?: string;
  markers0: string[];
  markers1: string[];
  school: boolean;
  term: boolean;
}

/** «в июне и декабре», «в I квартале», «до 1 сентября». */
export function templatesPhrase(shapes: Shape[]): string {
  if (shapes.length > 1 && shapes.every((s) => s.type === 'month')) {
    return PHRASE.inMonthList(shapes.map((s) => (s.type === 'month' ? s.m : 0)));
  }
  // «в первую среду» of every month reads as one phrase, not twelve
  const first = shapes[0];
  if (shapes.length === 12 && first && first.type === 'nthWeekday' &&
    shapes.every((s) => s.type === 'nthWeekday' && s.n === first.n && s.wd === first.wd && s.working === first.working)) {
    return shapePhrase({ ...first, m: 0 });
  }
  // a reporting lag's templates (one per month or quarter) read alike: said once
  return joinAnd([...new Set(shapes.map(shapePhrase).filter(Boolean))]);
}

function recurPhrase(r: NonNullable<Summary['recur']>): string {
  if (r.monthlyDom) return `${RECUR_WORD.month} ${templatesPhrase(r.templates)}`;
  if (r.natural && r.unit !== 'year' && r.unit !== 'custom') return RECUR_WORD[r.unit];
  const what = templatesPhrase(r.templates);
  const word = r.written ? r.written.charAt(0).toLowerCase() + r.written.slice(1) : r.unit === 'custom' ? RECUR_WORD.times(r.n) : RECUR_WORD[r.unit];
  return what && !word.endsWith(what) ? `${word} ${what}` : word;
}

function listPhrase(labels: string[]): string {
  return labels.length > 6 ? `${labels.slice(0, 6).join(', ')}, …` : joinAnd(labels);
}

export function explain(s: Summary): string {
  if (s.kind === 'unknown') return EXPLAIN.unknown(s.unknownReason || '');
  let body: string;
  if (s.recur) {
    body = [recurPhrase(s.recur), ...s.bounds].join(' ');
    if (s.mains.length) body = `${listPhrase(s.mains)}, ${EXPLAIN.then} ${body}`;
    if (s.markers0.length) body += `, ${s.markers0.join(', ')}`;
    if (s.recur.calendarDefault) body += ` ${PHRASE.calendarDefault}`;
  } else if (s.eachYear) {
    body = `${templatesPhrase(s.eachYear)} ${EXPLAIN.eachPlanYear}`;
    if (s.bounds.length) body += ` ${s.bounds.join(' ')}`;
    if (s.mains.length) body = `${listPhrase(s.mains)}; ${body}`;
    if (s.markers0.length) body = `${s.markers0.join(', ')}; ${body}`;
  } else if (s.markers0.length) {
    body = s.markers0.join(', ');
    if (s.mains.length) body += `; ${EXPLAIN.list(s.mains)}`;
  } else if (s.fromOnly) {
    body = EXPLAIN.startsFrom(s.fromOnly);
  } else if (s.kind === 'once') {
    body = EXPLAIN.once(listPhrase(s.mains));
  } else if (s.kind === 'range') {
    body = EXPLAIN.range(listPhrase(s.mains));
  } else {
    body = listPhrase(s.mains);
  }
  const noDates = (s.kind === 'continuous' || s.kind === 'as_needed' || s.kind === 'external') && s.count === 0 && !s.mains.length;
  let out = `${body}: ${noDates ? EXPLAIN.noCheckpoints : checkpointCount(s.count)}`;
  for (const m of s.markers1) out += `; ${EXPLAIN.followUp(m)}`;
  if (s.school) out += `; ${EXPLAIN.schoolYearNote}`;
  if (s.term) out += `; ${EXPLAIN.termNote}`;
  return out;
}
