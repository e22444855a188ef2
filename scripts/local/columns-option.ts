// `--columns "Мероприятие=B; Срок=C; Ответственные=D"` for the offline command, and the lines that say
// how the plan's columns were understood. The choice goes into «Настройки» exactly as the Google
// dialog keeps it, so the next run (and Google, if the file is uploaded) reads the plan the same way.
import type * as ExcelJS from 'exceljs';
import type { Emulator } from '../../emulator';
import { findRoadmap, formatColumnChoice, parseColumnChoice, PLAN_IMPORT, SETTINGS_HEADERS, SHEETS, type Roadmap } from '../../src/core';

/** Takes `--columns VALUE` out of the arguments (the rest go to the command's own parser). */
export function takeColumnsOption(argv: string[]): { argv: string[]; columns?: string } {
  const i = argv.indexOf('--columns');
  if (i < 0) return { argv };
  return { argv: [...argv.slice(0, i), ...argv.slice(i + 2)], columns: argv[i + 1] ?? '' };
}

export const COLUMNS_USAGE = `  --columns    какие столбцы что содержат, если скрипт понял не так: "Мероприятие=B; Срок=C; Ответственные=D"
               (роли: ${Object.values(PLAN_IMPORT.roles).join(', ')}); сохраняется в «Настройках»`;

/** Writes the choice into «Настройки» (the labelled row, added when missing); a Russian message when unreadable. */
export function applyColumns(emu: Emulator, value: string): string | null {
  const choice = parseColumnChoice(value);
  if (!choice) return `Не понял --columns «${value}». Пример: --columns "Мероприятие=B; Срок=C; Ответственные=D" (нужен хотя бы столбец «Мероприятие»).`;
  const names = emu.sheetNames();
  const rows = names.includes(SHEETS.settings) ? emu.peek(SHEETS.settings).displayValues : [[SETTINGS_HEADERS.key, SETTINGS_HEADERS.value, SETTINGS_HEADERS.hint]];
  const at = rows.findIndex((r) => String(r[0]).trim() === PLAN_IMPORT.columnsLabel);
  const row = at >= 0 ? at + 1 : rows.length + 1;
  if (!names.includes(SHEETS.settings)) emu.poke(SHEETS.settings, 'A1', [rows[0]]);
  emu.poke(SHEETS.settings, `A${row}`, [[PLAN_IMPORT.columnsLabel, formatColumnChoice(choice), PLAN_IMPORT.columnsHint]]);
  return null;
}

const letter = (c: number): string => (c >= 26 ? letter(Math.floor(c / 26) - 1) : '') + String.fromCharCode(65 + (c % 26));

/** «Мероприятие ← столбец B «Направления деятельности»», one line per column understood. */
export function roadmapMappingLines(r: Roadmap): string[] {
  return (Object.entries(r.columns) as [keyof typeof PLAN_IMPORT.roles, number | undefined][])
    .filter((e): e is [keyof typeof PLAN_IMPORT.roles, number] => typeof e[1] === 'number')
    .sort((a, b) => a[1] - b[1])
    .map(([role, c]) => `  ${PLAN_IMPORT.roles[role]} ← столбец ${letter(c)} «${r.headers[c]}»` +
      `${r.evidence[role] === 'content' ? ' (по содержимому — проверьте)' : r.evidence[role] === 'user' ? ' (задано)' : ''}`);
}

/** How the workbook's plan was understood, read from the emulated workbook as the add-on reads it. */
export function workbookMapping(emu: Emulator): string[] {
  const sheets = emu.sheetNames().map((name) => ({
    name, values: emu.peek(name).values.map((row) => row.map((v) => (v instanceof Date ? '' : (v as string | number | boolean)))),
  }));
  const found = findRoadmap({ timeZone: 'Europe/Moscow', sheets });
  if (!found || !found.read.ok) return [];
  return [`Столбцы листа «${found.sheet.name}»:`, ...roadmapMappingLines(found.read.roadmap)];
}

/** The same choice written into an .xlsx workbook's «Настройки» (the offline command, without the emulator). */
export function applyColumnsToWorkbook(wb: ExcelJS.Workbook, value: string): string | null {
  const choice = parseColumnChoice(value);
  if (!choice) return `Не понял --columns «${value}». Пример: --columns "Мероприятие=B; Срок=C; Ответственные=D" (нужен хотя бы столбец «Мероприятие»).`;
  let ws = wb.getWorksheet(SHEETS.settings);
  if (!ws) {
    ws = wb.addWorksheet(SHEETS.settings);
    [SETTINGS_HEADERS.key, SETTINGS_HEADERS.value, SETTINGS_HEADERS.hint].forEach((v, i) => (ws!.getCell(1, i + 1).value = v));
  }
  let row = 0;
  ws.eachRow((r, n) => { if (!row && String(r.getCell(1).value ?? '').trim() === PLAN_IMPORT.columnsLabel) row = n; });
  if (!row) row = ws.actualRowCount + 1;
  [PLAN_IMPORT.columnsLabel, formatColumnChoice(choice), PLAN_IMPORT.columnsHint].forEach((v, i) => (ws!.getCell(row, i + 1).value = v));
  return null;
}
