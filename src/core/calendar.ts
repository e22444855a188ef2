// Calendar dates without time zones. The core works on 'YYYY-MM-DD' strings (they sort and compare
// as strings); instants (Date) are converted only at the edges, with an explicit time zone.

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;
/** A calendar month, 'YYYY-MM'. */
export type YearMonth = string;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const { year, month, day } = dateParts(value);
  return isValidDate(year, month, day);
}

export function yearMonth(year: number, month: number): YearMonth {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function parseYearMonth(value: string): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{1,2})$/.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year, month } : null;
}

/** Months since year 0: makes month arithmetic and ranges simple. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function monthStart(year: number, month: number): IsoDate {
  return isoDate(year, month, 1);
}

export function monthEnd(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

// Day numbers count from the Sheets epoch 1899-12-30, so they are also spreadsheet date serials.
const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

// A plan has a few hundred distinct dates, met tens of thousands of times per action: each is worked out
// once. Bounded, so a long-lived process (the offline command's tests, a browser tab) does not grow.
const serials = new Map<IsoDate, number>();
const shown = new Map<IsoDate, string>();
function remember<V>(memo: Map<IsoDate, V>, date: IsoDate, value: V): void {
  if (memo.size >= 4096) memo.clear();
  memo.set(date, value);
}

/** The spreadsheet serial number of a date (1 = 1899-12-31, as in Sheets and Excel after 1900-03-01). */
export function toSerial(date: IsoDate): number {
  let serial = serials.get(date);
  if (serial === undefined) {
    const { year, month, day } = dateParts(date);
    serial = Math.round((Date.UTC(year, month - 1, day) - EPOCH_UTC) / DAY_MS);
    remember(serials, date, serial);
  }
  return serial;
}

export function fromSerial(serial: number): IsoDate {
  const d = new Date(EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromSerial(toSerial(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toSerial(to) - toSerial(from);
}

/** 'дд.мм.гггг', the way dates are shown to Russian users. */
export function formatRu(date: IsoDate): string {
  let text = shown.get(date);
  if (text === undefined) {
    const { year, month, day } = dateParts(date);
    text = `${pad(day)}.${pad(month)}.${pad(year, 4)}`;
    remember(shown, date, text);
  }
  return text;
}

/** Reads 'дд.мм.гггг' (also with '/' or '-', and a two-digit year as 20yy) or 'YYYY-MM-DD'. */
export function parseRuDate(text: string): IsoDate | null {
  const s = text.trim();
  let m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(s);
  if (m) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return isValidDate(year, Number(m[2]), Number(m[1])) ? isoDate(year, Number(m[2]), Number(m[1])) : null;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return isIsoDate(s) ? s : null;
  return null;
}

/** True for a Date from any JavaScript realm (Apps Script values can come from another realm in tests). */
export function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]' && !isNaN((value as Date).getTime());
}

const formatters: Record<string, Intl.DateTimeFormat> = {};
function wallClock(instant: Date, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const f = formatters[timeZone] || (formatters[timeZone] = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric',
  }));
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(instant)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return { year: out.year, month: out.month, day: out.day, hour: out.hour % 24, minute: out.minute, second: out.second };
}

// A sheet holds thousands of date cells but few distinct instants (midnights of a few hundred days):
// each instant is converted once per zone instead of once per cell (Intl formatting is the costly part).
const dayCache = new Map<string, Map<number, IsoDate>>();

/** The calendar date an instant falls on in a time zone (e.g. a date cell read in the spreadsheet's zone). */
export function dateInZone(instant: Date, timeZone: string): IsoDate {
  let byInstant = dayCache.get(timeZone);
  if (!byInstant) dayCache.set(timeZone, (byInstant = new Map()));
  const t = instant.getTime();
  let date = byInstant.get(t);
  if (date === undefined) {
    if (byInstant.size > 50000) byInstant.clear();
    const w = wallClock(instant, timeZone);
    byInstant.set(t, (date = isoDate(w.year, w.month, w.day)));
  }
  return date;
}

/** Offset of a zone from UTC at an instant, in minutes (Moscow: +180). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** The instant of a wall-clock time in a zone (midnight by default), as Sheets stores a date cell. */
const midnightCache = new Map<string, number>();

export function instantInZone(date: IsoDate, timeZone: string, hour = 0, minute = 0, second = 0, DateCtor: DateConstructor = Date): Date {
  // Midnights (every date cell written) are worked out once per day and zone.
  const key = hour === 0 && minute === 0 && second === 0 ? `${timeZone}|${date}` : '';
  const known = key ? midnightCache.get(key) : undefined;
  if (known !== undefined) return new DateCtor(known);
  const { year, month, day } = dateParts(date);
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  // Two passes settle the offset also next to a daylight-saving change.
  let t = guess - zoneOffsetMinutes(new Date(guess), timeZone) * 60000;
  t = guess - zoneOffsetMinutes(new Date(t), timeZone) * 60000;
  if (key) {
    if (midnightCache.size > 50000) midnightCache.clear();
    midnightCache.set(key, t);
  }
  return new DateCtor(t);
}
