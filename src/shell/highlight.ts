// «Подсветить сроки»: conditional-format rules on the checkpoints and roadmap sheets, built from
// the pure rule specs. Only our own rules (recognised by their marker) are replaced, and only when
// they differ from what is there; the user's rules stay, after ours.
import { checkpointRules, isOwnRuleFormula, roadmapRules, type RuleSpec } from '../views/highlight-rules';
import { CHECKPOINT_FIELDS } from '../core/checkpoints';
import { SHEETS } from '../text/ru';
import { writeLegend } from './settings-sheet';
import { columnLetter } from './sheet-io';
import type { ActionTracker } from './tracker';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

function ownFormula(rule: Rule): string | null {
  const condition = rule.getBooleanCondition();
  if (!condition) return null;
  const f = condition.getCriteriaValues().find((v) => typeof v === 'string' && isOwnRuleFormula(v));
  return typeof f === 'string' ? f : null;
}

/** Replaces our rules on a sheet: one read of the rule list, and one write only when ours differ. */
export function replaceOwnRules(sheet: Sheet, range: Range, specs: RuleSpec[]): number {
  const rules = sheet.getConditionalFormatRules();
  const ours = rules.filter((r) => ownFormula(r) !== null);
  const theirs = rules.filter((r) => ownFormula(r) === null);
  const a1 = range.getA1Notation();
  const same = ours.length === specs.length && ours.every((r, i) => {
    const ranges = r.getRanges();
    const bg = r.getBooleanCondition()?.getBackground();
    return ownFormula(r) === specs[i].formula && ranges.length === 1 && ranges[0].getA1Notation() === a1 &&
      String(bg).toLowerCase() === specs[i].background.toLowerCase();
  });
  if (same) return specs.length;
  const fresh = specs.map((s) =>
    SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(s.formula).setBackground(s.background).setRanges([range]).build());
  sheet.setConditionalFormatRules([...fresh, ...theirs]);
  return fresh.length;
}

/** Rules on both sheets and the legend; returns how many rules are ours now. */
export function highlightTracker(t: ActionTracker): number {
  const horizon = t.settings.settings.horizonDays;
  const cpSheet = t.sheets.get(SHEETS.checkpoints) ?? t.ss.getSheetByName(SHEETS.checkpoints);
  const roadmap = t.sheets.get(t.roadmapSheet.name) as Sheet;
  const columns = t.plan.checkpoints.columns;
  let rules = 0;
  if (cpSheet) {
    const col = (f: typeof CHECKPOINT_FIELDS[number]): string => columnLetter(columns[f] + 1);
    const cpWidth = Math.max(...CHECKPOINT_FIELDS.map((f) => columns[f] + 1));
    const cpRange = cpSheet.getRange(2, 1, Math.max(cpSheet.getMaxRows() - 1, 1), cpWidth);
    rules += replaceOwnRules(cpSheet, cpRange, checkpointRules(2, col('due'), col('status'), col('state'), horizon));
  }
  const rollup = t.plan.rollup.columns;
  const top = t.roadmap.headerRow + 1;
  const width = Math.max(t.roadmap.width, rollup.nextDue, rollup.state, rollup.progress, rollup.reading);
  const range = roadmap.getRange(top, 1, Math.max(roadmap.getMaxRows() - top + 1, 1), width);
  rules += replaceOwnRules(roadmap, range, roadmapRules(top, columnLetter(rollup.nextDue), columnLetter(rollup.state), horizon));

  const settings = t.sheets.get(SHEETS.settings) ?? t.ss.getSheetByName(SHEETS.settings);
  if (settings) writeLegend(settings, horizon);
  return rules;
}
