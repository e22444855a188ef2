// The «Настройки» sheet: label / value / hint rows. Set-up adds the rows that are missing (with a
// default value) and never touches a value someone typed. The colour legend lives here too.
import { formatRu } from '../core/calendar';
import { monthRu, readSettings, type SettingKey, type SettingsDefaults, type SettingsRead } from '../core/settings';
import { LEGEND, SETTINGS_HEADERS, SETTINGS_HINTS, SETTINGS_LABELS, SHEETS, WEEKDAYS } from '../text/ru';
import { COLOURS } from '../views/colours';
import { LEGEND_WIDTH, SETTINGS_WIDTHS } from '../views/sheet-layout';
import { ensureSize, gridOf, insertSheetKeepingActive, readGrid, writeBlock } from './sheet-io';
import type { Cell } from '../core/cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SettingsSheet {
  sheet: Sheet;
  read: SettingsRead;
}

function defaultValue(key: SettingKey, defaults: SettingsDefaults): string | number {
  switch (key) {
    case 'organisation': return defaults.organisation ?? '';
    case 'planTitle': return defaults.planTitle ?? '';
    case 'from': return monthText(defaults.plan.from);
    case 'to': return monthText(defaults.plan.to);
    case 'approved': return defaults.plan.approved ? formatRu(defaults.plan.approved) : '';
    case 'horizon': return 14;
    case 'digestDay': return WEEKDAYS[0];
    case 'digestHour': return 8;
    default: return '';
  }
}

/** "12.2022", with the apostrophe that keeps Sheets from turning it into a date. */
const monthText = (ym: string): string => `'${monthRu(ym)}`;

/** Reads the sheet, creating it or appending missing rows first; existing values stay as typed. */
export function ensureSettingsSheet(ss: Spreadsheet, existing: Sheet | undefined, timeZone: string, defaults: SettingsDefaults, values?: Cell[][]): SettingsSheet {
  const sheet = existing ?? insertSheetKeepingActive(ss, SHEETS.settings);
  const grid = values && existing ? gridOf(values) : readGrid(sheet, timeZone);
  const read = readSettings(grid.values, defaults);
  if (!read.missing.length) return { sheet, read };
  const rows: (string | number)[][] = [];
  if (grid.lastRow === 0) rows.push([SETTINGS_HEADERS.key, SETTINGS_HEADERS.value, SETTINGS_HEADERS.hint]);
  for (const key of read.missing) rows.push([SETTINGS_LABELS[key], defaultValue(key, defaults), SETTINGS_HINTS[key]]);
  writeBlock(sheet, grid.lastRow + 1, 1, rows);
  if (grid.lastRow === 0) {
    sheet.getRange(1, 1, 1, 3).setFontWeight('bold').setBackground(COLOURS.peopleHeader);
    sheet.setFrozenRows(1);
    SETTINGS_WIDTHS.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
    // Labels, values and hints start on one line (the labels sat at the bottom of tall rows).
    sheet.getRange(2, 1, sheet.getMaxRows() - 1, 3).setWrap(true).setHorizontalAlignment('left').setVerticalAlignment('top');
  }
  // Read what is now on the sheet from what was written, without a second getValues.
  const asTyped = rows.map((r) => r.map((v) => (typeof v === 'string' ? v.replace(/^'/, '') : v)));
  return { sheet, read: readSettings([...grid.values.slice(0, grid.lastRow), ...asTyped], defaults) };
}

/**
 * The colour legend, in E1:E5 of the settings sheet. Written only where those cells are empty or
 * already hold the legend: anything else there was typed by someone and stays. Returns whether it wrote.
 */
export function writeLegend(sheet: Sheet, horizonDays: number): boolean {
  const rows = [[LEGEND.title], [LEGEND.overdue], [LEGEND.soon(horizonDays)], [LEGEND.done], [LEGEND.unknown]];
  ensureSize(sheet, 5, 5);
  const current = sheet.getRange(1, 5, 5, 1).getValues().map((r) => String(r[0]));
  const ours = current[0] === LEGEND.title || current.every((v) => v === '');
  if (!ours || rows.every((r, i) => r[0] === current[i])) return false;
  writeBlock(sheet, 1, 5, rows);
  sheet.getRange(1, 5, 5, 1).setBackgrounds([['#ffffff'], [COLOURS.overdue], [COLOURS.soon], [COLOURS.done], [COLOURS.grey]])
    .setVerticalAlignment('top');
  sheet.getRange(1, 5).setFontWeight('bold');
  sheet.setColumnWidth(5, LEGEND_WIDTH);
  return true;
}
