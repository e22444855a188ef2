// «Подсветить сроки»: conditional-format rules on the checkpoints and roadmap sheets, built from
// the pure rule specs. Only our own rules (recognised by their marker) are replaced; the user's
// rules stay, after ours.
import { checkpointRules, isOwnRuleFormula, roadmapRules, type RuleSpec } from '../views/highlight-rules';
import { CHECKPOINT_FIELDS } from '../core/checkpoints';
import { ensureRollupColumns } from './roadmap-sheet';
import { writeLegend } from './settings-sheet';
import { columnLetter } from './sheet-io';
import type { Tracker } from './tracker';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

function isOwnRule(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  return !!condition && condition.getCriteriaValues().some((v) => typeof v === 'string' && isOwnRuleFormula(v));
}

/** Replaces our rules on a sheet: one read and one write of the sheet's rule list. */
export function replaceOwnRules(sheet: Sheet, range: Range, specs: RuleSpec[]): number {
  const theirs = sheet.getConditionalFormatRules().filter((r) => !isOwnRule(r));
  const ours = specs.map((s) =>
    SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(s.formula).setBackground(s.background).setRanges([range]).build());
  sheet.setConditionalFormatRules([...ours, ...theirs]);
  return ours.length;
}

/** Rules on both sheets and the legend; returns how many rules are ours now. */
export function highlightTracker(t: Tracker): number {
  const horizon = t.settings.settings.horizonDays;
  const cp = t.checkpoints;
  const col = (f: typeof CHECKPOINT_FIELDS[number]): string => columnLetter(cp.columns[f] + 1);
  const cpWidth = Math.max(...CHECKPOINT_FIELDS.map((f) => cp.columns[f] + 1));
  const cpRange = cp.sheet.getRange(2, 1, Math.max(cp.sheet.getMaxRows() - 1, 1), cpWidth);
  let rules = replaceOwnRules(cp.sheet, cpRange, checkpointRules(2, col('due'), col('status'), col('state'), horizon));

  const sheet = t.roadmapSheet.sheet;
  const rollup = ensureRollupColumns(sheet, t.roadmap, t.roadmapSheet.grid);
  const top = t.roadmap.headerRow + 1;
  const width = Math.max(t.roadmap.width, rollup.nextDue, rollup.state, rollup.progress, rollup.reading);
  const range = sheet.getRange(top, 1, Math.max(sheet.getMaxRows() - top + 1, 1), width);
  rules += replaceOwnRules(sheet, range, roadmapRules(top, columnLetter(rollup.nextDue), columnLetter(rollup.state), horizon));

  writeLegend(t.settingsSheet, horizon);
  return rules;
}
