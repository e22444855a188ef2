// The report's content for a period: which period the person chose, the summary numbers, one block
// of rows per section, a progress line per section, the overdue list and the placeholder values.
// Pure: "today" and the roadmap overview come in, plain data goes out.
import { daysBetween, formatRu, isoDate, parseRuDate, type IsoDate } from './calendar';
import type { PlanPeriod } from './deadline/schedule';
import { planSpan } from './deadline';
import type { ActivityView, CheckpointView, Overview } from './overview';
import { isExampleMark, isInProgressStatus, type ActivityState, type CheckpointState } from './status';
import { addCheckpoint, emptyCounts, finishCounts, type PlanCounts } from './counts';
import { MONTH_NOM } from './deadline/words';
import { REPORT } from '../text/ru';


/** Activity numbers in reading order (1.2 before 1.10); one collator, not one per comparison. */
const NUMBER_ORDER = new Intl.Collator('ru', { numeric: true });
export type PeriodChoice =
  | { kind: 'plan' }
  | { kind: 'year'; year: number }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'upTo'; date: IsoDate };

export interface ReportPeriod {
  from: IsoDate;
  to: IsoDate;
  label: string;
  /** The day "due by the day" is counted to: the chosen date of «план на дату»; else the report's day. */
  day?: IsoDate;
  /** Every checkpoint of the plan belongs to the report, whatever its due date («план на дату»). */
  whole?: boolean;
}

export interface ReportOptions {
  choice: PeriodChoice;
  pdf: boolean;
}

/** First and last day of the plan: its first month (or the approval day, if later) to its last month's end. */
export function planDays(plan: PlanPeriod): { from: IsoDate; to: IsoDate } {
  const { start, end } = planSpan(plan);
  return { from: start, to: end };
}

const monthYear = (ym: string): string => `${MONTH_NOM[Number(ym.slice(5, 7))]} ${ym.slice(0, 4)}`;

export function reportPeriod(choice: PeriodChoice, plan: PlanPeriod): ReportPeriod {
  const days = planDays(plan);
  switch (choice.kind) {
    case 'plan':
      return { ...days, label: REPORT.period.plan(monthYear(plan.from), monthYear(plan.to)) };
    case 'year':
      return { from: isoDate(choice.year, 1, 1), to: isoDate(choice.year, 12, 31), label: REPORT.period.year(choice.year) };
    case 'half':
      return choice.half === 1
        ? { from: isoDate(choice.year, 1, 1), to: isoDate(choice.year, 6, 30), label: REPORT.period.half(1, choice.year) }
        : { from: isoDate(choice.year, 7, 1), to: isoDate(choice.year, 12, 31), label: REPORT.period.half(2, choice.year) };
    case 'upTo':
      // The whole plan as it stands on the day: what is not due yet is listed and counted as such.
      return { ...days, day: choice.date, whole: true, label: REPORT.period.upTo(formatRu(choice.date)) };
  }
}

/** Years a person may pick: those the plan touches. */
export function planYears(plan: PlanPeriod): { from: number; to: number } {
  return { from: Number(plan.from.slice(0, 4)), to: Number(plan.to.slice(0, 4)) };
}

export type OptionsRead = { ok: true; options: ReportOptions } | { ok: false; message: string };

/**
 * Reads what the dialog sent (it comes from the browser, so anything may arrive):
 * `{ period: 'plan'|'year'|'half'|'upTo', year?, half?, date?, pdf? }`. Without `period` → the plan up to today.
 */
export function readReportOptions(raw: unknown, plan: PlanPeriod, today: IsoDate): OptionsRead {
  if (raw === undefined || raw === null) return { ok: true, options: { choice: { kind: 'upTo', date: today }, pdf: false } };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, message: REPORT.errors.badOptions };
  const o = raw as Record<string, unknown>;
  const pdf = o.pdf === true || o.pdf === 'true' || o.pdf === 'on';
  const years = planYears(plan);
  const year = (): number | null => {
    const y = typeof o.year === 'number' ? o.year : typeof o.year === 'string' && /^\s*\d{4}\s*$/.test(o.year) ? Number(o.year) : NaN;
    return Number.isInteger(y) && y >= years.from && y <= years.to ? y : null;
  };
  switch (o.period ?? 'upTo') {
    case 'plan':
      return { ok: true, options: { choice: { kind: 'plan' }, pdf } };
    case 'year': {
      const y = year();
      return y === null ? { ok: false, message: REPORT.errors.badYear(years.from, years.to) } : { ok: true, options: { choice: { kind: 'year', year: y }, pdf } };
    }
    case 'half': {
      const y = year();
      if (y === null) return { ok: false, message: REPORT.errors.badYear(years.from, years.to) };
      const half = Number(o.half);
      if (half !== 1 && half !== 2) return { ok: false, message: REPORT.errors.badOptions };
      return { ok: true, options: { choice: { kind: 'half', year: y, half }, pdf } };
    }
    case 'upTo': {
      // No date at all means today; an empty one is a field the browser emptied (31.02, a cleared part): refused.
      if (o.date === undefined) return { ok: true, options: { choice: { kind: 'upTo', date: today }, pdf } };
      if (o.date === null || (typeof o.date === 'string' && !o.date.trim())) return { ok: false, message: REPORT.errors.noDate };
      const text = typeof o.date === 'string' ? o.date.trim() : '';
      const date = parseRuDate(text);
      // A two-digit year typed into a date field arrives as 0024-11-15.
      if (date && Number(date.slice(0, 4)) < 1000) return { ok: false, message: REPORT.errors.yearDigits };
      if (!date) return { ok: false, message: /^\d{1,3}-/.test(text) ? REPORT.errors.yearDigits : REPORT.errors.badDate };
      const start = planDays(plan).from;
      if (date < start) return { ok: false, message: REPORT.errors.dateBeforePlan(formatRu(start)) };
      return { ok: true, options: { choice: { kind: 'upTo', date }, pdf } };
    }
    default:
      return { ok: false, message: REPORT.errors.badOptions };
  }
}

/** The report's numbers: src/core/counts.ts defines them for every output. */
export type ReportCounts = PlanCounts;

export interface ReportLink {
  /** The text shown in the cell. */
  text: string;
  url: string;
}

/** One checkpoint of an activity in the period, as the «Отметка о выполнении» column shows it. */
export interface ReportMark {
  label: string;
  due: IsoDate | '';
  state: CheckpointState;
  /** "июнь 2023: выполнено 28.06.2023; подтверждение: https://…" */
  text: string;
  link: ReportLink | null;
  /** A made-up completion of the demo (its comment says «ПРИМЕР»). */
  example: boolean;
}

export interface ReportRow {
  number: string;
  name: string;
  deadline: string;
  responsible: string;
  result: string;
  marks: ReportMark[];
  /** Activities without dated checkpoints: their kind in words ("срок не распознан", "постоянно"…); else null. */
  kindText: string | null;
  /** The whole «Отметка о выполнении» cell (marks one per line, or the kind in words). */
  markText: string;
  links: ReportLink[];
}

export interface ReportSection {
  number: string;
  title: string;
  heading: string;
  rows: ReportRow[];
  counts: ReportCounts;
  progress: string;
}

export interface OverdueItem {
  number: string;
  activity: string;
  label: string;
  due: IsoDate;
  days: number;
  responsible: string;
}

export interface ReportModel {
  period: ReportPeriod;
  today: IsoDate;
  organisation: string;
  planTitle: string;
  counts: ReportCounts;
  sections: ReportSection[];
  overdue: OverdueItem[];
  /** Activities whose deadline could not be read (listed in their section with «срок не распознан»). */
  unreadable: number;
  /** Marks that are the demo's made-up examples (each says so in the table). */
  examples: number;
  /** Placeholder name → text, for every known placeholder but the table block. */
  values: Record<string, string>;
}

export interface ReportInput {
  overview: Overview;
  organisation: string;
  planTitle: string;
  period: ReportPeriod;
}

const URL_RE = /https?:\/\/[^\s<>"«»]+/i;

/** The first web address in an evidence cell (trailing punctuation is not part of it). */
export function evidenceUrl(text: string): string | null {
  const m = URL_RE.exec(text);
  return m ? m[0].replace(/[.,;:)\]]+$/, '') : null;
}

export function percentText(percent: number | null): string {
  return percent === null ? '—' : `${percent}\u00a0%`;
}

const inPeriod = (cp: CheckpointView, p: ReportPeriod): boolean => !!p.whole || (cp.due !== '' && cp.due >= p.from && cp.due <= p.to);

/** Not started and not due yet on the day: such checkpoints share one line per activity. */
const waiting = (cp: CheckpointView, day: IsoDate): boolean =>
  (cp.state === 'planned' || cp.state === 'soon') && cp.due !== '' && cp.due > day &&
  !isInProgressStatus(cp.status) && !cp.evidence.trim();

function markOf(cp: CheckpointView, today: IsoDate): ReportMark {
  const done = cp.done ? formatRu(cp.done) : '';
  let words: string;
  switch (cp.state) {
    case 'done': words = done ? REPORT.mark.done(done) : REPORT.mark.doneNoDate; break;
    case 'done_late': words = REPORT.mark.doneLate(done, cp.done && cp.due ? daysBetween(cp.due, cp.done) : 0); break;
    case 'overdue': words = REPORT.mark.overdue(cp.due ? daysBetween(cp.due, today) : 0); break;
    case 'not_required': words = REPORT.mark.notRequired; break;
    default:
      words = isInProgressStatus(cp.status) ? REPORT.mark.inProgress : REPORT.mark.notDue;
  }
  const url = cp.evidenceUrl || evidenceUrl(cp.evidence) || null;
  const evidence = cp.evidence.replace(/\s+/g, ' ').trim() || url || '';
  const example = isExampleMark(cp);
  const text = `${cp.label}: ${words}${evidence ? `; ${REPORT.mark.evidence}${evidence}` : ''}${example ? REPORT.mark.example : ''}`;
  // The link sits on the address when the text shows it, else on the whole evidence text (a linked cell).
  const link = url ? { text: evidence.includes(url) ? url : evidence, url } : null;
  return { label: cp.label, due: cp.due, state: cp.state, text, link, example };
}

const KIND_TEXT: Partial<Record<ActivityState, string>> = {
  unknown: REPORT.mark.unknown,
  continuous: REPORT.mark.continuous,
  as_needed: REPORT.mark.asNeeded,
  external: REPORT.mark.external,
  no_deadline: REPORT.mark.noDeadline,
  outside_plan: 'вне периода плана',
};

/** The row of an activity in the period, or null when it has dated checkpoints but none in the period. */
function rowOf(view: ActivityView, period: ReportPeriod, today: IsoDate, day: IsoDate, oneLine: (text: string) => string): { row: ReportRow; inPeriod: CheckpointView[] } | null {
  const a = view.activity;
  const responsible = oneLine(a.responsible);
  // Literal rows, not spreads of a base object: one shape for every row (a spread cost 2.5 µs a row).
  if (!view.checkpoints.length) {
    const kindText = view.schedule.kind === 'unknown' ? REPORT.mark.unknown : KIND_TEXT[view.rollup.state] ?? REPORT.mark.unknown;
    return { row: { number: a.number, name: a.name, deadline: a.deadlineText, responsible, result: a.result, marks: [], kindText, markText: kindText, links: [] }, inPeriod: [] };
  }
  const cps = view.checkpoints.filter((c) => inPeriod(c, period));
  if (!cps.length) return null;
  const marks = cps.filter((c) => !waiting(c, day)).map((c) => markOf(c, today));
  const later = cps.filter((c) => waiting(c, day));
  const lines = marks.map((m) => m.text);
  if (later.length) lines.push(REPORT.mark.notYetDue(later.map((c) => c.label)));
  const links = marks.filter((m) => m.link).map((m) => m.link as ReportLink);
  return { row: { number: a.number, name: a.name, deadline: a.deadlineText, responsible, result: a.result, marks, kindText: null, markText: lines.join('\n'), links }, inPeriod: cps };
}

export function buildReport(input: ReportInput): ReportModel {
  const { overview, period } = input;
  const today = overview.today;
  const day = period.day ?? today;
  const sections = overview.roadmap.sections.map((s) => ({
    number: s.number, title: s.title, heading: REPORT.section(s.number, s.title), rows: [] as ReportRow[], counts: emptyCounts(), progress: '',
  }));
  const total = emptyCounts();
  const overdue: OverdueItem[] = [];
  let unreadable = 0;
  let examples = 0;
  // The responsible cell on one line; many activities share one text, so each is made once.
  const lines = new Map<string, string>();
  const oneLine = (text: string): string => {
    let line = lines.get(text);
    if (line === undefined) lines.set(text, (line = text.replace(/\s*\n\s*/g, ', ').replace(/\s+/g, ' ').trim()));
    return line;
  };
  for (const view of overview.activities) {
    const made = rowOf(view, period, today, day, oneLine);
    if (!made) continue;
    const section = sections[view.activity.section] ?? sections[0];
    section.rows.push(made.row);
    examples += made.row.marks.filter((m) => m.example).length;
    if (!view.checkpoints.length) { section.counts.notTracked++; total.notTracked++; }
    if (view.schedule.kind === 'unknown' && !view.checkpoints.length) unreadable++;
    for (const cp of made.inPeriod) {
      addCheckpoint(section.counts, cp, day);
      addCheckpoint(total, cp, day);
      if (cp.state === 'overdue' && cp.due) {
        overdue.push({
          number: view.activity.number, activity: view.activity.name, label: cp.label, due: cp.due,
          days: daysBetween(cp.due, today), responsible: made.row.responsible,
        });
      }
    }
  }
  const kept = sections.filter((s) => s.rows.length).map((s) => {
    const counts = finishCounts(s.counts);
    const progress = REPORT.progress(counts.done, counts.inPlan, percentText(counts.percent), counts.onTime, counts.late, counts.overdue, counts.notYetDue);
    return { ...s, counts, progress };
  });
  overdue.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) || NUMBER_ORDER.compare(a.number, b.number));
  const counts = finishCounts(total);
  const values: Record<string, string> = {
    'Организация': input.organisation,
    'План': input.planTitle,
    'Период': period.label,
    'Дата': formatRu(today),
    'Всего': String(counts.inPlan),
    'В плане': String(counts.inPlan),
    'На дату': formatRu(day),
    'Срок наступил': String(counts.dueByDay),
    'Не требуется': String(counts.notRequired),
    'Без контрольных точек': String(counts.notTracked),
    'Выполнено': String(counts.done),
    'В срок': String(counts.onTime),
    'С опозданием': String(counts.late),
    'Просрочено': String(counts.overdue),
    'Не наступил срок': String(counts.notYetDue),
    'Процент': percentText(counts.percent),
  };
  return { period, today, organisation: input.organisation, planTitle: input.planTitle, counts, sections: kept, overdue, unreadable, examples, values };
}
