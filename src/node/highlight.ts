// «Подсветить сроки» in an .xlsx file: the same TODAY() rules as in Google (views/highlight-rules.ts) as
// Excel 'expression' conditional formats, so Excel, LibreOffice and МойОфис recolour by themselves each
// day; our rules (recognised by their marker) are replaced, a school's own rules stay, after ours. And
// the colour legend on «Настройки», only where those cells are empty or already hold it.
import type * as ExcelJS from 'exceljs';
import {
  CHECKPOINT_FIELDS, checkpointRules, COLOURS, isOwnRuleFormula, LEGEND, LEGEND_WIDTH, roadmapRules, SHEETS, type RuleSpec,
  type Tracker, type WritePlan,
} from '../core';
import { argb, chars, columnLetter, lastUsedRow, SPARE_ROWS } from './workbook-sheets';
import { cellValueOf } from './xlsx-snapshot';

interface CfBlock { ref: string; rules: { type: string; priority?: number; formulae?: string[]; style?: unknown }[] }

const cfOf = (ws: ExcelJS.Worksheet): CfBlock[] => ((ws as unknown as { conditionalFormattings?: CfBlock[] }).conditionalFormattings ?? []);

/** Our rules first (Excel stops at nothing, so order is priority), then whatever rules were there. */
export function replaceOwnRules(ws: ExcelJS.Worksheet, ref: string, specs: RuleSpec[]): void {
  const theirs = cfOf(ws)
    .map((b) => ({ ...b, rules: b.rules.filter((r) => !(r.formulae ?? []).some((f) => isOwnRuleFormula(f))) }))
    .filter((b) => b.rules.length);
  let priority = 1;
  const ours: CfBlock[] = specs.map((s) => ({
    ref,
    rules: [{
      type: 'expression', priority: priority++, formulae: [s.formula.replace(/^=/, '')],
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(s.background) }, fgColor: { argb: argb(s.background) } } },
    }],
  }));
  (ws as unknown as { conditionalFormattings: CfBlock[] }).conditionalFormattings =
    [...ours, ...theirs.map((b) => ({ ...b, rules: b.rules.map((r) => ({ ...r, priority: priority++ })) }))];
}

export function highlightWorkbook(wb: ExcelJS.Workbook, t: Tracker, plan: WritePlan): void {
  const horizon = t.settings.settings.horizonDays;
  const cp = wb.getWorksheet(plan.checkpoints.sheet);
  if (cp) {
    const columns = plan.checkpoints.columns;
    const col = (f: (typeof CHECKPOINT_FIELDS)[number]): string => columnLetter(columns[f] + 1);
    const width = Math.max(...CHECKPOINT_FIELDS.map((f) => columns[f] + 1));
    replaceOwnRules(cp, `A2:${columnLetter(width)}${lastUsedRow(cp) + SPARE_ROWS}`, checkpointRules(2, col('due'), col('status'), col('state'), horizon));
  }
  const roadmap = wb.getWorksheet(t.roadmapSheet.name);
  if (roadmap) {
    const r = plan.rollup.columns;
    const top = t.roadmap.headerRow + 1;
    const width = Math.max(t.roadmap.width, r.nextDue, r.state, r.progress, r.reading);
    replaceOwnRules(roadmap, `A${top}:${columnLetter(width)}${Math.max(lastUsedRow(roadmap), top) + SPARE_ROWS}`,
      roadmapRules(top, columnLetter(r.nextDue), columnLetter(r.state), horizon));
  }
  const settings = wb.getWorksheet(SHEETS.settings);
  if (settings) writeLegend(settings, horizon);
}

/** E1:E5 of «Настройки»; returns whether it wrote. */
export function writeLegend(ws: ExcelJS.Worksheet, horizonDays: number): boolean {
  const rows = [LEGEND.title, LEGEND.overdue, LEGEND.soon(horizonDays), LEGEND.done, LEGEND.unknown];
  const colours = [null, COLOURS.overdue, COLOURS.soon, COLOURS.done, COLOURS.grey];
  const current = rows.map((_, i) => String(cellValueOf(ws.findRow(i + 1)?.findCell(5)?.value)));
  const ours = current[0] === LEGEND.title || current.every((v) => v === '');
  if (!ours || rows.every((v, i) => v === current[i])) return false;
  rows.forEach((v, i) => {
    const c = ws.getCell(i + 1, 5);
    c.value = v;
    if (colours[i]) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colours[i]!) } };
    c.alignment = { vertical: 'top', wrapText: true };
  });
  ws.getCell(1, 5).font = { bold: true };
  ws.getColumn(5).width = chars(LEGEND_WIDTH);
  return true;
}
