// Conditional-format rules that keep colours right as days pass: each compares a real date cell
// with TODAY(), so nobody needs to click again. Formulas use English function names and commas,
// as Apps Script's whenFormulaSatisfied expects whatever the spreadsheet's locale.
import { ACTIVITY_STATES, CHECKPOINT_STATES, STATUSES } from '../text/ru';
import { COLOURS } from './colours';

/** Every formula we write carries this always-true term, so re-running replaces only our rules. */
export const RULE_MARKER = '"roadmap-tracker"<>""';

export function isOwnRuleFormula(formula: string): boolean {
  return formula.includes(RULE_MARKER);
}

export interface RuleSpec {
  name: 'overdue' | 'soon' | 'done' | 'grey';
  formula: string;
  background: string;
}

const q = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * Checkpoints sheet, rules anchored on the first data row. Columns are letters: due date, status
 * (typed by people) and state (written by the script). First matching rule wins in Sheets, so
 * "done" and "removed" come before the date rules.
 */
export function checkpointRules(row: number, due: string, status: string, state: string, horizonDays: number): RuleSpec[] {
  const d = `$${due}${row}`;
  const s = `$${status}${row}`;
  const st = `$${state}${row}`;
  const open = `${s}<>${q(STATUSES.done)},${s}<>${q(STATUSES.notRequired)},${st}<>${q(CHECKPOINT_STATES.removed)}`;
  return [
    { name: 'grey', formula: `=AND(OR(${st}=${q(CHECKPOINT_STATES.removed)},${s}=${q(STATUSES.notRequired)}),${RULE_MARKER})`, background: COLOURS.grey },
    { name: 'done', formula: `=AND(${s}=${q(STATUSES.done)},${RULE_MARKER})`, background: COLOURS.done },
    { name: 'overdue', formula: `=AND(ISNUMBER(${d}),${d}<TODAY(),${open},${RULE_MARKER})`, background: COLOURS.overdue },
    { name: 'soon', formula: `=AND(ISNUMBER(${d}),${d}>=TODAY(),${d}<=TODAY()+${horizonDays},${open},${RULE_MARKER})`, background: COLOURS.soon },
  ];
}

/**
 * Roadmap sheet: an activity row is coloured from the script's roll-up columns: the next due date
 * (a real date, compared with TODAY()) and the state (for done and unreadable).
 */
export function roadmapRules(row: number, nextDue: string, state: string, horizonDays: number): RuleSpec[] {
  const d = `$${nextDue}${row}`;
  const st = `$${state}${row}`;
  return [
    { name: 'done', formula: `=AND(${st}=${q(ACTIVITY_STATES.done)},${RULE_MARKER})`, background: COLOURS.done },
    { name: 'grey', formula: `=AND(${st}=${q(ACTIVITY_STATES.unknown)},${RULE_MARKER})`, background: COLOURS.grey },
    { name: 'overdue', formula: `=AND(ISNUMBER(${d}),${d}<TODAY(),${RULE_MARKER})`, background: COLOURS.overdue },
    { name: 'soon', formula: `=AND(ISNUMBER(${d}),${d}>=TODAY(),${d}<=TODAY()+${horizonDays},${RULE_MARKER})`, background: COLOURS.soon },
  ];
}
