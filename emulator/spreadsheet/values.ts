// Cell values: what a script or a person writes becomes a stored value (dates as zone-free serials),
// and what is stored becomes what getValues returns (Number, Boolean, Date, String, '' for empty).
import { fromSerial, instantInZone, isValidDate, isoDate, toSerial, zoneOffsetMinutes } from '../dates';
import { isDate, type Realm } from '../realm';
import { isDateFormat, localeData, PLAIN_TEXT_FORMAT } from './number-format';

/** A stored cell value; dates and times are numbers whose number format is a date format. */
export type Stored = string | number | boolean;

const DAY_MS = 86400000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** The serial of an instant's wall-clock time in a zone (how Sheets stores a Date written by a script). */
export function instantToSerial(ms: number, timeZone: string): number {
  const local = ms + zoneOffsetMinutes(ms, timeZone) * 60000;
  return (local - EPOCH_MS) / DAY_MS;
}

/** The instant a serial denotes in a zone (how Sheets hands a date cell to a script). */
export function serialToInstant(serial: number, timeZone: string): number {
  const days = Math.floor(serial);
  let msOfDay = Math.round((serial - days) * DAY_MS);
  let day = days;
  if (msOfDay >= DAY_MS) { msOfDay -= DAY_MS; day++; }
  const date = fromSerial(day);
  const h = Math.floor(msOfDay / 3600000);
  const m = Math.floor((msOfDay % 3600000) / 60000);
  const s = Math.floor((msOfDay % 60000) / 1000);
  return instantInZone(date, timeZone, h, m, s) + (msOfDay % 1000);
}

/** The value getValues returns for a stored value under a number format. */
export function storedToScript(v: Stored | null | undefined, fmt: string | undefined, timeZone: string, realm: Realm): unknown {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' && isDateFormat(fmt)) return realm.makeDate(serialToInstant(v, timeZone));
  return v;
}

/** What a write does to a cell. `dateFormat` is applied only if the cell has no number format yet. */
export type Write =
  | { kind: 'clear' }
  | { kind: 'formula'; formula: string }
  | { kind: 'value'; value: Stored; dateFormat?: string };

export interface WriteContext {
  locale: string;
  timeZone: string;
  /** Year of "today" in the spreadsheet, for dates typed without a year. */
  year: number;
}

/**
 * A value written by setValue(s): null/undefined/'' clear; '=…' is a formula; a Date becomes a date cell at
 * its wall-clock time in the spreadsheet zone; strings are read like typed input (numbers, dates,
 * booleans in the spreadsheet locale) unless the cell is formatted as plain text '@' or starts with "'".
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues
 */
export function scriptWrite(raw: unknown, cellFormat: string | undefined, ctx: WriteContext): Write {
  if (raw === null || raw === undefined || raw === '') return { kind: 'clear' };
  if (isDate(raw)) {
    const t = raw.getTime();
    if (Number.isNaN(t)) return { kind: 'value', value: String(raw) };
    const serial = instantToSerial(t, ctx.timeZone);
    const loc = localeData(ctx.locale);
    return { kind: 'value', value: serial, dateFormat: Number.isInteger(serial) ? loc.dateFormat : loc.dateTimeFormat };
  }
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'value', value: raw } : { kind: 'value', value: String(raw) };
  if (typeof raw === 'boolean') return { kind: 'value', value: raw };
  const text = typeof raw === 'string' ? raw : String(raw);
  return typedWrite(text, cellFormat, ctx);
}

/** What typing `text` into a cell does (also used for strings written by scripts). */
export function typedWrite(text: string, cellFormat: string | undefined, ctx: WriteContext): Write {
  if (text === '') return { kind: 'clear' };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  if (cellFormat === PLAIN_TEXT_FORMAT) return { kind: 'value', value: text };
  if (text.startsWith("'")) return text.length > 1 ? { kind: 'value', value: text.slice(1) } : { kind: 'clear' };
  const parsed = parseTyped(text, ctx.locale, ctx.year);
  return parsed ? { kind: 'value', value: parsed.value, dateFormat: parsed.format } : { kind: 'value', value: text };
}

/**
 * Reads typed text the way Sheets does in a locale: numbers ('1,5' in ru_RU, '1.5' in en_US),
 * percentages, TRUE/FALSE (ИСТИНА/ЛОЖЬ), dates ('01.09.2025' or '1.9' in ru_RU, '9/1/2025' in en_US,
 * ISO '2025-09-01' in both) and times. Returns null for text. Note the ru_RU trap this reproduces:
 * '1.1' typed into an automatic cell becomes 1 January of the current year.
 */
export function parseTyped(text: string, locale: string, year: number): { value: Stored; format?: string } | null {
  const loc = localeData(locale);
  const s = text.trim();
  if (s === '') return null;
  const up = s.toUpperCase();
  if (up === 'TRUE' || up === loc.trueText.toUpperCase()) return { value: true };
  if (up === 'FALSE' || up === loc.falseText.toUpperCase()) return { value: false };
  const num = parseLocaleNumber(s, loc.decimal);
  if (num !== null) return { value: num };
  const pct = /^(.*)%$/.exec(s);
  if (pct) {
    const n = parseLocaleNumber(pct[1].trim(), loc.decimal);
    if (n !== null) {
      const decimals = (pct[1].split(loc.decimal)[1] ?? '').length;
      return { value: n / 100, format: decimals ? `0.${'0'.repeat(decimals)}%` : '0%' };
    }
  }
  const dt = parseLocaleDate(s, loc.decimal === ',' ? 'dmy' : 'mdy', year);
  if (dt) return { value: dt.serial, format: dt.hasTime ? loc.dateTimeFormat : loc.dateFormat };
  const tm = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (tm && Number(tm[1]) < 24 && Number(tm[2]) < 60 && Number(tm[3] ?? 0) < 60) {
    return { value: (Number(tm[1]) * 3600 + Number(tm[2]) * 60 + Number(tm[3] ?? 0)) / 86400, format: tm[3] ? 'H:mm:ss' : 'H:mm' };
  }
  return null;
}

function parseLocaleNumber(s: string, decimal: string): number | null {
  const group = decimal === ',' ? '[ \u00a0\u202f]' : ',';
  const dec = decimal === ',' ? ',' : '\\.';
  const re = new RegExp(`^[+-]?(\\d+|\\d{1,3}(${group}\\d{3})+)?(${dec}\\d+)?([eE][+-]?\\d+)?$`);
  if (!re.test(s) || !/\d/.test(s.replace(/[eE][+-]?\d+$/, ''))) return null;
  const n = Number(s.replace(new RegExp(group, 'g'), '').replace(decimal, '.'));
  return Number.isFinite(n) ? n : null;
}

function parseLocaleDate(s: string, order: 'dmy' | 'mdy', currentYear: number): { serial: number; hasTime: boolean } | null {
  const time = /^(.*?)\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  const datePart = time ? time[1] : s;
  let y: number;
  let mo: number;
  let d: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(datePart);
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    m = order === 'dmy' ? /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?$/.exec(datePart) : /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(datePart);
    if (!m) return null;
    const a = Number(m[1]);
    const b = Number(m[2]);
    [d, mo] = order === 'dmy' ? [a, b] : [b, a];
    y = m[3] === undefined ? currentYear : m[3].length === 2 ? (Number(m[3]) < 30 ? 2000 : 1900) + Number(m[3]) : Number(m[3]);
  }
  if (!isValidDate(y, mo, d)) return null;
  let serial = toSerial(isoDate(y, mo, d));
  if (time) {
    const [h, mi, se] = [Number(time[2]), Number(time[3]), Number(time[4] ?? 0)];
    if (h > 23 || mi > 59 || se > 59) return null;
    serial += (h * 3600 + mi * 60 + se) / 86400;
  }
  return { serial, hasTime: !!time };
}
