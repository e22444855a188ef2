// Who gets what in the weekly digest: per email address, the checkpoints that are overdue, due soon or
// done in the past week for the names that address answers for; for coordinators, the whole-roadmap summary.
import { addDays, daysBetween, toSerial, type IsoDate } from './calendar';
import type { CheckpointView, Overview } from './overview';
import { nameKey, type PeopleDirectory } from './responsible';
import { isCounted, isDoneState, isExampleMark } from './status';
import { countPlan, type PlanCounts } from './counts';
import type { Tracker } from './tracker';

/** One checkpoint as a digest lists it. */
export interface DigestItem {
  key: string;
  number: string;
  activity: string;
  /** The period, e.g. "I квартал 2023". */
  label: string;
  due: IsoDate;
  /** Overdue: days late; soon: days left (0 = today); done: days since it was done. */
  days: number;
  done: IsoDate | null;
  responsible: string[];
  /** Where a link takes the reader: the checkpoint's row, or the activity's row while the checkpoint is not on the sheet yet. */
  link: { sheet: 'checkpoints' | 'roadmap'; row: number };
  /** A made-up completion of the demo (comment «ПРИМЕР…»): the letter says so. */
  example: boolean;
}

export interface PersonalPart {
  /** The responsible names (or roles) this address answers for, as the roadmap writes them. */
  names: string[];
  overdue: DigestItem[];
  soon: DigestItem[];
  done: DigestItem[];
}

export interface ResponsibleCount {
  name: string;
  emails: number;
  overdue: number;
  soon: number;
  done: number;
}

export interface SummaryPart {
  counts: {
    overdue: number;
    soon: number;
    /** Done in the past 7 days. */
    doneWeek: number;
    /** Done at all (on time or late), of `total`. */
    done: number;
    /** Checkpoints that count ("N из M"): not waived, not removed from the plan. */
    total: number;
  };
  /** The plan's numbers on the day, as every output names them (src/core/counts.ts). */
  plan: PlanCounts;
  /** Most days late first. */
  overdue: DigestItem[];
  /** Soonest first. */
  soon: DigestItem[];
  doneWeek: DigestItem[];
  /** Names with something overdue, due soon or done this week; most overdue first. */
  byResponsible: ResponsibleCount[];
  /** Names in the roadmap with no email on the people sheet: their reminders reach nobody. */
  withoutEmail: string[];
  /** Overdue or soon checkpoints of activities with nobody responsible. */
  unassigned: number;
}

/** Someone planned this week who got no letter, and why: the coordinators' letter lists them. */
export interface Undelivered {
  to: string;
  why:
    | { kind: 'badAddress' }
    /** Google refused the letter in every run that tried; its own words (in the sender's language). */
    | { kind: 'refused'; reason: string }
    /** Handed to MailApp, but the run ended before it could record the outcome: it may not have arrived. */
    | { kind: 'unconfirmed' };
}

/** One message: to one address; a coordinator who is also responsible gets both parts in one letter. */
export interface DigestMessage {
  to: string;
  personal: PersonalPart | null;
  summary: SummaryPart | null;
  /** In a coordinator's letter: who got nothing this week (filled in when the letter goes, last of the week). */
  undelivered?: Undelivered[];
}

export interface DigestPlan {
  /** The digest week, e.g. "2025-W48": what "once a week" counts by. */
  week: string;
  today: IsoDate;
  horizonDays: number;
  messages: DigestMessage[];
  /** The whole-roadmap summary, also in a quiet week (the test send from the menu shows it). */
  summary: SummaryPart;
  /** Every address that would get a personal digest when it has something to say. */
  reachable: string[];
  withoutEmail: string[];
  coordinators: string[];
}

export interface DigestInput {
  overview: Overview;
  people: PeopleDirectory;
  coordinators: string[];
  /** ISO day of week the digest goes out (1 = Monday): the week runs from that day. */
  digestDay: number;
}

/** "Done in the past week": on one of the last 7 days, today included. */
export const DONE_WINDOW_DAYS = 7;

/** 1 = Monday … 7 = Sunday. */
export function isoWeekDay(date: IsoDate): number {
  return ((toSerial(date) + 5) % 7) + 1;
}

/** ISO 8601 week of a date, "2025-W48" (the week with the year's first Thursday is week 1). */
export function isoWeek(date: IsoDate): string {
  const thursday = addDays(date, 4 - isoWeekDay(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The last digest day on or before `today`. */
export function digestWeekStart(today: IsoDate, digestDay: number): IsoDate {
  return addDays(today, -((isoWeekDay(today) - digestDay + 7) % 7));
}

/**
 * The digest week `today` belongs to: the ISO week of the digest day that opened it. A run that resumes on
 * Tuesday belongs to Monday's week; with Sunday digests, Monday still belongs to the Sunday before.
 */
export function digestWeek(today: IsoDate, digestDay: number): string {
  return isoWeek(digestWeekStart(today, digestDay));
}

function item(c: CheckpointView, overview: Overview, days: number, display: (name: string) => string): DigestItem {
  const view = c.activityIndex >= 0 ? overview.activities[c.activityIndex] : undefined;
  return {
    key: c.key,
    number: c.number,
    activity: c.activity,
    label: c.label,
    due: c.due as IsoDate,
    days,
    done: c.done,
    responsible: view ? view.responsible.map(display) : [],
    link: c.row > 0 ? { sheet: 'checkpoints', row: c.row } : { sheet: 'roadmap', row: view ? view.activity.row : 1 },
    example: isExampleMark(c),
  };
}

type Kind = 'overdue' | 'soon' | 'done';

/** What a checkpoint says this week, if anything. */
function classify(c: CheckpointView, today: IsoDate): { kind: Kind; days: number } | null {
  if (!c.due || c.activityIndex < 0) return null;
  if (c.state === 'overdue') return { kind: 'overdue', days: daysBetween(c.due, today) };
  if (c.state === 'soon') return { kind: 'soon', days: daysBetween(today, c.due) };
  if (isDoneState(c.state) && c.done) {
    const ago = daysBetween(c.done, today);
    if (ago >= 0 && ago < DONE_WINDOW_DAYS) return { kind: 'done', days: ago };
  }
  return null;
}

const byOverdue = (a: DigestItem, b: DigestItem): number => b.days - a.days || a.due.localeCompare(b.due);
const bySoon = (a: DigestItem, b: DigestItem): number => a.due.localeCompare(b.due) || a.number.localeCompare(b.number, 'ru', { numeric: true });
const byDone = (a: DigestItem, b: DigestItem): number => a.days - b.days || a.number.localeCompare(b.number, 'ru', { numeric: true });

function sortPart<T extends { overdue: DigestItem[]; soon: DigestItem[] }>(part: T, done: DigestItem[]): void {
  part.overdue.sort(byOverdue);
  part.soon.sort(bySoon);
  done.sort(byDone);
}

const lower = (email: string): string => email.trim().toLowerCase();

/** The week's messages: nobody with nothing to say gets one. */
export function planDigest({ overview, people, coordinators, digestDay }: DigestInput): DigestPlan {
  const today = overview.today;
  const personal = new Map<string, PersonalPart & { address: string; seen: Set<string> }>();
  const counts = new Map<string, ResponsibleCount>();
  const withoutEmail: string[] = [];
  const summary: SummaryPart = {
    counts: { overdue: 0, soon: 0, doneWeek: 0, done: 0, total: 0 },
    plan: countPlan(overview.activities, today),
    overdue: [], soon: [], doneWeek: [], byResponsible: [], withoutEmail, unassigned: 0,
  };
  const reachable = new Set<string>();
  // One entry per name however many activities it has (a list scan per name was quadratic in a large plan).
  const noEmailKeys = new Set<string>();
  // Names as the people sheet spells them ("Иванова И.И." keeps its final dot), else as the roadmap does.
  const spelled = new Map(people.names().map((n) => [nameKey(n), n] as [string, string]));
  const display = (name: string): string => spelled.get(nameKey(name)) ?? name;

  for (const view of overview.activities) {
    for (const name of view.responsible) {
      const emails = people.emailsOf(name);
      if (!emails.length && !noEmailKeys.has(nameKey(name))) {
        noEmailKeys.add(nameKey(name));
        withoutEmail.push(display(name));
      }
      for (const e of emails) reachable.add(lower(e));
    }
  }

  for (const c of overview.checkpoints) {
    if (c.activityIndex >= 0 && isCounted(c.state)) {
      summary.counts.total++;
      if (isDoneState(c.state)) summary.counts.done++;
    }
    const what = classify(c, today);
    if (!what) continue;
    const it = item(c, overview, what.days, display);
    const list = what.kind === 'done' ? summary.doneWeek : summary[what.kind];
    list.push(it);
    summary.counts[what.kind === 'done' ? 'doneWeek' : what.kind]++;
    if (!it.responsible.length && what.kind !== 'done') summary.unassigned++;

    for (const name of it.responsible.map(display)) {
      const key = nameKey(name);
      const emails = people.emailsOf(name);
      const count = counts.get(key) ?? { name, emails: emails.length, overdue: 0, soon: 0, done: 0 };
      count[what.kind]++;
      counts.set(key, count);
      for (const email of emails) {
        const address = lower(email);
        let part = personal.get(address);
        if (!part) personal.set(address, (part = { address: email.trim(), names: [], overdue: [], soon: [], done: [], seen: new Set() }));
        if (!part.names.some((n) => nameKey(n) === key)) part.names.push(name);
        // One person may answer for an activity under two names (a person and a role): list it once.
        if (part.seen.has(it.key)) continue;
        part.seen.add(it.key);
        part[what.kind].push(it);
      }
    }
  }
  sortPart(summary, summary.doneWeek);
  summary.byResponsible = Array.from(counts.values()).sort((a, b) => b.overdue - a.overdue || b.soon - a.soon || a.name.localeCompare(b.name, 'ru'));

  const summaryHasNews = summary.counts.overdue + summary.counts.soon + summary.counts.doneWeek > 0;
  const coordinatorSet = new Map(coordinators.map((e) => [lower(e), e.trim()] as [string, string]));
  const messages: DigestMessage[] = [];
  for (const [address, part] of personal) {
    sortPart(part, part.done);
    const { names, overdue, soon, done } = part;
    messages.push({
      to: part.address,
      personal: { names, overdue, soon, done },
      summary: coordinatorSet.has(address) && summaryHasNews ? summary : null,
    });
  }
  if (summaryHasNews) {
    for (const [address, to] of coordinatorSet) if (!personal.has(address)) messages.push({ to, personal: null, summary });
  }
  return {
    week: digestWeek(today, digestDay),
    today,
    horizonDays: overview.horizonDays,
    messages,
    summary,
    reachable: Array.from(reachable),
    withoutEmail,
    coordinators: Array.from(coordinatorSet.values()),
  };
}

/** The week's plan for a tracker, on the settings' digest day (or the day the digest was switched on with). */
export function trackerDigest(t: Pick<Tracker, 'overview' | 'people' | 'settings'>, digestDay = t.settings.settings.digestDay): DigestPlan {
  return planDigest({ overview: t.overview, people: t.people, coordinators: t.settings.settings.coordinators, digestDay });
}

/** The message for one address (any case), if the plan has one. */
export function messageFor(plan: DigestPlan, email: string): DigestMessage | undefined {
  const a = lower(email);
  return plan.messages.find((m) => lower(m.to) === a);
}

export const emailKey = lower;
