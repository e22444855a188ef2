// Reading a roadmap sheet: find the header and columns by evidence (roadmap/columns.ts), then read
// the rows below by their shape (roadmap/rows.ts) into sections and activities.
import { dateParts } from './calendar';
import { cellText, isDateCell, type Cell } from './cells';
import { ROADMAP_FIELD_NAMES, ROADMAP_HEADERS } from '../text/ru';
import { findHeader, type ColumnMap, type HeaderFound, type Merge } from './roadmap/columns';
import { deadlineInPeriod, rowShape, splitNumber, stageSection, type PeriodRow, type SkipReason } from './roadmap/rows';

export type RoadmapField = keyof typeof ROADMAP_HEADERS;
/** A plan needs an activity column and a deadline or responsible column (missing ones are named together). */
export const REQUIRED_FIELDS: RoadmapField[] = ['name', 'deadline', 'responsible'];

/** 0-based column of each role found (see roadmap/columns.ts); only the activity column is certain. */
export type RoadmapColumns = ColumnMap & { name: number };

export interface Activity {
  /** 1-based sheet row (the first row, when continuation rows follow). */
  row: number;
  /** "1.1", or '' when the row has no number (the seed's 3.3 in the PDF). */
  number: string;
  name: string;
  /** What the deadline engine reads: the deadline cell, with the year of a year row above it added. */
  deadline: Cell;
  /** The deadline cell as typed. */
  deadlineText: string;
  /** A separate start column's text, when the plan has one. */
  start?: string;
  /** The year row the activity stands under («2021 год»). */
  period?: string;
  responsible: string;
  result: string;
  /** Index into Roadmap.sections. */
  section: number;
  /** Stable identity, derived from the name: survives renumbering and moving rows. */
  key: string;
}

export interface Section {
  row: number;
  number: string;
  title: string;
  /** 1 for a section, 2 for a sub-section («1.1. …»). */
  level?: number;
}

/** A row that was read as neither a section nor an activity, and why. */
export interface SkippedRow { row: number; reason: SkipReason }

export interface Roadmap {
  /** 1-based row of the header (its first row). */
  headerRow: number;
  /** 1-based last row of the header (more than headerRow for a header over several rows). */
  headerBottom: number;
  columns: RoadmapColumns;
  /** The header text of every column. */
  headers: string[];
  /** How each column was found; `sure` is false when the user should confirm the columns. */
  evidence: HeaderFound['evidence'];
  sure: boolean;
  /** Number of columns the header spans (last non-empty header cell). */
  width: number;
  sections: Section[];
  activities: Activity[];
  skipped: SkippedRow[];
}

export type RoadmapRead =
  | { ok: true; roadmap: Roadmap }
  | { ok: false; missing: string[] };

/**
 * "1.1." → "1.1"; a number cell 1.1 → "1.1". A date cell is an activity number Sheets turned into a
 * date as it was typed (in a Russian spreadsheet "1.2" becomes 1 February): day and month give it back.
 */
export function normalizeNumber(value: Cell): string {
  if (isDateCell(value)) {
    const { month, day } = dateParts(value.date);
    return `${day}.${month}`;
  }
  return cellText(value).replace(/\s+/g, '').replace(/\.$/, '');
}

/** The number cell when it holds a number («1.1», «I», a date Sheets made of «1.2»); '' when it holds text. */
function numberOf(value: Cell): string {
  const n = normalizeNumber(value);
  return /^([IVXLC]{1,5}|\d{1,3}(\.\d{1,3})*)$/i.test(n) ? n : '';
}

/** FNV-1a, as 8 hex digits: a short stable id for a text. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const isQuote = (c: number): boolean =>
  c === 0x22 || c === 0x27 || c === 0x60 || c === 0xab || c === 0xbb || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x201e;

/**
 * Per character below U+0460: -1 to drop (a quote), 0 for a gap, else the lower-case code it counts as
 * (ё → е). Upper case is folded here, so the name need not be lower-cased first (6 ms per 5,000 names).
 */
const KEY_CHAR = (() => {
  const table = new Int32Array(0x460);
  for (let c = 0; c < table.length; c++) {
    const low = c >= 65 && c <= 90 ? c + 32 : c >= 0x410 && c <= 0x42f ? c + 32 : c === 0x401 ? 0x451 : c;
    if (isQuote(low)) table[c] = -1;
    else if ((low >= 48 && low <= 57) || (low >= 97 && low <= 122) || (low >= 0x430 && low <= 0x44f)) table[c] = low;
    else if (low === 0x451) table[c] = 0x435;
  }
  return table;
})();

/**
 * Identity of an activity by its name: case, spacing and punctuation do not matter. One pass over the
 * text, hashing as it goes: the same as `shortHash(foldText(name).replace(/[^0-9a-zа-я]+/g, ' ').trim())`
 * (a test holds them equal: the keys already on schools' sheets must not change).
 */
export function activityKey(name: string): string {
  let text = name;
  let lowered = false;
  let h = 0x811c9dc5;
  let started = false;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let c: number;
    if (code < 0x460 && code !== 0x130) c = KEY_CHAR[code];
    else if (!lowered) {
      // The table knows the case of ASCII and Russian only: a name with other letters («İ», the Kelvin
      // sign) is lower-cased as a whole, as the folded-text key did, and read again from the start.
      text = text.toLowerCase();
      lowered = true;
      h = 0x811c9dc5;
      started = gap = false;
      i = -1;
      continue;
    } else c = code < 0x460 ? KEY_CHAR[code] : isQuote(code) ? -1 : 0;
    if (c < 0) continue;
    if (c === 0) {
      gap = started;
      continue;
    }
    if (gap) h = Math.imul(h ^ 32, 0x01000193) >>> 0;
    gap = false;
    started = true;
    h = Math.imul(h ^ c, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export interface ReadOptions {
  /** 0-based indexes of rows where a merged range spans several columns (section titles often are). */
  mergedRows?: ReadonlySet<number>;
  /** Merged ranges (a header over several rows, a group title over sub-columns). */
  merges?: Merge[];
  /** 0-based rows set in bold (unnumbered section titles). */
  boldRows?: ReadonlySet<number>;
  /** Columns the user chose (kept in «Настройки»): they replace the guesses. */
  columns?: ColumnMap;
}

export function readRoadmap(values: Cell[][], options: ReadOptions = {}): RoadmapRead {
  const found = findHeader(values, options.merges ?? [], options.columns ?? {});
  if (!found.ok) {
    const names = found.missing.filter((f): f is RoadmapField => f in ROADMAP_FIELD_NAMES);
    return { ok: false, missing: names.map((f) => ROADMAP_FIELD_NAMES[f]) };
  }
  const header = found.header;
  const columns = header.columns as RoadmapColumns;
  const sections: Section[] = [];
  const activities: Activity[] = [];
  const skipped: SkippedRow[] = [];
  const keys = new Map<string, number>();
  const get = (row: Cell[], c: number | undefined): Cell => (c === undefined ? '' : row[c] ?? '');
  const headerRowTexts = (values[header.top] ?? []).map(cellText);
  let period: PeriodRow | null = null;
  // A «Модуль …» / «Раздел …» line just above the header heads the rows below it.
  for (let r = header.top - 1; r >= Math.max(0, header.top - 2); r--) {
    const t = (values[r] ?? []).map(cellText).filter(Boolean);
    if (t.length === 1 && /^(модуль|раздел)(?![а-яё])/i.test(t[0])) {
      sections.push({ row: r + 1, number: '', title: t[0].replace(/\s+/g, ' ').trim(), level: 1 });
      break;
    }
  }
  let last: Activity | null = null;
  // The number of the next row with content, for telling «1. Title» sections from «1.» activities.
  const numberTexts: string[] = new Array(values.length).fill('');
  for (let r = header.bottom + 1; r < values.length; r++) numberTexts[r] = numberOf(get(values[r] ?? [], columns.number));
  const nextNumbers: (string | null)[] = new Array(values.length).fill(null);
  for (let r = values.length - 2, next: string | null = null; r >= header.bottom; r--) {
    const below = values[r + 1] ?? [];
    if (below.some((c) => cellText(c) !== '')) next = splitNumber(numberTexts[r + 1], cellText(get(below, columns.name))).number;
    nextNumbers[r] = next;
  }

  for (let r = header.bottom + 1; r < values.length; r++) {
    const row = values[r];
    const numberText = numberTexts[r];
    const shape = rowShape(row, numberText, {
      columns, header: headerRowTexts, merged: options.mergedRows?.has(r) ?? false, bold: options.boldRows?.has(r) ?? false,
      afterActivity: last !== null, previousName: last?.name ?? '', nextNumber: nextNumbers[r],
    });
    if (shape.kind === 'skip') {
      if (shape.reason !== 'empty') skipped.push({ row: r + 1, reason: shape.reason as SkipReason });
      continue;
    }
    if (shape.kind === 'period') { period = shape.period ?? null; continue; }
    if (shape.kind === 'section') {
      sections.push({ row: r + 1, number: shape.number ?? '', title: shape.title ?? '', level: shape.level ?? 1 });
      last = null;
      continue;
    }
    if (shape.kind === 'continuation' && last) {
      const join = (a: string, b: string): string => (a && b ? `${a}\n${b}` : a || b);
      last.name = join(last.name, cellText(get(row, columns.name)));
      last.responsible = join(last.responsible, cellText(get(row, columns.responsible)));
      last.result = join(last.result, cellText(get(row, columns.result)));
      const more = cellText(get(row, columns.deadline));
      if (more) {
        last.deadlineText = join(last.deadlineText, more);
        last.deadline = deadlineInPeriod(last.deadlineText, period);
      }
      continue;
    }
    if (shape.stage) {
      const s = stageSection(shape.stage);
      const current = sections[sections.length - 1];
      if (!current || current.title !== s.title) sections.push({ row: r + 1, number: s.number ?? '', title: s.title ?? '', level: 1 });
    }
    const split = splitNumber(numberText, cellText(get(row, columns.name)));
    const cell = get(row, columns.deadline);
    const deadlineText = cellText(cell);
    if (!sections.length) sections.push({ row: 0, number: '', title: '' });
    const activity: Activity = {
      row: r + 1,
      number: split.number,
      name: split.name,
      deadline: period && typeof cell === 'string' ? deadlineInPeriod(cell, period) : cell,
      deadlineText,
      responsible: cellText(get(row, columns.responsible)),
      result: cellText(get(row, columns.result)),
      section: sections.length - 1,
      key: '',
    };
    if (columns.start !== undefined) activity.start = cellText(get(row, columns.start));
    if (period) activity.period = period.text;
    activities.push(activity);
    last = activity;
  }
  // Keys after continuation rows have joined their names.
  for (const a of activities) {
    const base = activityKey(a.name || a.number);
    const seen = (keys.get(base) ?? 0) + 1;
    keys.set(base, seen);
    a.key = seen === 1 ? base : `${base}-${seen}`;
  }
  return {
    ok: true,
    roadmap: {
      headerRow: header.top + 1, headerBottom: header.bottom + 1, columns, headers: header.headers, evidence: header.evidence,
      sure: header.sure, width: header.width, sections, activities, skipped,
    },
  };
}
