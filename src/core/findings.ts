// The rules behind «Проверить статусы»: what is late, what comes due soon, and what is filled in
// wrongly, each finding naming the activity and the row to go to.
import { daysBetween, formatRu } from './calendar';
import { cellText } from './cells';
import type { Overview } from './overview';
import { nameKey, type PeopleDirectory } from './responsible';
import { isDoneStatus, isKnownStatus } from './status';
import { FINDINGS, SHEETS, STATUS_LIST } from '../text/ru';

export type FindingType = keyof typeof FINDINGS.summary;
export type Severity = 'critical' | 'warning' | 'info';

export interface Finding {
  type: FindingType;
  severity: Severity;
  /** Sheet name and 1-based row the user is taken to. */
  sheet: string;
  row: number;
  /** "2.2 Обеспечение участия ОО в мониторинге…" */
  activity: string;
  message: string;
}

const SEVERITY: Record<FindingType, Severity> = {
  overdue: 'critical',
  due_soon: 'warning',
  unreadable_deadline: 'warning',
  no_responsible: 'warning',
  no_email: 'warning',
  done_in_future: 'warning',
  bad_done_date: 'warning',
  unknown_status: 'warning',
  duplicate_number: 'warning',
  bad_setting: 'warning',
  done_without_date: 'info',
  done_without_evidence: 'info',
  removed_from_plan: 'info',
  deadline_assumption: 'info',
};

const SEVERITY_ORDER: Severity[] = ['critical', 'warning', 'info'];
const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

export function activityTitle(number: string, name: string, max = 90): string {
  // Only the first `max` characters are shown: whitespace is folded in the head of a long name only
  // (a run of spaces folds to one, so `2 * max` characters always hold enough of them).
  const head = name.length > 2 * max + 2 ? foldHead(name, max + 1) : name;
  const folded = /[^\S ]| {2}/.test(head) ? head.replace(/\s+/g, ' ') : head; // no new string when already tidy
  const text = `${number ? number + ' ' : ''}${folded}`.trim();
  return text.length > max ? text.slice(0, max - 1).trimEnd() + '…' : text;
}

/** The shortest start of `name` that folds to at least `length` characters (or the whole name). */
function foldHead(name: string, length: number): string {
  let folded = 0;
  let inSpace = false;
  for (let i = 0; i < name.length; i++) {
    const space = /\s/.test(name[i]);
    if (!space || !inSpace) folded++;
    inSpace = space;
    if (folded > length + 1) return name.slice(0, i + 1);
  }
  return name;
}

export interface FindingInput {
  overview: Overview;
  people: PeopleDirectory;
  /** Problems found in the settings sheet (already in Russian). */
  settingProblems?: string[];
  /** The sheet the roadmap was read from (a school may keep its own, e.g. «План»); default «Дорожная карта». */
  roadmapSheet?: string;
}

export function findFindings({ overview, people, settingProblems = [], roadmapSheet = SHEETS.roadmap }: FindingInput): Finding[] {
  const out: Finding[] = [];
  const add = (type: FindingType, sheet: string, row: number, activity: string, message: string): void => {
    out.push({ type, severity: SEVERITY[type], sheet, row, activity, message });
  };
  const today = overview.today;

  for (const view of overview.activities) {
    const a = view.activity;
    const unreadable = view.schedule.kind === 'unknown' || (!a.deadlineText && !view.checkpoints.length);
    if (!unreadable && !view.schedule.warnings.length && view.responsible.length) continue; // most activities: nothing to say
    const title = activityTitle(a.number, a.name);
    if (unreadable) {
      const why = view.schedule.warnings.map((w) => w.replace(/[\s.]+$/, '')).join('; ');
      add('unreadable_deadline', roadmapSheet, a.row, title, FINDINGS.unreadable(a.deadlineText, a.deadlineText ? why : 'срок не указан'));
    }
    else if (view.schedule.warnings.length) {
      // Everything the deadline engine assumed (a year, a month, a typo, a calendar) is said here too.
      add('deadline_assumption', roadmapSheet, a.row, title, FINDINGS.deadlineAssumption(a.deadlineText, view.schedule.warnings.join(' ')));
    }
    if (!view.responsible.length) add('no_responsible', roadmapSheet, a.row, title, FINDINGS.noResponsible);
  }

  // One finding per name without an email (not one per activity): it is fixed in one place. The name is
  // shown as first written, with the row of its first activity.
  const withoutEmail = new Map<string, { name: string; rows: number[] }>();
  for (const view of overview.activities) {
    for (const name of view.responsible) {
      if (people.emailsOf(name).length) continue;
      const key = nameKey(name);
      const seen = withoutEmail.get(key);
      if (seen) seen.rows.push(view.activity.row);
      else withoutEmail.set(key, { name, rows: [view.activity.row] });
    }
  }
  for (const { name, rows } of withoutEmail.values()) {
    const listed = people.rowOf(name);
    add('no_email', listed ? SHEETS.people : roadmapSheet, listed || rows[0], '', FINDINGS.noEmail(name, rows.length));
  }

  const byNumber = new Map<string, { rows: number[]; second?: string }>();
  for (const v of overview.activities) {
    if (!v.activity.number) continue;
    const seen = byNumber.get(v.activity.number);
    if (!seen) byNumber.set(v.activity.number, { rows: [v.activity.row] });
    else {
      if (seen.rows.length === 1) seen.second = v.activity.name;
      seen.rows.push(v.activity.row);
    }
  }
  for (const [number, { rows, second }] of byNumber) {
    if (rows.length > 1) add('duplicate_number', roadmapSheet, rows[1], activityTitle(number, second ?? ''), FINDINGS.duplicateNumber(number, rows));
  }

  // An activity's title once, however many of its checkpoints have something to say.
  const titles: string[] = [];
  for (const c of overview.checkpoints) {
    const title = (): string => c.activityIndex < 0 ? activityTitle(c.number, c.activity)
      : titles[c.activityIndex] ?? (titles[c.activityIndex] = activityTitle(c.number, c.activity));
    const sheet = SHEETS.checkpoints;
    if (c.state === 'removed') {
      add('removed_from_plan', sheet, c.row, title(), FINDINGS.removedFromPlan(c.label));
      continue;
    }
    if (c.state === 'overdue' && c.due) {
      add('overdue', sheet, c.row, title(), FINDINGS.overdue(c.label, formatRu(c.due), daysBetween(c.due, today)));
    }
    if (c.state === 'soon' && c.due) {
      add('due_soon', sheet, c.row, title(), FINDINGS.dueSoon(c.label, formatRu(c.due), daysBetween(today, c.due)));
    }
    if (!isKnownStatus(c.status)) {
      add('unknown_status', sheet, c.row, title(), FINDINGS.unknownStatus(c.label, c.status, STATUS_LIST.join(', ')));
    }
    const doneText = cellText(c.doneCell);
    if (doneText && !c.done) add('bad_done_date', sheet, c.row, title(), FINDINGS.badDoneDate(c.label, doneText));
    if (c.done && c.done > today) add('done_in_future', sheet, c.row, title(), FINDINGS.doneInFuture(c.label, formatRu(c.done)));
    if (isDoneStatus(c.status)) {
      if (!doneText) add('done_without_date', sheet, c.row, title(), FINDINGS.doneWithoutDate(c.label));
      if (!c.evidence) add('done_without_evidence', sheet, c.row, title(), FINDINGS.doneWithoutEvidence(c.label));
    }
  }
  for (const problem of settingProblems) add('bad_setting', SHEETS.settings, 1, '', problem);

  return out.sort((x, y) =>
    SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity] ||
    (x.sheet === y.sheet ? x.row - y.row : x.sheet < y.sheet ? -1 : 1));
}

/** Count per finding type, for the summary line and summary.json. */
export function countFindings(findings: Finding[]): Partial<Record<FindingType, number>> {
  const counts: Partial<Record<FindingType, number>> = {};
  for (const f of findings) counts[f.type] = (counts[f.type] ?? 0) + 1;
  return counts;
}

export function groupBySeverity(findings: Finding[]): { severity: Severity; findings: Finding[] }[] {
  return SEVERITY_ORDER.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) }))
    .filter((g) => g.findings.length);
}
