// The settings sheet as data: a column of labels and a column of values, read tolerantly, with a
// default and a Russian note for every value that cannot be read.
import { isIsoDate, parseRuDate, parseYearMonth, yearMonth, type IsoDate, type YearMonth } from './calendar';
import { cellText, foldText, isDateCell, type Cell } from './cells';
import { splitEmails } from './responsible';
import type { PlanPeriod } from './deadline/schedule';
import { parseDayRange, parseDayRanges, SCHOOL_DEFAULTS } from './deadline/forms/school-calendar';
import type { DayRange, HolidayName, SchoolCalendar } from './deadline/forms/school-calendar';
import { classify } from './deadline/lexicon';
import { MESSAGES, SETTINGS_LABELS, WEEKDAYS, WEEKDAYS_SHORT } from '../text/ru';

export type SettingKey = keyof typeof SETTINGS_LABELS;

export interface Settings {
  organisation: string;
  planTitle: string;
  plan: PlanPeriod;
  horizonDays: number;
  /** Id of the report template document, or ''. */
  template: string;
  /** Id of the reports folder, or ''. */
  folder: string;
  /** ISO day of week, 1 = Monday. */
  digestDay: number;
  digestHour: number;
  coordinators: string[];
}

export const DEFAULT_HORIZON_DAYS = 14;
export const DEFAULT_DIGEST_DAY = 1;
export const DEFAULT_DIGEST_HOUR = 8;

export interface SettingsRead {
  settings: Settings;
  /** Russian notes on values that could not be read (a default was used). */
  problems: string[];
  /** 1-based row of each label found. */
  rows: Partial<Record<SettingKey, number>>;
  /** Labels with no row yet (set-up appends them). */
  missing: SettingKey[];
}

/** A month as people write it: "12.2022", "декабрь 2022", "2022-12", or a date cell. */
export function parseMonth(value: Cell): YearMonth | null {
  if (isDateCell(value)) return value.date.slice(0, 7);
  const text = foldText(cellText(value)).replace(/\s*г(\.|ода?)?$/, '');
  let m = /^(\d{1,2})[./-](\d{4})$/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return yearMonth(Number(m[2]), Number(m[1]));
  const ym = parseYearMonth(text);
  if (ym) return yearMonth(ym.year, ym.month);
  const date = parseRuDate(text);
  if (date) return date.slice(0, 7);
  m = /^([а-я]+)\.?\s+(\d{4})$/.exec(text);
  const word = m ? classify(m[1]) : null;
  if (m && word?.c === 'month') return yearMonth(Number(m[2]), word.m);
  return null;
}

/** "2022-12" → "12.2022", as months are shown to people. */
export const monthRu = (ym: YearMonth): string => `${ym.slice(5, 7)}.${ym.slice(0, 4)}`;

/** A document or folder id from a link ("…/d/ID/edit", "…/folders/ID", "?id=ID") or the id itself. */
export function driveId(text: string): string {
  const s = text.trim();
  const m = /\/d\/([\w-]{10,})/.exec(s) || /\/folders\/([\w-]{10,})/.exec(s) || /[?&]id=([\w-]{10,})/.exec(s);
  if (m) return m[1];
  return /^[\w-]{10,}$/.test(s) ? s : '';
}

function parseWeekDay(text: string): number | null {
  const t = foldText(text).replace(/\.$/, '');
  if (/^[1-7]$/.test(t)) return Number(t);
  const full = WEEKDAYS.findIndex((d) => d === t || (t.length >= 3 && d.startsWith(t.slice(0, 3)) && t.length <= d.length + 1));
  if (full >= 0) return full + 1;
  const short = WEEKDAYS_SHORT.indexOf(t);
  return short >= 0 ? short + 1 : null;
}

export interface SettingsDefaults {
  organisation?: string;
  planTitle?: string;
  plan: PlanPeriod;
}

/** Reads label/value rows (the first row may be a header). */
export function readSettings(rows: Cell[][], defaults: SettingsDefaults): SettingsRead {
  const labels = Object.keys(SETTINGS_LABELS) as SettingKey[];
  const found: Partial<Record<SettingKey, Cell>> = {};
  const rowOf: Partial<Record<SettingKey, number>> = {};
  rows.forEach((row, i) => {
    const label = foldText(cellText(row[0])).replace(/[:\s]+$/, '');
    if (!label) return;
    const key = labels.find((k) => foldText(SETTINGS_LABELS[k]) === label) ??
      labels.find((k) => foldText(SETTINGS_LABELS[k]).split(' (')[0] === label.split(' (')[0]);
    if (key && !(key in found)) {
      found[key] = row[1] ?? '';
      rowOf[key] = i + 1;
    }
  });
  const problems: string[] = [];
  const text = (k: SettingKey): string => cellText(found[k] ?? '');
  const complain = (k: SettingKey, fallback: string): void => {
    if (text(k)) problems.push(MESSAGES.badSetting(SETTINGS_LABELS[k], text(k), fallback));
  };

  let from = parseMonth(found.from ?? '');
  if (!from) { complain('from', monthRu(defaults.plan.from)); from = defaults.plan.from; }
  let to = parseMonth(found.to ?? '');
  if (!to) { complain('to', monthRu(defaults.plan.to)); to = defaults.plan.to; }
  if (to < from) {
    problems.push(MESSAGES.badSetting(SETTINGS_LABELS.to, text('to'), `${monthRu(defaults.plan.from)}–${monthRu(defaults.plan.to)} (окончание раньше начала)`));
    from = defaults.plan.from;
    to = defaults.plan.to;
  }
  let approved: IsoDate | undefined;
  const approvedCell = found.approved ?? '';
  if (isDateCell(approvedCell)) approved = approvedCell.date;
  else if (text('approved')) {
    approved = parseRuDate(text('approved')) ?? undefined;
    if (!approved) complain('approved', 'без даты утверждения');
  } else approved = defaults.plan.approved;
  if (approved && !isIsoDate(approved)) approved = undefined;

  let horizonDays = DEFAULT_HORIZON_DAYS;
  if (text('horizon')) {
    const n = Number(text('horizon').replace(',', '.'));
    if (Number.isInteger(n) && n >= 0 && n <= 366) horizonDays = n;
    else complain('horizon', `${DEFAULT_HORIZON_DAYS} дней`);
  }
  let digestDay = DEFAULT_DIGEST_DAY;
  if (text('digestDay')) {
    const d = parseWeekDay(text('digestDay'));
    if (d) digestDay = d;
    else complain('digestDay', WEEKDAYS[DEFAULT_DIGEST_DAY - 1]);
  }
  let digestHour = DEFAULT_DIGEST_HOUR;
  if (text('digestHour')) {
    const h = Number(text('digestHour').replace(/[:.]00$/, ''));
    if (Number.isInteger(h) && h >= 0 && h <= 23) digestHour = h;
    else complain('digestHour', `${DEFAULT_DIGEST_HOUR}:00`);
  }
  const coordinatorCell = splitEmails(text('coordinators'));
  if (coordinatorCell.invalid.length) {
    problems.push(MESSAGES.badSetting(SETTINGS_LABELS.coordinators, coordinatorCell.invalid.join(', '), 'только правильные адреса'));
  }
  const template = text('template') ? driveId(text('template')) : '';
  if (text('template') && !template) complain('template', 'шаблон по умолчанию');
  const folder = text('folder') ? driveId(text('folder')) : '';
  if (text('folder') && !folder) complain('folder', 'папку рядом с таблицей');

  const calendar = readCalendar(text, complain);

  return {
    settings: {
      organisation: text('organisation') || defaults.organisation || '',
      planTitle: text('planTitle') || defaults.planTitle || '',
      plan: { from, to, ...(approved ? { approved } : {}), ...(calendar ? { calendar } : {}) },
      horizonDays,
      template,
      folder,
      digestDay,
      digestHour,
      coordinators: coordinatorCell.emails,
    },
    problems,
    rows: rowOf,
    missing: labels.filter((k) => !(k in found)),
  };
}

const HOLIDAY_KEYS: [SettingKey, HolidayName][] = [
  ['autumnHoliday', 'autumn'], ['winterHoliday', 'winter'], ['springHoliday', 'spring'], ['summerHoliday', 'summer'],
];

/** The school's own quarters, trimesters and holidays; undefined when none is given (the usual year is used). */
function readCalendar(text: (k: SettingKey) => string, complain: (k: SettingKey, fallback: string) => void): Partial<SchoolCalendar> | undefined {
  const cal: Partial<SchoolCalendar> = {};
  const terms = text('terms') ? parseDayRanges(text('terms'), 4) : null;
  if (terms) cal.terms = terms;
  else complain('terms', 'четверти по месяцам');
  const trimesters = text('trimesters') ? parseDayRanges(text('trimesters'), 3) : null;
  if (trimesters) cal.trimesters = trimesters;
  else complain('trimesters', 'триместры по умолчанию');
  const holidays: Partial<Record<HolidayName, DayRange>> = {};
  for (const [key, name] of HOLIDAY_KEYS) {
    const range = text(key) ? parseDayRange(text(key)) : null;
    if (range) holidays[name] = range;
    else complain(key, 'даты по умолчанию');
  }
  if (Object.keys(holidays).length) cal.holidays = { ...SCHOOL_DEFAULTS.holidays, ...holidays };
  return Object.keys(cal).length ? cal : undefined;
}

/**
 * A plan period when the settings give none: the years named in the roadmap (its title rows and
 * deadlines), January of the first to December of the last; else the current calendar year.
 */
export function inferPlan(texts: string[], today: IsoDate): PlanPeriod {
  const years: number[] = [];
  for (const t of texts) {
    for (const m of t.match(/(?:^|\D)(20\d{2})(?!\d)/g) ?? []) years.push(Number(m.replace(/\D/g, '')));
  }
  if (!years.length) {
    const y = Number(today.slice(0, 4));
    return { from: yearMonth(y, 1), to: yearMonth(y, 12) };
  }
  return { from: yearMonth(Math.min(...years), 1), to: yearMonth(Math.max(...years), 12) };
}

/**
 * The plan period as typed in «Настройки», or null when it is not there (or not readable) and would
 * have to be inferred from the roadmap: lets the report dialog open without reading the whole workbook.
 */
export function typedPlanPeriod(rows: Cell[][]): PlanPeriod | null {
  const NONE = '0001-01';
  const read = readSettings(rows, { plan: { from: NONE, to: NONE } });
  const { from, to } = read.settings.plan;
  return from === NONE || to === NONE || to < from ? null : read.settings.plan;
}
