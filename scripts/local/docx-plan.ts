// A plan from a .docx for the Node tools: read it (src/node/docx-plan.ts, shared with the web page), put it
// into the workbook as «Дорожная карта» (text cells, section rows merged) and «Настройки» (organisation,
// title, period, approval date from the title and the order above the table), and say how the columns
// were understood.
import { readFileSync } from 'node:fs';
import type { Emulator } from '../../emulator';
import { formatRu, monthRu, SETTINGS_HEADERS, SETTINGS_LABELS, SHEETS, type ImportedPlan, type IsoDate } from '../../src/core';
import { FileProblem, readDocxPlanBytes } from '../../src/node';
import { roadmapMappingLines } from './columns-option';

export class PlanFileError extends Error {}

/** The file's plan; every bad file (the same Russian messages as the web page's) as a PlanFileError. */
export async function readDocxPlan(file: string, today: string): Promise<ImportedPlan> {
  try {
    return await readDocxPlanBytes(readFileSync(file), file, today as IsoDate);
  } catch (e) {
    if (e instanceof FileProblem) throw new PlanFileError(e.message);
    throw e;
  }
}

/** Writes the plan and its settings into the (empty) emulated workbook. */
export function putPlan(emu: Emulator, plan: ImportedPlan): void {
  const width = Math.max(...plan.values.map((r) => r.length));
  const rows = plan.values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
  emu.poke(SHEETS.roadmap, 'A1', rows);
  const sheet = emu.spreadsheet.getSheetByName(SHEETS.roadmap);
  if (!sheet) throw new Error('roadmap sheet not created');
  sheet.getRange(1, 1, rows.length, width).setNumberFormat('@');
  for (const r of plan.mergedRows) sheet.getRange(r + 1, 1, 1, width).merge();
  const d = plan.defaults;
  const settings: string[][] = [[SETTINGS_HEADERS.key, SETTINGS_HEADERS.value, SETTINGS_HEADERS.hint]];
  if (d.organisation) settings.push([SETTINGS_LABELS.organisation, d.organisation, '']);
  if (d.planTitle) settings.push([SETTINGS_LABELS.planTitle, d.planTitle, '']);
  settings.push([SETTINGS_LABELS.from, monthRu(d.plan.from), ''], [SETTINGS_LABELS.to, monthRu(d.plan.to), '']);
  if (d.plan.approved) settings.push([SETTINGS_LABELS.approved, formatRu(d.plan.approved), '']);
  emu.poke(SHEETS.settings, 'A1', settings);
  const blank = emu.spreadsheet.getSheets().find((s) => /^(Лист|Sheet)\d+$/.test(s.getName()) && s.getLastRow() === 0);
  if (blank && emu.spreadsheet.getSheets().length > 1) emu.spreadsheet.deleteSheet(blank);
}

export function summaryOf(plan: ImportedPlan): string[] {
  const r = plan.roadmap;
  return [
    ...(plan.info.title ? [`План: ${plan.info.title}`] : []),
    ...(plan.info.order ? [`Утверждён: ${plan.info.order}`] : []),
    `Разделов: ${r.sections.filter((s) => s.title).length}, мероприятий: ${r.activities.length}` +
      `${r.activities.some((a) => !a.deadlineText) ? `, без срока: ${r.activities.filter((a) => !a.deadlineText).length}` : ''}.`,
    'Столбцы:', ...roadmapMappingLines(plan.roadmap),
    ...(plan.notPlaced.length ? [`Не вошло в план: ${plan.notPlaced.map((t) => `«${t.slice(0, 60)}»`).join(', ')}`] : []),
  ];
}
