// The plan's numbers (src/core/counts.ts) as every output words them: one label per number, in one order,
// so the report, the letters, «Проверить статусы» and summary.json say the same thing the same way.
import type { PlanCounts } from '../core/counts';
import { percentText } from '../core/report';
import { COUNTS } from '../text/ru';

export interface CountItem {
  key: 'inPlan' | 'dueByDay' | 'done' | 'overdue' | 'notYetDue' | 'notRequired' | 'notTracked';
  label: string;
  value: string;
}

/** The numbers in reading order; `day` is дд.мм.гггг. */
export function countItems(c: PlanCounts, day: string): CountItem[] {
  return [
    { key: 'inPlan', label: COUNTS.inPlan, value: String(c.inPlan) },
    { key: 'dueByDay', label: COUNTS.dueByDay(day), value: String(c.dueByDay) },
    { key: 'done', label: COUNTS.done, value: `${COUNTS.doneOf(c.done, c.inPlan, percentText(c.percent))}, ${COUNTS.doneSplit(c.onTime, c.late)}` },
    { key: 'overdue', label: COUNTS.overdue, value: String(c.overdue) },
    { key: 'notYetDue', label: COUNTS.notYetDue, value: String(c.notYetDue) },
    { key: 'notRequired', label: COUNTS.notRequired, value: String(c.notRequired) },
    { key: 'notTracked', label: COUNTS.notTracked, value: String(c.notTracked) },
  ];
}

/** "Label: value" lines (letters, terminal, the report's summary). */
export function countLines(c: PlanCounts, day: string): string[] {
  return countItems(c, day).map((i) => `${i.label}: ${i.value}`);
}
