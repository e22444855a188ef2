// Java SimpleDateFormat, as Utilities.formatDate uses it (English names, US week rules, Java zone names).
// https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
import { zoneOffsetMinutes } from './dates';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Java's names (CLDR, JDK 11+) for zones schools in Russia and tests are likely to use: [standard, daylight, long standard, long daylight]. */
const ZONE_NAMES: Record<string, [string, string, string, string]> = {
  'Europe/Moscow': ['MSK', 'MSK', 'Moscow Standard Time', 'Moscow Summer Time'],
  'Europe/Kaliningrad': ['EET', 'EEST', 'Eastern European Standard Time', 'Eastern European Summer Time'],
  'Europe/Samara': ['SAMT', 'SAMT', 'Samara Standard Time', 'Samara Summer Time'],
  'Asia/Yekaterinburg': ['YEKT', 'YEKT', 'Yekaterinburg Standard Time', 'Yekaterinburg Summer Time'],
  'Asia/Omsk': ['OMST', 'OMST', 'Omsk Standard Time', 'Omsk Summer Time'],
  'Asia/Novosibirsk': ['NOVT', 'NOVT', 'Novosibirsk Standard Time', 'Novosibirsk Summer Time'],
  'Asia/Krasnoyarsk': ['KRAT', 'KRAT', 'Krasnoyarsk Standard Time', 'Krasnoyarsk Summer Time'],
  'Asia/Irkutsk': ['IRKT', 'IRKT', 'Irkutsk Standard Time', 'Irkutsk Summer Time'],
  'Asia/Yakutsk': ['YAKT', 'YAKT', 'Yakutsk Standard Time', 'Yakutsk Summer Time'],
  'Asia/Vladivostok': ['VLAT', 'VLAT', 'Vladivostok Standard Time', 'Vladivostok Summer Time'],
  'Asia/Magadan': ['MAGT', 'MAGT', 'Magadan Standard Time', 'Magadan Summer Time'],
  'Asia/Kamchatka': ['PETT', 'PETT', 'Petropavlovsk-Kamchatski Standard Time', 'Petropavlovsk-Kamchatski Summer Time'],
  UTC: ['UTC', 'UTC', 'Coordinated Universal Time', 'Coordinated Universal Time'],
  'Etc/UTC': ['UTC', 'UTC', 'Coordinated Universal Time', 'Coordinated Universal Time'],
  GMT: ['GMT', 'GMT', 'Greenwich Mean Time', 'Greenwich Mean Time'],
  'Etc/GMT': ['GMT', 'GMT', 'Greenwich Mean Time', 'Greenwich Mean Time'],
  'Europe/London': ['GMT', 'BST', 'Greenwich Mean Time', 'British Summer Time'],
  'Europe/Berlin': ['CET', 'CEST', 'Central European Standard Time', 'Central European Summer Time'],
  'Europe/Paris': ['CET', 'CEST', 'Central European Standard Time', 'Central European Summer Time'],
  'America/New_York': ['EST', 'EDT', 'Eastern Standard Time', 'Eastern Daylight Time'],
  'America/Chicago': ['CST', 'CDT', 'Central Standard Time', 'Central Daylight Time'],
  'America/Denver': ['MST', 'MDT', 'Mountain Standard Time', 'Mountain Daylight Time'],
  'America/Los_Angeles': ['PST', 'PDT', 'Pacific Standard Time', 'Pacific Daylight Time'],
};

export class PatternError extends Error {}

interface Parts {
  y: number; mo: number; d: number; h: number; mi: number; s: number; ms: number; dow: number; offset: number; dst: boolean;
}

/**
 * Offset of a zone in minutes. Like Java's TimeZone.getTimeZone, 'GMT+3' / 'GMT-05:30' are fixed
 * offsets and an unknown ID falls back to GMT.
 */
export function zoneOffset(ms: number, timeZone: string): number {
  const fixed = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (fixed) return (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0));
  try {
    return zoneOffsetMinutes(ms, timeZone);
  } catch {
    return 0;
  }
}

function partsOf(ms: number, timeZone: string): Parts {
  const offset = zoneOffset(ms, timeZone);
  const local = new Date(ms + offset * 60000);
  const y = local.getUTCFullYear();
  const jan = zoneOffset(Date.UTC(y, 0, 1), timeZone);
  const jul = zoneOffset(Date.UTC(y, 6, 1), timeZone);
  return {
    y, mo: local.getUTCMonth() + 1, d: local.getUTCDate(), h: local.getUTCHours(), mi: local.getUTCMinutes(),
    s: local.getUTCSeconds(), ms: local.getUTCMilliseconds(), dow: local.getUTCDay(), offset,
    dst: jan !== jul && offset === Math.max(jan, jul),
  };
}

const pad = (n: number, w: number): string => String(Math.abs(n)).padStart(w, '0');
const dayNo = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86400000;

/** US rules (weeks start on Sunday; week 1 holds 1 January), Java's default for English. */
function weekYear(p: Parts): number {
  const sat = new Date((dayNo(p.y, p.mo, p.d) + (6 - p.dow)) * 86400000);
  return sat.getUTCFullYear();
}
function weekOfYear(p: Parts): number {
  const wy = weekYear(p);
  const jan1 = dayNo(wy, 1, 1);
  const start = jan1 - new Date(jan1 * 86400000).getUTCDay();
  return Math.floor((dayNo(p.y, p.mo, p.d) - start) / 7) + 1;
}

function offsetText(minutes: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  if (minutes === 0 && style !== 'Z') return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === 'X') return m === '00' ? `${sign}${h}` : `${sign}${h}${m}`;
  if (style === 'XXX') return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

function zoneName(p: Parts, timeZone: string, long: boolean): string {
  const names = ZONE_NAMES[timeZone];
  if (names) return names[(long ? 2 : 0) + (p.dst ? 1 : 0)];
  return `GMT${offsetText(p.offset, 'XXX').replace('Z', '+00:00')}`;
}

function field(letter: string, count: number, p: Parts, timeZone: string): string {
  switch (letter) {
    case 'G': return p.y > 0 ? 'AD' : 'BC';
    case 'y': return count === 2 ? pad(p.y % 100, 2) : pad(p.y, count);
    case 'Y': { const wy = weekYear(p); return count === 2 ? pad(wy % 100, 2) : pad(wy, count); }
    case 'M': case 'L':
      if (count >= 4) return MONTHS[p.mo - 1];
      if (count === 3) return MONTHS[p.mo - 1].slice(0, 3);
      return pad(p.mo, count);
    case 'w': return pad(weekOfYear(p), count);
    case 'W': {
      const first = new Date(Date.UTC(p.y, p.mo - 1, 1)).getUTCDay();
      return pad(Math.floor((p.d + first - 1) / 7) + 1, count);
    }
    case 'D': return pad(dayNo(p.y, p.mo, p.d) - dayNo(p.y, 1, 1) + 1, count);
    case 'd': return pad(p.d, count);
    case 'F': return pad(Math.floor((p.d - 1) / 7) + 1, count);
    case 'E': return count >= 4 ? DAYS[p.dow] : DAYS[p.dow].slice(0, 3);
    case 'u': return pad(p.dow === 0 ? 7 : p.dow, count);
    case 'a': return p.h < 12 ? 'AM' : 'PM';
    case 'H': return pad(p.h, count);
    case 'k': return pad(p.h === 0 ? 24 : p.h, count);
    case 'K': return pad(p.h % 12, count);
    case 'h': return pad(p.h % 12 === 0 ? 12 : p.h % 12, count);
    case 'm': return pad(p.mi, count);
    case 's': return pad(p.s, count);
    case 'S': return pad(p.ms, count);
    case 'z': return zoneName(p, timeZone, count >= 4);
    case 'Z': return offsetText(p.offset, 'Z');
    case 'X': return offsetText(p.offset, count === 1 ? 'X' : count === 2 ? 'XX' : 'XXX');
  }
  throw new PatternError(`Illegal pattern character '${letter}'`);
}

/** Formats an instant in a time zone with a SimpleDateFormat pattern. Throws PatternError for unknown letters. */
export function formatJavaDate(ms: number, timeZone: string, pattern: string): string {
  const p = partsOf(ms, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") { out += "'"; i += 2; continue; }
      let j = i + 1;
      let lit = '';
      while (j < pattern.length) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") { lit += "'"; j += 2; continue; }
          break;
        }
        lit += pattern[j++];
      }
      if (j >= pattern.length) throw new PatternError('Unterminated quote');
      out += lit;
      i = j + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      out += field(ch, j - i, p, timeZone);
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
