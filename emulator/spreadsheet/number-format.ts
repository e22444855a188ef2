// Number formats: which ones are dates, how a value is displayed in a locale, and the Sheets ↔ xlsx spelling.
import { fromSerial } from '../dates';

/** What Range.getNumberFormat() reports for a cell left on "Automatic" (observed Apps Script behaviour). */
export const AUTOMATIC_FORMAT = '0.###############';
export const PLAIN_TEXT_FORMAT = '@';

export interface LocaleData {
  decimal: string;
  group: string;
  trueText: string;
  falseText: string;
  /** The number format Sheets gives a cell when a date (or date-time) is typed or written into it. */
  dateFormat: string;
  dateTimeFormat: string;
  months: string[];
  monthsGenitive: string[];
  monthsShort: string[];
  days: string[];
  daysShort: string[];
}

const EN: LocaleData = {
  decimal: '.',
  group: ',',
  trueText: 'TRUE',
  falseText: 'FALSE',
  dateFormat: 'M/d/yyyy',
  dateTimeFormat: 'M/d/yyyy H:mm:ss',
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  monthsGenitive: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  daysShort: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

const RU: LocaleData = {
  decimal: ',',
  group: '\u00a0',
  trueText: 'ИСТИНА',
  falseText: 'ЛОЖЬ',
  dateFormat: 'dd.MM.yyyy',
  dateTimeFormat: 'dd.MM.yyyy H:mm:ss',
  months: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  monthsGenitive: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  monthsShort: ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
  days: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
  daysShort: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
};

/** Locale data for 'ru_RU' / 'ru' / 'en_US' …; other locales fall back to en_US conventions with ISO dates. */
export function localeData(locale: string): LocaleData {
  const l = locale.toLowerCase();
  if (l === 'ru' || l.startsWith('ru_') || l.startsWith('ru-')) return RU;
  if (l === 'en_us' || l === 'en' || l === 'en-us') return EN;
  return { ...EN, dateFormat: 'yyyy-MM-dd', dateTimeFormat: 'yyyy-MM-dd H:mm:ss' };
}

// ---------------------------------------------------------------- scanning formats

type FmtTok = { k: 'lit'; s: string } | { k: 'tok'; s: string };

/** Splits a format into literal text and placeholder runs (quotes, \x escapes and [..] brackets are literal/dropped). */
function scan(fmt: string): FmtTok[] {
  const out: FmtTok[] = [];
  let i = 0;
  while (i < fmt.length) {
    const ch = fmt[i];
    if (ch === '"') {
      const j = fmt.indexOf('"', i + 1);
      const end = j < 0 ? fmt.length : j;
      out.push({ k: 'lit', s: fmt.slice(i + 1, end) });
      i = end + 1;
    } else if (ch === '\\') {
      out.push({ k: 'lit', s: fmt[i + 1] ?? '' });
      i += 2;
    } else if (ch === '[') {
      const j = fmt.indexOf(']', i);
      i = j < 0 ? fmt.length : j + 1;
    } else if (ch === '_' || ch === '*') {
      i += 2; // spacing/fill directives: no visible text here
    } else if (/am\/pm/i.test(fmt.slice(i, i + 5))) {
      out.push({ k: 'tok', s: 'AM/PM' });
      i += 5;
    } else if (/a\/p/i.test(fmt.slice(i, i + 3))) {
      out.push({ k: 'tok', s: 'A/P' });
      i += 3;
    } else if (/[dmyhsDMYHS]/.test(ch)) {
      let j = i;
      while (j < fmt.length && fmt[j].toLowerCase() === ch.toLowerCase()) j++;
      out.push({ k: 'tok', s: fmt.slice(i, j).toLowerCase() });
      i = j;
    } else if (ch === '.' && /^\.0+/.test(fmt.slice(i)) && out.length && out[out.length - 1].k === 'tok' && out[out.length - 1].s.startsWith('s')) {
      const m = /^\.0+/.exec(fmt.slice(i))!;
      out.push({ k: 'tok', s: m[0] });
      i += m[0].length;
    } else {
      out.push({ k: 'lit', s: ch });
      i++;
    }
  }
  return out;
}

/** True when a format shows dates or times (then the cell's number is a serial and getValues gives a Date). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt || /^general$/i.test(fmt) || fmt === PLAIN_TEXT_FORMAT) return false;
  return scan(fmt.split(';')[0]).some((t) => t.k === 'tok');
}

// ---------------------------------------------------------------- display

/** Digits as Sheets shows a number on "Automatic": up to 15 significant digits, locale decimal mark. */
export function formatGeneral(n: number, loc: LocaleData): string {
  if (!Number.isFinite(n)) return '#NUM!';
  const abs = Math.abs(n);
  let s: string;
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) s = Number(n.toPrecision(15)).toExponential().toUpperCase();
  else s = String(Number(n.toPrecision(15)));
  return s.replace('.', loc.decimal);
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

/** Wall-clock parts of a serial (no time zone: cells are zone-free). */
export function serialParts(serial: number): { date: string; y: number; mo: number; d: number; wd: number; h: number; mi: number; s: number; ms: number } {
  const days = Math.floor(serial);
  let msOfDay = Math.round((serial - days) * 86400000);
  let dayNo = days;
  if (msOfDay >= 86400000) { msOfDay -= 86400000; dayNo++; }
  const date = fromSerial(dayNo);
  const wd = (((dayNo - 1) % 7) + 7) % 7; // serial 1 = 1899-12-31, a Sunday
  return {
    date, y: Number(date.slice(0, 4)), mo: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)), wd,
    h: Math.floor(msOfDay / 3600000), mi: Math.floor((msOfDay % 3600000) / 60000), s: Math.floor((msOfDay % 60000) / 1000), ms: msOfDay % 1000,
  };
}

function formatDateSerial(serial: number, fmt: string, loc: LocaleData): string {
  const toks = scan(fmt.split(';')[0]);
  const p = serialParts(serial);
  const hasAmPm = toks.some((t) => t.k === 'tok' && (t.s === 'AM/PM' || t.s === 'A/P'));
  const hasDay = toks.some((t) => t.k === 'tok' && t.s.startsWith('d'));
  const kinds = toks.map((t) => (t.k === 'tok' ? t.s[0] : ''));
  let out = '';
  toks.forEach((t, i) => {
    if (t.k === 'lit') { out += t.s; return; }
    const s = t.s;
    const prev = kinds.slice(0, i).reverse().find((k) => k && k !== '.');
    const next = kinds.slice(i + 1).find((k) => k && k !== '.');
    switch (s[0]) {
      case 'y': out += s.length <= 2 ? pad(p.y % 100, 2) : pad(p.y, 4); break;
      case 'm':
        if (s.length <= 2 && (prev === 'h' || next === 's')) out += s.length === 2 ? pad(p.mi, 2) : String(p.mi);
        else if (s.length === 1) out += String(p.mo);
        else if (s.length === 2) out += pad(p.mo, 2);
        else if (s.length === 3) out += loc.monthsShort[p.mo - 1];
        else if (s.length === 5) out += loc.months[p.mo - 1][0];
        else out += (hasDay ? loc.monthsGenitive : loc.months)[p.mo - 1];
        break;
      case 'd':
        if (s.length === 1) out += String(p.d);
        else if (s.length === 2) out += pad(p.d, 2);
        else if (s.length === 3) out += loc.daysShort[p.wd];
        else out += loc.days[p.wd];
        break;
      case 'h': {
        const h = hasAmPm ? ((p.h + 11) % 12) + 1 : p.h;
        out += s.length >= 2 ? pad(h, 2) : String(h);
        break;
      }
      case 's': out += s.length >= 2 ? pad(p.s, 2) : String(p.s); break;
      case '.': out += loc.decimal + pad(p.ms, 3).slice(0, s.length - 1); break;
      case 'A': out += s === 'AM/PM' ? (p.h < 12 ? 'AM' : 'PM') : p.h < 12 ? 'A' : 'P'; break;
    }
  });
  return out;
}

function formatNumberPattern(n: number, fmt: string, loc: LocaleData): string {
  const sections = splitSections(fmt);
  let section = sections[0];
  let value = n;
  if (n < 0 && sections.length >= 2) { section = sections[1]; value = -n; }
  else if (n === 0 && sections.length >= 3) section = sections[2];
  // Literal text around the number; the numeric part is the run of 0 # ? , . placeholders.
  let prefix = '';
  let suffix = '';
  let numeric = '';
  let seenNumeric = false;
  let percent = 0;
  for (const t of scanNumeric(section)) {
    if (t.k === 'num') { numeric += t.s; seenNumeric = true; continue; }
    if (t.s === '%') percent++;
    if (seenNumeric) suffix += t.s;
    else prefix += t.s;
  }
  if (!numeric) return prefix + suffix;
  value *= Math.pow(100, percent);
  const [intPart, decPart = ''] = numeric.split('.');
  const maxDec = (decPart.match(/[0#?]/g) ?? []).length;
  const minDec = (decPart.match(/0/g) ?? []).length;
  const minInt = (intPart.match(/0/g) ?? []).length;
  const grouping = /[0#?],[0#?]/.test(intPart);
  const negative = value < 0 && sections.length < 2;
  let [ints, decs = ''] = Math.abs(value).toFixed(maxDec).split('.');
  decs = decs.replace(/0+$/, '');
  if (decs.length < minDec) decs = decs.padEnd(minDec, '0');
  if (ints === '0' && minInt === 0) ints = '';
  ints = ints.padStart(minInt, '0');
  if (grouping) ints = ints.replace(/\B(?=(\d{3})+(?!\d))/g, loc.group);
  const body = ints + (decs ? loc.decimal + decs : '');
  return (negative ? '-' : '') + prefix + body + suffix;
}

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of fmt) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) { out.push(cur); cur = ''; continue; }
    cur += ch;
  }
  out.push(cur);
  return out;
}

function scanNumeric(fmt: string): { k: 'num' | 'lit'; s: string }[] {
  const out: { k: 'num' | 'lit'; s: string }[] = [];
  let i = 0;
  while (i < fmt.length) {
    const ch = fmt[i];
    if (ch === '"') {
      const j = fmt.indexOf('"', i + 1);
      const end = j < 0 ? fmt.length : j;
      out.push({ k: 'lit', s: fmt.slice(i + 1, end) });
      i = end + 1;
    } else if (ch === '\\') {
      out.push({ k: 'lit', s: fmt[i + 1] ?? '' });
      i += 2;
    } else if (ch === '[') {
      const j = fmt.indexOf(']', i);
      const inner = fmt.slice(i + 1, j < 0 ? fmt.length : j);
      const currency = /^\$([^-]*)/.exec(inner);
      if (currency) out.push({ k: 'lit', s: currency[1] });
      i = j < 0 ? fmt.length : j + 1;
    } else if (ch === '_' || ch === '*') {
      i += 2;
    } else if (/[0#?.,]/.test(ch)) {
      out.push({ k: 'num', s: ch });
      i++;
    } else {
      out.push({ k: 'lit', s: ch });
      i++;
    }
  }
  return out;
}

/** The text Sheets shows for a stored value under a number format (getDisplayValues). */
export function displayValue(value: string | number | boolean | null | undefined, fmt: string | undefined, locale: string): string {
  const loc = localeData(locale);
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? loc.trueText : loc.falseText;
  if (typeof value === 'string') return value;
  if (fmt && isDateFormat(fmt)) return formatDateSerial(value, fmt, loc);
  if (!fmt || fmt === AUTOMATIC_FORMAT || fmt === PLAIN_TEXT_FORMAT || /^general$/i.test(fmt)) return formatGeneral(value, loc);
  return formatNumberPattern(value, fmt, loc);
}

// ---------------------------------------------------------------- xlsx spelling

/** Sheets format → Excel numFmt (Excel wants lower-case date tokens; 'MM' would still be a month). */
export function toExcelFormat(fmt: string | undefined): string {
  if (!fmt || fmt === AUTOMATIC_FORMAT) return 'General';
  if (!isDateFormat(fmt)) return fmt;
  let out = '';
  let quoted = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') quoted = !quoted;
    if (!quoted && /am\/pm|a\/p/i.test(fmt.slice(i, i + 5))) {
      const m = /^(am\/pm|a\/p)/i.exec(fmt.slice(i))!;
      out += m[0].toUpperCase();
      i += m[0].length - 1;
      continue;
    }
    out += quoted ? ch : /[DMYHS]/.test(ch) ? ch.toLowerCase() : ch;
  }
  return out;
}

/** Excel numFmt → Sheets format ('' = automatic); Excel's built-in short date (id 14) becomes the locale's date format. */
export function fromExcelFormat(numFmt: string | undefined, locale: string): string {
  if (!numFmt || /^general$/i.test(numFmt)) return '';
  if (numFmt === 'mm-dd-yy' || numFmt === 'm/d/yy') return localeData(locale).dateFormat;
  return numFmt;
}
