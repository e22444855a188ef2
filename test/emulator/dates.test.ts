// The emulator's dates and time zones on the days where offsets change, checked against Luxon itself and
// against the tz database's history, never against the add-on's src/core/calendar.ts (the emulator is the
// oracle for that code). Facts from the IANA tz database (file `europe`, Zone Europe/Moscow; `northamerica`,
// Rule US): Moscow moved to +04:00 all year on 27.03.2011 at 02:00 and back to +03:00 on 26.10.2014 at 02:00;
// Los Angeles switches on the second Sunday of March and the first Sunday of November at 02:00.
import { DateTime } from 'luxon';
import { createEmulator } from '../../emulator';
import { addDays, dateInZone, fromSerial, instantInZone, isIsoDate, isoWeekDay, toSerial, zoneOffsetMinutes } from '../../emulator/dates';
import { formatJavaDate } from '../../emulator/java-date-format';
import { parseInstant } from '../../emulator/clock';
import { instantToSerial, serialToInstant } from '../../emulator/spreadsheet/values';
import { nextFire, type ClockSchedule } from '../../emulator/triggers';

const MSK = 'Europe/Moscow';
const LA = 'America/Los_Angeles';
const utc = (iso: string): number => Date.parse(iso);
const luxonMidnight = (date: string, zone: string): number => DateTime.fromISO(date, { zone }).toMillis();

/** Every day of a year, 'YYYY-MM-DD'. */
function daysOf(year: number): string[] {
  const out: string[] = [];
  for (let d = DateTime.utc(year, 1, 1); d.year === year; d = d.plus({ days: 1 })) out.push(d.toISODate() as string);
  return out;
}

describe('offsets where they change', () => {
  it.each([
    ['2011-03-26T22:59:59Z', MSK, 180], ['2011-03-26T23:00:00Z', MSK, 240], // 02:00 MSK → 03:00
    ['2011-10-30T12:00:00Z', MSK, 240], // no autumn change in 2011
    ['2014-10-25T21:59:59Z', MSK, 240], ['2014-10-25T22:00:00Z', MSK, 180], // 02:00 → 01:00
    ['2024-03-10T09:59:59Z', LA, -480], ['2024-03-10T10:00:00Z', LA, -420],
    ['2024-11-03T08:59:59Z', LA, -420], ['2024-11-03T09:00:00Z', LA, -480],
  ])('%s in %s: %d min', (iso, zone, minutes) => {
    expect(zoneOffsetMinutes(utc(iso), zone)).toBe(minutes);
    expect(zoneOffsetMinutes(utc(iso), zone)).toBe(DateTime.fromMillis(utc(iso), { zone }).offset);
  });

  it('Utilities.formatDate prints the offset of that instant (Z, XXX)', () => {
    expect(formatJavaDate(utc('2011-03-26T22:59:59Z'), MSK, 'dd.MM.yyyy HH:mm:ss Z')).toBe('27.03.2011 01:59:59 +0300');
    expect(formatJavaDate(utc('2011-03-26T23:00:00Z'), MSK, 'dd.MM.yyyy HH:mm:ss Z')).toBe('27.03.2011 03:00:00 +0400');
    expect(formatJavaDate(utc('2024-11-03T09:30:00Z'), LA, 'yyyy-MM-dd HH:mm XXX')).toBe('2024-11-03 01:30 -08:00');
    expect(formatJavaDate(utc('2024-11-03T08:30:00Z'), LA, 'yyyy-MM-dd HH:mm XXX')).toBe('2024-11-03 01:30 -07:00');
  });

  it('an unknown zone is a RangeError, not NaN', () => {
    expect(() => zoneOffsetMinutes(0, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('date cells: a serial is a wall-clock day, a script sees the instant of its midnight in the zone', () => {
  it.each([[MSK, 2011], [MSK, 2014], [LA, 2024]])('%s, every day of %d, both ways', (zone, year) => {
    for (const date of daysOf(year)) {
      const serial = toSerial(date);
      const ms = serialToInstant(serial, zone);
      expect(ms).toBe(luxonMidnight(date, zone));
      expect(instantToSerial(ms, zone)).toBe(serial);
      expect(dateInZone(ms, zone)).toBe(date);
    }
  });

  it('a time of day on a change day is the wall-clock time, whatever the offset', () => {
    const serial = toSerial('2024-03-10') + 9 / 24; // 09:00 in LA, after the 02:00 jump
    expect(serialToInstant(serial, LA)).toBe(utc('2024-03-10T16:00:00Z'));
    expect(instantToSerial(utc('2024-11-03T20:00:00Z'), LA)).toBe(toSerial('2024-11-03') + 12 / 24);
  });

  it('a wall-clock time skipped by the spring change moves forward by the gap (Luxon), as a written Date shows it', () => {
    expect(instantInZone('2024-03-10', LA, 2, 30)).toBe(utc('2024-03-10T10:30:00Z')); // = 03:30 PDT
    expect(instantInZone('2011-03-27', MSK, 2, 30)).toBe(utc('2011-03-26T23:30:00Z')); // = 03:30 MSK+1
  });

  it('a script writes a Date and reads the same instant back on a change day (spreadsheet in Los Angeles)', () => {
    const emu = createEmulator({ now: '2024-03-10T12:00', timeZone: LA, locale: 'en_US' });
    const sheet = emu.spreadsheet.getSheets()[0];
    const dates = ['2024-03-09', '2024-03-10', '2024-03-11', '2024-11-02', '2024-11-03', '2024-11-04'];
    sheet.getRange(1, 1, dates.length, 1).setValues(dates.map((d) => [new Date(luxonMidnight(d, LA))]));
    const back = sheet.getRange(1, 1, dates.length, 1).getValues().map(([v]) => (v as Date).getTime());
    expect(back).toEqual(dates.map((d) => luxonMidnight(d, LA)));
  });

  it('TODAY() is the day in the spreadsheet zone', () => {
    const emu = createEmulator({ now: '2011-03-26T23:30:00Z', timeZone: MSK, locale: 'ru_RU' });
    const cell = emu.spreadsheet.getSheets()[0].getRange('A1');
    cell.setFormula('=TODAY()');
    expect(cell.getValue()).toBe(toSerial('2011-03-27')); // 02:30 in Moscow that night, 23:30 UTC the day before
  });
});

describe('the fake clock and triggers on change days', () => {
  it('a wall-clock "now" is read in the given zone', () => {
    expect(parseInstant('2011-03-27T03:00', MSK)).toBe(utc('2011-03-26T23:00:00Z'));
    expect(parseInstant('2011-03-27T01:59', MSK)).toBe(utc('2011-03-26T22:59:00Z'));
    expect(parseInstant('2024-11-04', LA)).toBe(luxonMidnight('2024-11-04', LA));
  });

  it('a daily 09:15 trigger in Los Angeles fires at 09:15 local every day across both changes', () => {
    const c: ClockSchedule = { kind: 'days', every: 1, hour: 9, minute: 15, timeZone: LA };
    for (const [from, to] of [['2024-03-07', '2024-03-14'], ['2024-10-31', '2024-11-07']]) {
      let t = luxonMidnight(from, LA);
      const fires: string[] = [];
      while (t < luxonMidnight(to, LA)) {
        t = nextFire(c, t) as number;
        fires.push(DateTime.fromMillis(t, { zone: LA }).toFormat('yyyy-MM-dd HH:mm'));
      }
      const expected = daysOf(2024).filter((d) => d >= from && d <= to).map((d) => `${d} 09:15`);
      expect(fires).toEqual(expected);
    }
  });

  it('a weekly Monday 08:00 trigger in Moscow keeps 08:00 local across the 2011 and 2014 changes', () => {
    const c: ClockSchedule = { kind: 'weeks', every: 1, weekDay: 1, hour: 8, minute: 0, timeZone: MSK };
    const mondays = (start: string) => [0, 7, 14].map((n) => addDays(start, n));
    for (const first of ['2011-03-21', '2014-10-20']) {
      let t = luxonMidnight(addDays(first, -1), MSK);
      for (const monday of mondays(first)) {
        t = nextFire(c, t) as number;
        expect(t).toBe(DateTime.fromISO(`${monday}T08:00`, { zone: MSK }).toMillis());
      }
    }
  });
});

describe('plain calendar days (no zone)', () => {
  it('serials follow Sheets: 1 = 31.12.1899, 1 March 1900 = 61, and back', () => {
    expect(toSerial('1899-12-31')).toBe(1);
    expect(toSerial('1900-03-01')).toBe(61);
    expect(toSerial('2024-03-10')).toBe(45361);
    for (const date of [...daysOf(2000), ...daysOf(2100)]) expect(fromSerial(toSerial(date))).toBe(date);
  });

  it('ISO week days, leap days and invalid dates', () => {
    expect(isoWeekDay('2024-03-10')).toBe(7); // a Sunday
    expect(isoWeekDay('2011-03-28')).toBe(1);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('0000-01-01')).toBe(false);
  });
});
