// Calendar dates and time zones for the emulator, from Luxon (see README «Dates and time zones»). The
// emulator is the oracle the add-on is tested against, so it must not borrow the add-on's own date
// arithmetic (src/core/calendar.ts): a daylight-saving or offset bug there would then pass every test.
// Dates are 'YYYY-MM-DD' strings; instants are epoch milliseconds.
import { DateTime } from 'luxon';

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

const UTC = { zone: 'utc' } as const;
/** Day 0 of Sheets' date serials (serial 1 = 1899-12-31). */
const EPOCH = DateTime.utc(1899, 12, 30);

/**
 * Remembers a pure function's results: a sheet of dates asks about the same few hundred days thousands of
 * times, and one Luxon conversion in a zone costs tens of microseconds. Bounded, so a long run cannot grow it.
 */
function memo<A extends unknown[], R>(fn: (...args: A) => R, limit = 50000): (...args: A) => R {
  const seen = new Map<string, R>();
  return (...args: A): R => {
    const key = args.join('|');
    let r = seen.get(key);
    if (r === undefined) {
      if (seen.size >= limit) seen.clear();
      r = fn(...args);
      seen.set(key, r);
    }
    return r;
  };
}

function utcDate(date: IsoDate): DateTime {
  const d = DateTime.fromISO(date, UTC);
  if (!d.isValid) throw new RangeError(`Not a date: ${date}`);
  return d;
}

function inZone(ms: number, timeZone: string): DateTime {
  const d = DateTime.fromMillis(ms, { zone: timeZone });
  if (!d.isValid) throw new RangeError(`Invalid time zone: ${timeZone} (${d.invalidExplanation ?? d.invalidReason})`);
  return d;
}

/** A real day of years 1–9999 (what a typed date may be). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return year >= 1 && year <= 9999 && DateTime.fromObject({ year, month, day }, UTC).isValid;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && Number(value.slice(0, 4)) >= 1 &&
    DateTime.fromISO(value, UTC).isValid;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return DateTime.fromObject({ year, month, day }, UTC).toISODate() as IsoDate;
}

/** The Sheets serial of a date. */
export function toSerial(date: IsoDate): number {
  return Math.round(utcDate(date).diff(EPOCH, 'days').days);
}

/** The date of a serial's day (the fraction, a time of day, is dropped). */
export function fromSerial(serial: number): IsoDate {
  return dayOfSerial(Math.floor(serial));
}

const dayOfSerial = memo((day: number): IsoDate => EPOCH.plus({ days: day }).toISODate() as IsoDate);

export function addDays(date: IsoDate, days: number): IsoDate {
  return utcDate(date).plus({ days }).toISODate() as IsoDate;
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekDay(date: IsoDate): number {
  return utcDate(date).weekday;
}

/** The calendar date an instant falls on in a zone. */
export const dateInZone: (ms: number, timeZone: string) => IsoDate =
  memo((ms: number, timeZone: string) => inZone(ms, timeZone).toISODate() as IsoDate);

/** The wall-clock hour (0–23) of an instant in a zone. */
export function hourInZone(ms: number, timeZone: string): number {
  return inZone(ms, timeZone).hour;
}

/**
 * Offset of a zone from UTC at an instant, in minutes (Moscow today: 180). Before standard time it is the
 * zone's local mean time, which is not whole minutes (Moscow 1899: 150 min 17 s = 150.2833…).
 */
export const zoneOffsetMinutes: (ms: number, timeZone: string) => number =
  memo((ms: number, timeZone: string) => inZone(ms, timeZone).offset);

/**
 * The instant of a wall-clock time in a zone. A time skipped by a daylight-saving change is moved forward
 * by the gap (02:30 on a spring-forward day is 03:30 summer time); a time that happens twice is Luxon's
 * choice, the later one (standard time). Google documents neither; real cells rarely hold such times
 * (dates are at midnight, and the zones that changed at midnight are few).
 */
export function instantInZone(date: IsoDate, timeZone: string, hour = 0, minute = 0, second = 0): number {
  return wallClockInstant(date, timeZone, hour, minute, second);
}

const wallClockInstant = memo((date: IsoDate, timeZone: string, hour: number, minute: number, second: number): number => {
  const { year, month, day } = utcDate(date);
  const d = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone: timeZone });
  if (!d.isValid) throw new RangeError(`Invalid time zone: ${timeZone} (${d.invalidExplanation ?? d.invalidReason})`);
  return d.toMillis();
});
