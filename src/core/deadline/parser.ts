// The grammar of deadline cells: turns tokens into a Reading — dated or undated periods with their
// role (plain, «с …», «по …», «до …»), recurrences («ежегодно», «2 раза в год»), markers (continuous,
// as needed, external) and the follow-up part («далее …»).
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
import { classify } from './lexicon';
import type { Lex, Unit } from './lexicon';
import { endsLater, isDayShape, isYearShape, shapeBounds, startMonth, untilShape, windowOf } from './periods';
import type { Bounds } from './periods';
import type { Shape } from './periods';
import { rebuild } from './tokens';
import type { Token } from './tokens';
import { eventForm } from './forms/events';
import { lagForm } from './forms/lags';
import { schoolCalendarForm, weekOfMonthForm } from './forms/school-calendar';
import { readTypo } from './forms/typos';
import { nthWeekdayForm } from './forms/weekdays';
import type { Form, FormContext } from './forms/context';
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

interface Core {
  shape: Shape;
  year: number | null;
  bare: boolean;
}

interface CoreResult {
  items: Core[];
  next: number;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** Reads tokens into atoms. */
export function parseTokens(toks: Token[]): Reading {
  return new Parser(toks).run();
}

/** Phrase forms tried before the general grammar, in this order (each in its own module under forms/). */
const FORMS: Form[] = [lagForm, eventForm, nthWeekdayForm, weekOfMonthForm, schoolCalendarForm];

class Parser implements FormContext {
  readonly lx: (Lex | null)[];
  private readonly out: Reading = { periods: [], recurs: [], markers: [], unknown: [], warnings: [], badDates: [], reversed: [] };
  private readonly warned = new Set<string>();
  private part: 0 | 1 = 0;
  private group = 0;
  private lastEnd = 0;
  /** A dated plain period has been read (then a later «с …» starts the follow-up part). */
  private datedPlain = false;
  private chainMiss = { from: -1, to: -1 };
  private dayListMiss = { from: -1, to: -1 };

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
    return this.skipYears(k);
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
      const r = this.recurrence(i);
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
      const m = this.markerAt(i);
      if (m !== null) {
        this.group++;
        i = this.finish(m);
        continue;
      }
      const lex = this.lx[i];
      if (lex && lex.c === 'follow') {
        this.part = 1;
        this.group++;
      } else if (lex && SILENT.has(lex.c)) {
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

  // ── year specifications: «2023», «2023 г.», «2023-2024 гг.», «2023/24 уч. г.» ─────────────────────

  private yearSpec(i: number): { y1: number; y2: number | null; school: boolean; word: boolean; next: number } | null {
    const merged = this.mergedYears(i);
    const y1 = merged ? merged[0] : this.yearAt(i);
    if (y1 === null) return null;
    let k = i + 1;
    let y2: number | null = merged ? merged[1] : null;
    if (!merged && (this.isP(k, '-') || this.isP(k, '/')) && this.t[k + 1] && this.t[k + 1].k === 'num') {
      const second = this.yearAt(k + 1);
      const t2 = this.t[k + 1];
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
      const c = this.c(k);
      if (c === 'yearWord') word = true;
      else if (c === 'schoolWord') school = true;
      else if (this.isP(k, '.') && (word || school)) {
        // «г.», «уч.»
      } else if (this.t[k] && this.t[k].k === 'word' && this.t[k].text === 'у' && this.isP(k + 1, '.') && this.c(k + 2) === 'yearWord') {
        school = true; // «у.г.»
      } else break;
      k++;
    }
    return { y1, y2, school, word, next: k };
  }

  /** «20242026»: two years whose dash the PDF lost. */
  private mergedYears(i: number): [number, number] | null {
    const x = this.t[i];
    if (!x || x.k !== 'num' || x.text.length !== 8) return null;
    const a = Number(x.text.slice(0, 4));
    const b = Number(x.text.slice(4));
    if (a < MIN_YEAR || b > MAX_YEAR || b <= a || b - a > 30) return null;
    this.warnOnce(WARN.mergedYears(x.text, a, b));
    return [a, b];
  }

  // ── cores: one period with no preposition ──────────────────────────────────────────────────────

  private core(i: number): CoreResult | null {
    return this.ordinalCore(i) ?? this.dayCore(i) ?? this.monthCore(i) ?? this.seasonCore(i) ?? this.yearCore(i) ?? this.schoolCore(i);
  }

  /** «I квартал 2023», «1-2 кв.», «I, III кварталы», «второе полугодие 2023/2024 уч. года», «III четверть». */
  private ordinalCore(i: number): CoreResult | null {
    // A chain of numbers («1-1-1-…», «I, I, …») that ended without a period word fails the same way from any of
    // its later numbers: not walked again, so a long chain costs linear, not quadratic, time.
    if (i > this.chainMiss.from && i < this.chainMiss.to) return null;
    const nums: number[] = [];
    const dash: boolean[] = [];
    let k = i;
    for (;;) {
      const v = this.ordinalAt(k);
      if (v === null) break;
      nums.push(v);
      k++;
      if ((this.isP(k, '-') || this.isP(k, ',') || this.c(k) === 'and') && this.ordinalAt(k + 1) !== null) {
        dash.push(this.isP(k, '-'));
        k++;
        continue;
      }
      break;
    }
    if (!nums.length) return null;
    const unit = this.c(k);
    if (unit !== 'quarterWord' && unit !== 'halfWord' && unit !== 'termWord' && unit !== 'trimesterWord') {
      this.chainMiss = { from: i, to: k };
      return null;
    }
    const max = unit === 'halfWord' ? 2 : unit === 'trimesterWord' ? 3 : 4;
    if (nums.some((n) => n < 1 || n > max)) {
      // «V квартал 2023»: a damaged number must not leave «квартал 2023» to be read as the whole year
      const spec = this.yearSpec(this.dots(k + 1));
      const end = spec ? spec.next : this.dots(k + 1);
      this.damaged(i, end, WARN.damagedNumber(this.text(i, end), `нет ${unit === 'halfWord' ? 'полугодия' : unit === 'trimesterWord' ? 'триместра' : unit === 'termWord' ? 'четверти' : 'квартала'} с таким номером`));
      return { items: [], next: end };
    }
    k = this.dots(k + 1);
    // groups: «1-2» is one range; «1, 3» two items
    const ranges: [number, number][] = [];
    for (let j = 0; j < nums.length; j++) {
      if (j > 0 && dash[j - 1]) ranges[ranges.length - 1][1] = nums[j];
      else ranges.push([nums[j], nums[j]]);
    }
    const spec = this.yearSpec(k);
    let schoolOnly = false;
    if (!spec && this.c(k) === 'schoolWord') {
      // «II полугодие учебного года»
      schoolOnly = true;
      k++;
      while (this.c(k) === 'yearWord' || this.isP(k, '.')) k++;
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

  private ordinalAt(k: number): number | null {
    const x = this.t[k];
    if (!x) return null;
    if (x.k === 'num' && x.text.length <= 2 && x.n >= 1 && x.n <= 4) return x.n;
    if (x.k === 'word') {
      if (x.roman !== null && x.roman <= 5) return x.roman;
      const l = this.lx[k];
      if (l && l.c === 'ordinal') return l.n;
    }
    return null;
  }

  /** «15.12.2022», «01.09-31.12.2023», «1 сентября 2023 г.», «25-26 января», «5 числа». */
  private dayCore(i: number): CoreResult | null {
    const x = this.t[i];
    if (!x) return null;
    if (x.k === 'date') {
      if (!x.valid) return null;
      let k = this.skipYears(i + 1);
      let shape: Shape = { type: 'day', d: x.d, m: x.m };
      let year = x.y;
      const y2t = this.t[k + 1];
      if (this.isP(k, '-') && y2t && y2t.k === 'date' && y2t.valid) {
        // «01.09-31.12.2023»: the first date takes the second's year (the year before if it comes later).
        const sameYear = x.m < y2t.m || (x.m === y2t.m && x.d <= y2t.d);
        let y1 = x.y;
        let y2 = y2t.y;
        if (y1 === null && y2 !== null) y1 = sameYear ? y2 : y2 - 1;
        if (y1 !== null && y2 === null) y2 = sameYear ? y1 : y1 + 1;
        const span = y1 !== null && y2 !== null ? y2 - y1 : sameYear ? 0 : 1;
        shape = { type: 'days', d1: x.d, m1: x.m, d2: y2t.d, m2: y2t.m, span };
        year = y1;
        k = this.skipYears(k + 2);
      }
      return { items: [{ shape, year, bare: false }], next: k };
    }
    if (x.k !== 'num' || x.text.length > 2) return null;
    if (x.n < 1 || x.n > 31) return this.damagedDay(i);
    let k = i + 1;
    let d2: number | null = null;
    // «1-5.09.2009»: a first day before a full date
    const y2t = this.t[k + 1];
    if (this.isP(k, '-') && y2t && y2t.k === 'date' && y2t.valid && y2t.d > x.n) {
      const end = this.skipYears(k + 2);
      return { items: [{ shape: { type: 'days', d1: x.n, m1: y2t.m, d2: y2t.d, m2: y2t.m, span: 0 }, year: y2t.y, bare: false }], next: end };
    }
    // «15.V.2024», «15 V 2024»: a Roman-numeral month
    const rm = this.romanMonthAt(this.isP(k, '.') ? k + 1 : k);
    if (rm !== null) {
      const after = this.isP(k, '.') ? k + 2 : k + 1;
      const yk = this.isP(after, '.') ? after + 1 : after;
      const y = this.yearAt(yk);
      if (y !== null || this.isP(after, '.')) {
        const shape: Shape = { type: 'day', d: x.n, m: rm };
        if (!validDay(shape)) return this.damagedDay(i);
        return { items: [{ shape, year: y, bare: false }], next: y !== null ? this.skipYears(yk + 1) : yk };
      }
    }
    // «4, 9 и 23 сентября»: day numbers that share the month after the last one (a list that ended without a
    // month is not walked again from its later numbers)
    if ((this.isP(k, ',') || this.c(k) === 'and') && this.t[k + 1] && this.t[k + 1].k === 'num' && !(i > this.dayListMiss.from && i < this.dayListMiss.to)) {
      const days = [x.n];
      let j = k;
      while ((this.isP(j, ',') || this.c(j) === 'and') && this.t[j + 1] && this.t[j + 1].k === 'num' && this.t[j + 1].text.length <= 2) {
        days.push(this.t[j + 1].n);
        j += 2;
      }
      const m = this.monthAt(j);
      if (m !== null && days.every((d) => d >= 1 && d <= 31)) {
        let end = this.dots(j + 1);
        const spec = this.yearSpec(end);
        let year: number | null = null;
        if (spec) {
          year = spec.school ? (m >= 9 ? spec.y1 : spec.y1 + 1) : spec.y1;
          end = spec.next;
        }
        const items = days.map((d): Core => ({ shape: { type: 'day', d, m }, year, bare: false }));
        if (!items.every((it) => validDay(it.shape))) return this.damagedDay(i);
        return { items, next: end };
      }
      this.dayListMiss = { from: i, to: j };
    }
    if (this.isP(k, '-') && this.t[k + 1] && this.t[k + 1].k === 'num' && this.t[k + 1].text.length <= 2) {
      const v = this.t[k + 1].n;
      if (v >= 1 && v <= 31 && v > x.n) {
        d2 = v;
        k += 2;
      }
    }
    if (this.c(k) === 'dayWord' && d2 === null) {
      return { items: [{ shape: { type: 'dom', d: x.n, until: false }, year: null, bare: false }], next: k + 1 };
    }
    const m = this.monthAt(k);
    if (m === null) return d2 === null && this.c(k) === 'monthWord' && x.n > 12 ? this.damagedDay(i) : null;
    k = this.dots(k + 1);
    const spec = this.yearSpec(k);
    let year: number | null = null;
    if (spec) {
      year = spec.school ? (m >= 9 ? spec.y1 : spec.y1 + 1) : spec.y1;
      k = spec.next;
    }
    const shape: Shape = d2 === null ? { type: 'day', d: x.n, m } : { type: 'days', d1: x.n, m1: m, d2, m2: m, span: 0 };
    if (!validDay(shape)) return this.damagedDay(i, k);
    return { items: [{ shape, year, bare: false }], next: k };
  }

  /** A Roman numeral I–XII written as a word on its own (a month in «15.V.2024»). */
  private romanMonthAt(k: number): number | null {
    const x = this.t[k];
    return x && x.k === 'word' && x.roman !== null && !this.lx[k] ? x.roman : null;
  }

  /** A day number that no month has («32 декабря 2023», «0 мая»): the phrase part is unreadable, with a warning. */
  private damagedDay(i: number, known?: number): CoreResult | null {
    let k = i + 1;
    if (known === undefined) {
      if (this.isP(k, '-') && this.t[k + 1] && this.t[k + 1].k === 'num') k += 2;
      if (this.monthAt(k) === null) {
        // «13 месяц 2023»
        if (this.c(k) === 'monthWord' && this.t[i].n > 12) {
          const spec = this.yearSpec(k + 1);
          const end = spec ? spec.next : k + 1;
          this.damaged(i, end, WARN.damagedNumber(this.text(i, end), `нет месяца с номером ${this.t[i].n}`));
          return { items: [], next: end };
        }
        return null;
      }
      k = this.dots(k + 1);
      const spec = this.yearSpec(k);
      if (spec) k = spec.next;
    } else k = known;
    this.damaged(i, k, WARN.damagedDay(this.text(i, k)));
    return { items: [], next: k };
  }

  private damaged(from: number, to: number, warning: string): void {
    this.warnOnce(warning);
    this.out.badDates.push(this.text(from, to));
    this.group++;
  }

  private skipYears(k: number): number {
    while (this.c(k) === 'yearWord' || (this.isP(k, '.') && this.c(k - 1) === 'yearWord')) k++;
    return k;
  }

  /** «июнь», «ноябрь-декабрь 2022», «сент. 2023», «май 2023-2024 учебного года», «июнь 2023-2024». */
  private monthCore(i: number): CoreResult | null {
    // «XII.2023», «V.2024»: a Roman-numeral month written before a year with a dot
    const rm = this.romanMonthAt(i);
    if (rm !== null && this.isP(i + 1, '.') && this.yearAt(i + 2) !== null) {
      return { items: [{ shape: { type: 'month', m: rm }, year: this.yearAt(i + 2), bare: false }], next: this.skipYears(i + 3) };
    }
    const m1 = this.monthAt(i);
    if (m1 === null) return null;
    let k = this.dots(i + 1);
    let m2: number | null = null;
    if (this.isP(k, '-') && this.monthAt(k + 1) !== null) {
      m2 = this.monthAt(k + 1);
      k = this.dots(k + 2);
    }
    const spec = this.yearSpec(k);
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
        if (wraps) this.warnOnce(WARN.yearAtEnd(this.text(i, k), y - 1));
        items.push({ shape, year: wraps ? y - 1 : y, bare: false });
      }
    }
    return { items, next: k };
  }

  /** «лето 2023», «осенью». */
  private seasonCore(i: number): CoreResult | null {
    const l = this.lx[i];
    if (!l || l.c !== 'season') return null;
    const spec = this.yearSpec(i + 1);
    const shape: Shape = { type: 'months', m1: l.m1, m2: l.m2, span: l.m1 > l.m2 ? 1 : 0 };
    if (!spec) return { items: [{ shape, year: null, bare: false }], next: i + 1 };
    if (l.m1 > l.m2) this.warnOnce(WARN.winter(spec.y1));
    return { items: [{ shape, year: spec.school && l.m1 < 9 ? spec.y1 + 1 : spec.y1, bare: false }], next: spec.next };
  }

  /** «2023», «2023 год», «2023–2024 гг.», «2023-2024 учебный год». */
  private yearCore(i: number): CoreResult | null {
    const spec = this.yearSpec(i);
    if (!spec) return null;
    const next = spec.next;
    // «2023 квартал»? a year followed by a period word is not a year core («2023 г.» is).
    if (spec.school) {
      if (spec.y2 === null) this.warnOnce(WARN.schoolYearSingle(spec.y1));
      if (spec.y2 !== null && spec.y2 > spec.y1 + 1) {
        const items: Core[] = [];
        for (let y = spec.y1; y < spec.y2; y++) items.push({ shape: { type: 'schoolYear' }, year: y, bare: false });
        return { items, next };
      }
      return { items: [{ shape: { type: 'schoolYear' }, year: spec.y1, bare: false }], next };
    }
    if (spec.y2 === spec.y1 + 1 && this.schoolListFollows(next)) {
      // «2022-2023, 2023-2024 учебные годы»: the school word at the end covers the whole list
      return { items: [{ shape: { type: 'schoolYear' }, year: spec.y1, bare: false }], next };
    }
    if (spec.y2 !== null) return { items: [{ shape: { type: 'years', count: spec.y2 - spec.y1 + 1 }, year: spec.y1, bare: false }], next };
    return { items: [{ shape: { type: 'year' }, year: spec.y1, bare: true }], next };
  }

  /** True when a list of year pairs continues at k and ends with a school word. */
  private schoolListFollows(k: number): boolean {
    for (let guard = 0; guard < 8; guard++) {
      if (!(this.isP(k, ',') || this.c(k) === 'and')) return false;
      const spec = this.yearSpec(k + 1);
      if (!spec || spec.y2 === null) return false;
      if (spec.school) return true;
      k = spec.next;
    }
    return false;
  }

  /** «учебный год» with no years (only meaningful with a recurrence or «в течение»). */
  private schoolCore(i: number): CoreResult | null {
    if (this.c(i) !== 'schoolWord') return null;
    let k = this.dots(i + 1);
    if (this.c(k) !== 'yearWord') return null;
    k = this.skipYears(k + 1);
    return { items: [{ shape: { type: 'schoolYear' }, year: null, bare: false }], next: k };
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
    let core = role === 'from' ? this.bareDayRange(k) : null;
    if (core && !core.items.length) return core.next;
    if (core) role = 'plain';
    else core = this.core(k);
    if (!core && approx && this.c(k) === 'yearWord') {
      // «до конца года», «в начале года»: a year with no number
      core = { items: [{ shape: { type: 'year' }, year: null, bare: false }], next: this.skipYears(k + 1) };
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

  /** «с 1 по 15 сентября 2023», «с 1 до 10 числа»: a bare day number that takes the month of the range's end. */
  private bareDayRange(k: number): CoreResult | null {
    const x = this.t[k];
    if (!x || x.k !== 'num' || x.text.length > 2 || x.n < 1 || x.n > 31) return null;
    const j = this.c(k + 1);
    if (!(j === 'to' || j === 'until' || this.isP(k + 1, '-'))) return null;
    const second = this.core(k + 2);
    if (!second || second.items.length !== 1) return null;
    const b = second.items[0];
    if (b.shape.type !== 'day') return null;
    if (x.n > b.shape.d) {
      const text = this.text(k - 1, second.next);
      this.out.warnings.push(WARN.reversed(text));
      this.out.reversed.push(text);
      return { items: [], next: second.next };
    }
    const shape: Shape = { type: 'days', d1: x.n, m1: b.shape.m, d2: b.shape.d, m2: b.shape.m, span: 0 };
    return { items: [{ shape, year: b.year, bare: false }], next: second.next };
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
    if (atom.shape.type === 'year' && approx !== 'middle') atom.shape = { type: 'month', m: approx === 'end' ? 12 : 1 };
    if (atom.shape.type === 'schoolYear' && approx !== 'middle') {
      // «в конце учебного года» → май, «в начале учебного года» → сентябрь
      atom.shape = { type: 'month', m: approx === 'end' ? 5 : 9 };
      if (atom.year !== null && approx === 'end') atom.year += 1;
    }
    const w = atom.year === null ? null : windowOf(atom.shape, atom.year);
    this.out.warnings.push(WARN.approx(text, w ? w.label : templatesPhrase([atom.shape])));
  }

  // ── recurrence: «ежегодно», «2 раза в год», «раз в квартал», «каждый месяц», «по полугодиям» ──────

  private recurrence(i: number): number | null {
    const l = this.lx[i];
    const x = this.t[i];
    if (!x) return null;
    if (l && l.c === 'recur') return this.pushRecur(l.unit, 1, i, i + 1);
    if (l && l.c === 'each') {
      const u = this.unitAt(i + 1);
      if (u) return this.pushRecur(u.unit, 1, i, u.next);
    }
    if (l && l.c === 'to') {
      // «по кварталам», «по полугодиям», «по месяцам», «по четвертям»
      const u = this.unitAt(i + 1);
      const w = this.lx[i + 1];
      if (u && w && 'by' in w && w.by) return this.pushRecur(u.unit, 1, i, u.next);
    }
    // «N раз(а) в год», «раз в квартал», «дважды в год», «не реже 2 раз в год»
    let k = i;
    let atLeast = false;
    if (this.c(k) === 'not' && this.c(k + 1) === 'atLeast') {
      k += 2;
      atLeast = true;
    }
    let times: number | null = null;
    const lk = this.lx[k];
    const xk = this.t[k];
    const count = xk && xk.k === 'num' && xk.text.length <= 2 ? xk.n : lk && lk.c === 'number' ? lk.n : null;
    // «не менее двух в месяц», «не менее одного собрания в четверть»: the count, perhaps a noun, «в» and a unit
    if (atLeast && count !== null && this.c(k + 1) !== 'times') {
      let j = k + 1;
      if (this.t[j] && this.t[j].k === 'word' && !this.lx[j]) j++;
      if (this.c(j) === 'in') {
        const u = this.unitAt(j + 1);
        if (u && count >= 1) return this.pushRecur(u.unit, count, i, u.next);
      }
    }
    if (lk && lk.c === 'nTimes') {
      times = lk.n;
      k++;
    } else {
      if (xk && xk.k === 'num' && xk.text.length <= 2 && this.c(k + 1) === 'times') {
        times = xk.n;
        k++;
      } else if (lk && lk.c === 'number' && this.c(k + 1) === 'times') {
        times = lk.n;
        k++;
      }
      if (this.c(k) !== 'times') return null;
      if (times === null) times = 1;
      k++;
    }
    while (this.c(k) === 'in' || this.c(k) === 'each') k++;
    // «раз в 2 года», «1 раз в 5 лет», «раз в три года»
    const nk = this.t[k];
    const every = nk && nk.k === 'num' && nk.text.length <= 2 ? nk.n : this.lx[k]?.c === 'number' ? (this.lx[k] as { n: number }).n : null;
    if (every !== null && every >= 2 && every <= 10 && this.c(k + 1) === 'yearWord' && times === 1) {
      const next = this.dots(k + 2);
      this.out.recurs.push({ per: 'year', times: 1, every, pos: i, part: this.part, text: this.text(i, next) });
      return next;
    }
    const u = this.unitAt(k);
    if (!u || times < 1) return null;
    return this.pushRecur(u.unit, times, i, u.next);
  }

  private unitAt(k: number): { unit: Unit; next: number } | null {
    const c = this.c(k);
    if (c === 'schoolWord' && this.c(k + 1) === 'yearWord') return { unit: 'year', next: k + 2 };
    const next = this.dots(k + 1);
    if (c === 'yearWord') return { unit: 'year', next };
    if (c === 'halfWord') return { unit: 'half', next };
    if (c === 'quarterWord') return { unit: 'quarter', next };
    if (c === 'monthWord') return { unit: 'month', next };
    if (c === 'termWord') return { unit: 'term', next };
    if (c === 'trimesterWord') return { unit: 'trimester', next };
    if (c === 'weekWord' || c === 'weekday') return { unit: 'week', next };
    if (c === 'daysWord') return { unit: 'day', next };
    return null;
  }

  private pushRecur(per: Unit, times: number, from: number, next: number): number {
    this.out.recurs.push({ per, times, pos: from, part: this.part, text: this.text(from, next) });
    return next;
  }

  // ── markers: continuous, as needed, external ───────────────────────────────────────────────────

  private markerAt(i: number): number | null {
    const l = this.lx[i];
    if (!l) return null;
    let kind: 'continuous' | 'as_needed' | 'external' | null = null;
    if (l.c === 'continuous') kind = 'continuous';
    else if (l.c === 'asNeeded') kind = 'as_needed';
    else if (l.c === 'external') kind = 'external';
    else if (l.c === 'during' || (l.c === 'whole' && l.all && (this.c(i + 1) === 'during' || this.c(i + 1) === 'whole'))) {
      kind = 'continuous';
    }
    if (!kind) return null;
    // the marker's words: up to a separator or to the next period or recurrence
    let k = i + 1;
    let school = false;
    let swallowed = false;
    while (k < this.t.length) {
      const x = this.t[k];
      if (x.k === 'punct' && ',;()'.includes(x.text)) break;
      if (kind !== 'external' && (this.core(k) || this.recurrence(k) !== null)) break;
      if (kind === 'external' && this.recurrenceWord(k)) break;
      if (kind === 'external' && (x.k === 'date' || this.yearAt(k) !== null || this.monthAt(k) !== null)) {
        // «… приказом от 16.12.2022 № 135»: a document's date is part of the reference, not a deadline
        const before = this.t[k - 1];
        const bl = this.lx[k - 1];
        if (before && ((bl && bl.c === 'from' && bl.doc) || (before.k === 'punct' && before.text === '№'))) {
          swallowed = true;
          k++;
          continue;
        }
        if (this.core(k)) break;
      }
      if (this.c(k) === 'schoolWord') school = true;
      k++;
    }
    // words before it that belong to it: «в сроки, определяемые», «по мере», «в соответствии»
    let start = i;
    while (start - 1 >= this.lastEnd) {
      const p = this.t[start - 1];
      const c = this.c(start - 1);
      const pl = this.lx[start - 1];
      if ((p.k === 'punct' && p.text === ',') || c === 'in' || c === 'to' || c === 'from' || c === 'during' || c === 'whole' ||
        c === 'deadlineWord' || (pl !== null && pl.c === 'noise' && pl.lead) || c === 'not') start--;
      else break;
    }
    const text = this.text(start, k);
    if (kind === 'continuous' && school && l.c !== 'continuous') {
      // «в течение учебного года»: a school year without a number
      this.out.periods.push({
        shape: { type: 'schoolYear' }, year: null, role: 'plain', origin: 'schoolYear', pos: i, part: this.part, group: this.group,
        bare: false, during: true, context: false, text,
      });
      return k;
    }
    this.out.markers.push({ marker: kind, text, pos: i, part: this.part, swallowedDates: swallowed });
    return k;
  }

  private recurrenceWord(k: number): boolean {
    const l = this.lx[k];
    return !!l && l.c === 'recur';
  }

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

/** Function words that say nothing by themselves when they formed no period. */
const SILENT = new Set<Lex['c']>(['in', 'from', 'to', 'until', 'not', 'later', 'and', 'noise', 'dateWord', 'atLeast', 'deadlineWord', 'than', 'yearWord', 'inclusive', 'whole',
  'during', 'times', 'each', 'approx', 'results', 'schoolWord', 'follow']);

function dayMonth(d: number, m: number): string {
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}`;
}

function spanYears(spec: { y1: number; y2: number | null; school: boolean }): (number | null)[] {
  if (spec.school || spec.y2 === null) return [spec.y1];
  const out: number[] = [];
  for (let y = spec.y1; y <= spec.y2; y++) out.push(y);
  return out;
}

function validDay(s: Shape): boolean {
  // checked in a leap year: «29 февраля» is a valid undated day
  if (s.type === 'day') return s.d <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][s.m - 1];
  if (s.type === 'days') return validDay({ type: 'day', d: s.d1, m: s.m1 }) && validDay({ type: 'day', d: s.d2, m: s.m2 });
  return true;
}

/** «с X по Y» / «X – Y» as one period; 'reversed' when Y ends before X starts; null when they do not combine. */
function mergeRange(a: Core, b: Core): Core | 'reversed' | null {
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
