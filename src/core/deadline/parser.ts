// The grammar of deadline cells: turns tokens into a Reading — dated or undated periods with their
// role (plain, «с …», «по …», «до …»), recurrences («ежегодно», «2 раза в год»), markers (continuous,
// as needed, external) and the follow-up part («далее …»). Every phrase form lives in its own module under forms/
// with its examples (years, ordinals, dates, months, ranges, recurrence, markers, lags, events, weekdays,
// school-calendar, typos); this file only walks the cell, applies the prepositions («с», «по», «до», «в конце …»)
// and resolves the years of lists. What a period means (window, label, bounds, «до …») is in periods.ts' table.
/*
 * RULES (how a cell is read; interpret.ts applies the second half)
 *
 * Text repair (normalize.ts, tokens.ts): NFKC (Unicode «Ⅱ» → «II»), soft hyphens and zero-width characters
 * dropped, every dash read as «-»; Latin look-alike letters turned Cyrillic inside Cyrillic words
 * («cентябрь») and in Latin words that then become known words («KB» → «кв»); words broken across lines or
 * by stray spaces joined when the join is a known word and a part is not («поступлени\nя», «ежегод\nно»,
 * «сент ября»), or when a 1–2 letter fragment follows a line break glued to a letter («Минпросвещени\nя»);
 * «планом-\nграфиком» kept as one word, «сен-\nтябрь» joined; a lone «н» read as «и»; «1-й», «2-го» are
 * ordinals; «Iкв» is «I кв»; «20242026» is 2024–2026 (with a warning).
 *
 * Periods: months in any case and abbreviated; month ranges («ноябрь-декабрь 2022»); quarters (I–IV, 1–4,
 * «первый», «1-й»; «кв.», «квартал») and quarter ranges and lists («I, III кварталы»); half-years; school
 * quarters («четверть»: I Sep–Oct, II Nov–Dec, III Jan–Mar, IV Apr–May); years, year spans («2023–2024 гг.»);
 * school years («2023-2024 учебный год», «2023/24 уч. г.»: 1 September to 31 May); seasons (winter is
 * December–February, with a warning); dates («15.12.2022», «15.12.22», «01.09» without a year, «1 сентября
 * 2023 г.», ««01» сентября»), date ranges («с 29 ноября по 3 декабря 2021», «25-26 января 2023»,
 * «01.09-31.12.2023», «с 1 по 15 сентября»). Whole cells that are numbers: a year 1900–2199; a date cell
 * is read as that day, with a warning when it is the 1st (Sheets may have turned «сентябрь 2023» into it).
 *
 * Years inside a list («июнь, декабрь 2023», «июнь 2023, 2024», «октябрь 2023, январь, март»):
 *  - a year written alone after a dated month (quarter, date …) repeats that period in the new year;
 *  - a period without a year takes the year of the next dated item of the same list (the year before
 *    if its month comes later in the year: «ноябрь, февраль 2024» → ноябрь 2023), else the year of the
 *    previous dated item (the year after if its month comes earlier: «декабрь 2022, январь» → январь 2023);
 *  - a lone year or school year that gave its year this way is context, not a checkpoint.
 * A year after a month range that wraps the new year belongs to its end («ноябрь-февраль 2023» →
 * ноябрь 2022 – февраль 2023, with a warning). «полугодие» with a calendar year is a calendar half
 * (I Jan–Jun, II Jul–Dec); with a school year a school half (I Sep–Dec, II Jan–May); without a year, a
 * school half when the plan is one school year (starts in August/September, at most 12 months), else a
 * calendar half — with a warning either way.
 *
 * «до X»: X a date → due that day. X a month, quarter or year → due the day before X begins
 * («до мая 2023» → до 30.04.2023, with a warning); «до конца X», «по X», «X включительно», «по итогам X» →
 * due X's last day. The window of «до …» opens the day after the previous checkpoint of the same cell,
 * or at the plan start. «с X» is a lower bound; «с X по Y», «X по Y», «X – Y» a range; «с X» alone (no
 * recurrence) is a continuous activity starting then (with a warning). A «с X» written after a dated period
 * («… (с 2023 года - ежегодно)») starts the follow-up part, as «далее», «затем», «в дальнейшем» do.
 * «в конце/начале X»: a year → December/January, a school year → May/September, else X itself; always
 * with a warning. Inside an external reference, a date after «от» or «№» names a document and is ignored
 * (with a warning).
 *
 * Interpretation (interpret.ts):
 *  - Recurrence («ежегодно», «ежеквартально», «ежемесячно», «раз в полугодие», «каждый …», «по кварталам»,
 *    «не менее одного собрания в четверть», «N раз в год»: 1 yearly, 2 half-yearly, 4 quarterly, 12 monthly, any other N needs its months;
 *    «еженедельно», «ежедневно», several times a month: continuous). The periods it repeats are the undated
 *    periods of the cell («ежегодно (июнь, декабрь)», «май, ежегодно с 2023», «ежемесячно до 5 числа»);
 *    else, for «ежегодно», the dated main periods («ноябрь-декабрь 2022 (с 2023 года - ежегодно)»), else
 *    the month of «с апреля 2023 ежегодно», else calendar years due 31 December (with a warning); for the
 *    others, their natural unit (quarters, months, half-years, school quarters). Occurrences are kept from
 *    the «с …» bound (due on or after it), up to a «до/по <year>» bound, inside a year or school year
 *    written in the same part, and after the last dated main period when there is no «с …» bound.
 *  - A month (quarter, date …) without a year and no recurrence: when the cell names exactly one year or
 *    school year, it is placed there; otherwise it repeats in every year of the plan (kind recurring, with
 *    the warning «Год не указан»).
 *  - Plan period: a checkpoint belongs to the plan when its due date lies between the plan start (the
 *    approval date if later than the first month) and the last day of the last month; a window that opened
 *    earlier is clipped to start at the plan start (its label stays). Explicit periods outside the plan are
 *    dropped with a warning; repetitions outside it are dropped silently.
 *  - Kind: recurrence → recurring; else a continuous / as-needed / external marker in the main part → that
 *    kind (its checkpoints are whatever dates the cell also names); else dated periods → once (one
 *    period), range (one span), recurring (several); markers after «далее» only add a note to the
 *    explanation. Nothing readable → unknown, with the reason.
 *  - Labels come from the window, never from the text, so they are stable; a schedule never holds two
 *    checkpoints with the same label or the same window. Words that were not understood are listed in a
 *    warning.
 */
import { addDays, formatRu } from '../calendar';
import { templatesPhrase } from './explain';
import { classify, SILENT } from './lexicon';
import type { Lex, Unit } from './lexicon';
import { edgeOf, endsLater, isDayShape, isYearShape, startMonth, untilShape, windowOf } from './periods';
import type { Shape } from './periods';
import { rebuild } from './tokens';
import type { Token } from './tokens';
import { eventForm } from './forms/events';
import { lagForm } from './forms/lags';
import { schoolCalendarForm, weekOfMonthForm } from './forms/school-calendar';
import { readTypo } from './forms/typos';
import { nthWeekdayForm } from './forms/weekdays';
import type { Core, CoreForm, CoreResult, Form, FormContext } from './forms/context';
import { MAX_YEAR, MIN_YEAR } from './forms/context';
import { dayCore } from './forms/dates';
import { markerAt } from './forms/markers';
import { monthCore, seasonCore } from './forms/months';
import { ordinalCore } from './forms/ordinals';
import { bareDayRange, mergeRange } from './forms/ranges';
import { recurrence } from './forms/recurrence';
import { schoolCore, yearCore } from './forms/years';
import { WARN } from './words';

export type Role = 'plain' | 'from' | 'to' | 'until';

export interface PeriodAtom {
  shape: Shape;
  /** Anchor year (the school year's first year for school shapes); null when the text gives none. */
  year: number | null;
  role: Role;
  /** The shape type the text named before «до …» turned it into a due date («до 2024 года» → 'year'). */
  origin: Shape['type'];
  pos: number;
  part: 0 | 1;
  group: number;
  /** A year written alone («2024» in «июнь 2023, 2024»). */
  bare: boolean;
  /** Inside «в течение …». */
  during: boolean;
  /** A year that only gave its year to undated neighbours. */
  context: boolean;
  text: string;
}

export interface RecurAtom {
  per: Unit;
  times: number;
  /** «раз в 2 года»: one occurrence every `every` units (1 for the usual «ежегодно»). */
  every?: number;
  pos: number;
  part: 0 | 1;
  text: string;
}

export type Marker = 'continuous' | 'as_needed' | 'external';

export interface MarkerAtom {
  marker: Marker;
  text: string;
  pos: number;
  part: 0 | 1;
  /** Dates that were part of the marker's text (the external schedule's name). */
  swallowedDates: boolean;
}

export interface Reading {
  periods: PeriodAtom[];
  recurs: RecurAtom[];
  markers: MarkerAtom[];
  unknown: string[];
  warnings: string[];
  /** Dates that do not exist («31.02.2023»). */
  badDates: string[];
  /** Ranges whose end comes before their start. */
  reversed: string[];
}

/** Reads tokens into atoms. */
export function parseTokens(toks: Token[]): Reading {
  return new Parser(toks).run();
}

/** Phrase forms tried before the general grammar, in this order (each in its own module under forms/). */
const FORMS: Form[] = [lagForm, eventForm, nthWeekdayForm, weekOfMonthForm, schoolCalendarForm];

/** Period forms, in this order (forms/ordinals.ts, dates.ts, months.ts, years.ts). */
const CORES: CoreForm[] = [ordinalCore, dayCore, monthCore, seasonCore, yearCore, schoolCore];

class Parser implements FormContext {
  readonly lx: (Lex | null)[];
  private readonly out: Reading = { periods: [], recurs: [], markers: [], unknown: [], warnings: [], badDates: [], reversed: [] };
  private readonly warned = new Set<string>();
  private part: 0 | 1 = 0;
  private group = 0;
  lastEnd = 0;
  /** A dated plain period has been read (then a later «с …» starts the follow-up part). */
  private datedPlain = false;
  readonly miss = { chain: { from: -1, to: -1 }, dayList: { from: -1, to: -1 } };

  constructor(readonly t: Token[]) {
    this.lx = t.map((x) => {
      if (x.k !== 'word') return null;
      const known = classify(x.text);
      if (known) return known;
      const typo = readTypo(x.text);
      if (typo && typo.lex) this.warnOnce(WARN.typo(x.raw, typo.fixed));
      else if (typo) this.warnOnce(WARN.ambiguousTypo(x.raw));
      return typo ? typo.lex : null;
    });
    for (const x of t) if (x.letterO) this.warnOnce(WARN.yearLetterO(x.raw, x.n));
  }

  // ── FormContext: what a phrase form may use ──────────────────────────────────────────────────────

  period(shape: Shape, year: number | null, role: Role, pos: number, text: string): void {
    this.out.periods.push({ shape, year, role, origin: shape.type, pos, part: this.part, group: this.group, bare: false, during: false, context: false, text });
    if (year !== null && role === 'plain') this.datedPlain = true;
  }

  recur(per: Unit, times: number, pos: number, text: string, every?: number): void {
    this.out.recurs.push({ per, times, every, pos, part: this.part, text });
  }

  marker(kind: Marker, pos: number, text: string): void {
    this.out.markers.push({ marker: kind, text, pos, part: this.part, swallowedDates: false });
    if (kind === 'as_needed' && pos >= 0) this.warnOnce(WARN.event(text));
  }

  warn(w: string): void {
    this.warnOnce(w);
  }

  groupEnd(i: number): number {
    let k = i;
    while (k < this.t.length && !(this.t[k].k === 'punct' && ';)'.includes(this.t[k].text))) k++;
    return k;
  }

  skipYearWords(k: number): number {
    while (this.c(k) === 'yearWord' || (this.isP(k, '.') && this.c(k - 1) === 'yearWord')) k++;
    return k;
  }

  core(i: number): CoreResult | null {
    for (const f of CORES) {
      const r = f(this, i);
      if (r) return r;
    }
    return null;
  }

  damaged(from: number, to: number, warning: string): void {
    this.warnOnce(warning);
    this.out.badDates.push(this.text(from, to));
    this.group++;
  }

  reversed(text: string): void {
    this.out.warnings.push(WARN.reversed(text));
    this.out.reversed.push(text);
  }

  duringPeriod(shape: Shape, pos: number, text: string): void {
    this.out.periods.push({
      shape, year: null, role: 'plain', origin: shape.type, pos, part: this.part, group: this.group,
      bare: false, during: true, context: false, text,
    });
  }

  plainMarker(kind: Marker, pos: number, text: string, swallowedDates: boolean): void {
    this.out.markers.push({ marker: kind, text, pos, part: this.part, swallowedDates });
  }

  run(): Reading {
    const t = this.t;
    let i = 0;
    while (i < t.length) {
      const tok = t[i];
      if (tok.k === 'punct') {
        if ('();'.includes(tok.text)) this.group++;
        i++;
        continue;
      }
      const f = this.form(i);
      if (f !== null) {
        this.group++;
        i = this.finish(f);
        continue;
      }
      const r = recurrence(this, i);
      if (r) {
        this.group++;
        i = this.finish(r);
        continue;
      }
      const p = this.periodExpr(i);
      if (p !== null) {
        i = this.finish(p);
        continue;
      }
      const m = markerAt(this, i);
      if (m !== null) {
        this.group++;
        i = this.finish(m);
        continue;
      }
      const lex = this.lx[i];
      if (lex && lex.c === 'follow') {
        this.part = 1;
        this.group++;
      } else if (lex && SILENT[lex.c]) {
        // a function word that formed nothing: nothing to report
      } else if (tok.k === 'date' && !tok.valid) {
        this.out.warnings.push(WARN.badDate(tok.raw));
        this.out.badDates.push(tok.raw);
        this.group++;
      } else {
        this.out.unknown.push(tok.raw);
        this.group++;
      }
      i++;
    }
    this.resolveLists();
    return this.out;
  }

  private form(i: number): number | null {
    for (const f of FORMS) {
      const next = f(this, i);
      if (next !== null && next > i) return next;
    }
    return null;
  }

  private finish(next: number): number {
    this.lastEnd = next;
    return next;
  }

  // ── small helpers ──────────────────────────────────────────────────────────────────────────────

  c(i: number): Lex['c'] | null {
    const l = this.lx[i];
    return l ? l.c : null;
  }

  isP(i: number, ch: string): boolean {
    const x = this.t[i];
    return !!x && x.k === 'punct' && x.text === ch;
  }

  yearAt(i: number): number | null {
    const x = this.t[i];
    if (!x || x.k !== 'num' || x.text.length !== 4) return null;
    return x.n >= MIN_YEAR && x.n <= MAX_YEAR ? x.n : null;
  }

  monthAt(i: number): number | null {
    const l = this.lx[i];
    return l && l.c === 'month' ? l.m : null;
  }

  /** Skips «.» after an abbreviation («янв.», «кв.», «г.»). */
  dots(i: number): number {
    while (this.isP(i, '.')) i++;
    return i;
  }

  text(from: number, to: number): string {
    return rebuild(this.t.slice(from, to)).replace(/^[,;:.\-\s]+|[,;:\-\s]+$/g, '');
  }

  // ── period expressions: prepositions, ranges, «до конца …» ──────────────────────────────────────

  private periodExpr(i: number): number | null {
    let k = i;
    let role: Role = 'plain';
    let approx: 'end' | 'begin' | 'middle' | null = null;
    let during = false;
    let results = false;
    for (let guard = 0; guard < 6; guard++) {
      const c = this.c(k);
      const l = this.lx[k];
      if (c === 'in') k++;
      else if (c === 'during') { during = true; k++; }
      else if (c === 'from') { role = 'from'; k++; }
      else if (c === 'to') { role = 'to'; k++; }
      else if (c === 'until') { role = 'until'; k++; }
      else if (c === 'not' && this.c(k + 1) === 'later') { role = 'until'; k += 2; }
      else if (c === 'later') { role = 'until'; k++; }
      else if (l && l.c === 'approx') { approx = l.a; k++; }
      else if (c === 'results') { results = true; k++; }
      else if (c === 'deadlineWord') k++;
      else break;
    }
    let core = role === 'from' ? bareDayRange(this, k) : null;
    if (core && !core.items.length) return core.next;
    if (core) role = 'plain';
    else core = this.core(k);
    if (!core && approx && this.c(k) === 'yearWord') {
      // «до конца года», «в начале года»: a year with no number
      core = { items: [{ shape: { type: 'year' }, year: null, bare: false }], next: this.skipYearWords(k + 1) };
    }
    if (core && !core.items.length && core.next > k) return core.next; // a damaged part, already reported
    if (!core || !core.items.length) return null;
    let next = core.next;
    let items = core.items;
    let merged = false;
    // ranges: «с X по Y», «с X до Y», «X – Y»
    if (items.length === 1) {
      const joiner = this.c(next);
      const dashJoin = this.isP(next, '-');
      if ((role === 'from' && (joiner === 'to' || joiner === 'until' || dashJoin)) || (role === 'plain' && (dashJoin || joiner === 'to'))) {
        let k2 = next + 1;
        while (this.c(k2) === 'in') k2++;
        const second = this.core(k2);
        if (second && second.items.length === 1) {
          const r = mergeRange(items[0], second.items[0]);
          if (r === 'reversed') {
            this.out.warnings.push(WARN.reversed(this.text(i, second.next)));
            this.out.reversed.push(this.text(i, second.next));
            this.group++;
            return second.next;
          }
          if (r) {
            if (joiner === 'until' && !isDayShape(second.items[0].shape)) this.out.warnings.push(WARN.rangeUntilMonth(this.text(i, second.next)));
            items = [r];
            next = second.next;
            role = 'plain';
            merged = true;
          }
        }
      }
    }
    let inclusive = false;
    if (this.c(next) === 'inclusive') {
      inclusive = true;
      next++;
    }
    const text = this.text(i, next);
    if (role === 'from' && this.part === 0 && this.datedPlain) {
      // «ноябрь-декабрь 2022 (с 2023 года - ежегодно)»: what starts later is the follow-up.
      this.part = 1;
      this.group++;
    }
    for (const item of items) {
      const atom = this.atom(item, role, text, i, during, merged);
      if (!atom) continue;
      if (role === 'until' || role === 'to') this.toUntil(atom, item, role, approx, inclusive, text);
      else if (approx) this.applyApprox(atom, approx, text);
      if (results) this.warnOnce(WARN.byResults);
      this.out.periods.push(atom);
      if (atom.year !== null && atom.role === 'plain') this.datedPlain = true;
    }
    return next;
  }

  private atom(item: Core, role: Role, text: string, pos: number, during: boolean, merged: boolean): PeriodAtom | null {
    return {
      shape: item.shape, year: item.year, role, origin: item.shape.type, pos, part: this.part, group: this.group,
      bare: item.bare && role === 'plain' && !merged, during, context: false, text,
    };
  }

  /** «до X»: the window closes on a day. */
  private toUntil(atom: PeriodAtom, item: Core, role: Role, approx: string | null, inclusive: boolean, text: string): void {
    const shape = item.shape;
    atom.role = 'until';
    const direct = untilShape(shape);
    if (direct) {
      atom.shape = direct;
      return;
    }
    // «к концу II четверти»: the school's calendar (known only with the plan) says when it ends; «по окончании
    // первого полугодия» without a year: the plan decides between a calendar and a school half.
    if (endsLater(shape, item.year !== null) && (role === 'to' || approx === 'end' || inclusive)) return;
    // Undated shapes are placed in a leap reference year so «до конца февраля» keeps the 29th (clamped later).
    const ref = item.year ?? 2000;
    const w = windowOf(shape, ref);
    if (!w) return;
    const toEnd = role === 'to' || approx === 'end' || inclusive || shape.type === 'days' || shape.type === 'span';
    const due = toEnd ? w.due : addDays(w.start, -1);
    const d = Number(due.slice(8, 10));
    const m = Number(due.slice(5, 7));
    if (!toEnd && approx !== 'begin') {
      this.out.warnings.push(WARN.untilPeriod(text, item.year === null ? dayMonth(d, m) : formatRu(due)));
    }
    atom.shape = { type: 'until', d, m };
    atom.year = item.year === null ? null : Number(due.slice(0, 4));
  }

  /** «в конце 2023 года» → декабрь 2023; «в начале года» → январь; other shapes stay, with a warning. */
  private applyApprox(atom: PeriodAtom, approx: 'end' | 'begin' | 'middle', text: string): void {
    if (atom.role === 'from') {
      this.warnOnce(WARN.approx(text, text));
      return;
    }
    const edge = approx === 'middle' ? null : edgeOf(atom.shape, approx);
    if (edge) {
      atom.shape = edge.shape;
      if (atom.year !== null) atom.year += edge.years;
    }
    const w = atom.year === null ? null : windowOf(atom.shape, atom.year);
    this.out.warnings.push(WARN.approx(text, w ? w.label : templatesPhrase([atom.shape])));
  }

  // ── recurrence: «ежегодно», «2 раза в год», «раз в квартал», «каждый месяц», «по полугодиям» ──────

  // ── markers: continuous, as needed, external ───────────────────────────────────────────────────

  private warnOnce(w: string): void {
    if (this.warned.has(w)) return;
    this.warned.add(w);
    this.out.warnings.push(w);
  }

  // ── years inside lists ─────────────────────────────────────────────────────────────────────────

  private resolveLists(): void {
    const groups = new Map<number, PeriodAtom[]>();
    for (const p of this.out.periods) {
      if (p.role === 'from') continue;
      const g = groups.get(p.group);
      if (g) g.push(p);
      else groups.set(p.group, [p]);
    }
    for (const list of groups.values()) {
      // «июнь 2023, 2024»: a lone year repeats the previous dated period
      for (let j = 1; j < list.length; j++) {
        const a = list[j];
        const prev = list[j - 1];
        if (a.bare && a.year !== null && prev.year !== null && !isYearShape(prev.shape) && prev.role === a.role) {
          a.shape = prev.shape;
          a.origin = prev.origin;
          a.bare = false;
        }
      }
      // «июнь, декабрь 2023», «октябрь 2023, январь, март»
      for (let j = 0; j < list.length; j++) {
        const a = list[j];
        if (a.year !== null || a.during) continue;
        const sm = startMonth(a.shape);
        if (!sm) continue;
        let src: PeriodAtom | null = null;
        let after = true;
        for (let q = j + 1; q < list.length && !src; q++) if (list[q].year !== null) src = list[q];
        if (!src) {
          after = false;
          for (let q = j - 1; q >= 0 && !src; q--) if (list[q].year !== null) src = list[q];
        }
        if (!src || src.year === null) continue;
        if (src.shape.type === 'schoolYear') a.year = sm >= 9 ? src.year : src.year + 1;
        else if (isYearShape(src.shape)) a.year = src.year;
        else {
          const sm2 = startMonth(src.shape) || 1;
          a.year = after ? src.year - (sm > sm2 ? 1 : 0) : src.year + (sm < sm2 ? 1 : 0);
        }
        if (isYearShape(src.shape) && src.role === 'plain') src.context = true;
      }
    }
  }
}


function dayMonth(d: number, m: number): string {
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}`;
}

