// Reading a roadmap sheet: find the header row and columns by their texts (any order, synonyms,
// extra columns left alone), then split the rows below into sections and activities.
import { dateParts } from './calendar';
import { cellText, foldText, isDateCell, type Cell } from './cells';
import { ROADMAP_FIELD_NAMES, ROADMAP_HEADERS } from '../text/ru';

export type RoadmapField = keyof typeof ROADMAP_HEADERS;
export const REQUIRED_FIELDS: RoadmapField[] = ['name', 'deadline', 'responsible'];

/** 0-based column index of each field that was found. */
export type RoadmapColumns = Partial<Record<RoadmapField, number>> & { name: number; deadline: number; responsible: number };

export interface Activity {
  /** 1-based sheet row. */
  row: number;
  /** "1.1", or '' when the row has no number (the seed's 3.3 in the PDF). */
  number: string;
  name: string;
  /** The deadline cell as read (text, number, or a calendar date). */
  deadline: Cell;
  deadlineText: string;
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
}

export interface Roadmap {
  /** 1-based row of the header. */
  headerRow: number;
  columns: RoadmapColumns;
  /** Number of columns the header spans (last non-empty header cell). */
  width: number;
  sections: Section[];
  activities: Activity[];
}

export type RoadmapRead =
  | { ok: true; roadmap: Roadmap }
  | { ok: false; missing: string[] };

/** How far down the header row may be (title rows above it are common). */
const HEADER_SEARCH_ROWS = 15;

type Match = { field: RoadmapField; column: number; score: number };

function headerScore(header: string, synonym: string): number {
  const h = foldText(header).replace(/[:*]+$/, '');
  const s = foldText(synonym);
  if (!h) return 0;
  if (h === s) return 3;
  if (h.startsWith(s + ' ') || h.startsWith(s + '/') || h.startsWith(s + ',') || h.startsWith(s + '(')) return 2;
  // "Направление деятельности / Наименование мероприятия": a synonym standing as a whole phrase.
  const words = ` ${h.replace(/[\/,()]/g, ' ').replace(/\s+/g, ' ')} `;
  return words.includes(` ${s} `) ? 1 : 0;
}

/** Best column for each field in one header row; a column serves one field only. */
function matchHeader(row: Cell[]): Match[] {
  const candidates: Match[] = [];
  row.forEach((cell, column) => {
    const text = cellText(cell);
    if (!text) return;
    for (const field of Object.keys(ROADMAP_HEADERS) as RoadmapField[]) {
      ROADMAP_HEADERS[field].forEach((synonym, rank) => {
        const score = headerScore(text, synonym);
        // Earlier synonyms are more specific: "Сроки реализации" beats "Срок".
        if (score) candidates.push({ field, column, score: score * 100 - rank });
      });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const taken = new Set<number>();
  const found = new Map<RoadmapField, Match>();
  for (const c of candidates) {
    if (found.has(c.field) || taken.has(c.column)) continue;
    found.set(c.field, c);
    taken.add(c.column);
  }
  return Array.from(found.values());
}

const SECTION_NUMBER = /^(?:раздел\s+)?(\d{1,2}|[IVX]{1,4})\.?$/i;
const SECTION_TEXT = /^(?:раздел\s+)?(\d{1,2}|[IVX]{1,4})\.\s*(\D.*)$/is;
const ACTIVITY_NUMBER = /^\d{1,2}(?:\.\d{1,3})+\.?$/;

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

/** FNV-1a, as 8 hex digits: a short stable id for a text. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Identity of an activity by its name: case, spacing and punctuation do not matter. */
export function activityKey(name: string): string {
  return shortHash(foldText(name).replace(/[^0-9a-zа-я]+/g, ' ').trim());
}

export interface ReadOptions {
  /** 0-based indexes of rows where a merged range spans several columns (section titles often are). */
  mergedRows?: ReadonlySet<number>;
}

export function readRoadmap(values: Cell[][], options: ReadOptions = {}): RoadmapRead {
  let best: { row: number; matches: Match[] } | null = null;
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const matches = matchHeader(values[r]);
    const required = matches.filter((m) => REQUIRED_FIELDS.includes(m.field)).length;
    const bestRequired = best ? best.matches.filter((m) => REQUIRED_FIELDS.includes(m.field)).length : -1;
    if (required > bestRequired) best = { row: r, matches };
    if (required === REQUIRED_FIELDS.length) break;
  }
  const foundFields = new Set(best?.matches.map((m) => m.field));
  const missing = REQUIRED_FIELDS.filter((f) => !foundFields.has(f));
  if (!best || missing.length) return { ok: false, missing: missing.map((f) => ROADMAP_FIELD_NAMES[f]) };

  const columns = {} as RoadmapColumns;
  for (const m of best.matches) columns[m.field] = m.column;
  const header = values[best.row];
  let width = header.length;
  while (width > 0 && cellText(header[width - 1]) === '') width--;

  const sections: Section[] = [];
  const activities: Activity[] = [];
  const keys = new Map<string, number>();
  const get = (row: Cell[], field: RoadmapField): Cell =>
    columns[field] === undefined ? '' : row[columns[field] as number] ?? '';

  for (let r = best.row + 1; r < values.length; r++) {
    const row = values[r];
    const numberText = normalizeNumber(get(row, 'number'));
    const name = cellText(get(row, 'name'));
    const deadline = get(row, 'deadline');
    const responsible = cellText(get(row, 'responsible'));
    const result = cellText(get(row, 'result'));
    const texts = row.map(cellText).filter((t) => t !== '');
    if (!texts.length) continue;

    const planEmpty = cellText(deadline) === '' && responsible === '' && result === '';
    if (planEmpty && !ACTIVITY_NUMBER.test(numberText)) {
      const section = readSection(numberText, name, texts[0], options.mergedRows?.has(r) ?? false);
      if (section) {
        sections.push({ row: r + 1, ...section });
        continue;
      }
    }
    if (!name && !numberText) continue; // a note or stray text outside the plan's columns
    if (!sections.length) sections.push({ row: 0, number: '', title: '' });
    const base = activityKey(name || numberText);
    const seen = (keys.get(base) ?? 0) + 1;
    keys.set(base, seen);
    activities.push({
      row: r + 1,
      number: numberText,
      name,
      deadline,
      deadlineText: cellText(deadline),
      responsible,
      result,
      section: sections.length - 1,
      key: seen === 1 ? base : `${base}-${seen}`,
    });
  }
  return { ok: true, roadmap: { headerRow: best.row + 1, columns, width, sections, activities } };
}

/** A section row: "1." + title, "1. Title" in one cell, or a title merged across the row. */
function readSection(numberText: string, name: string, firstText: string, merged: boolean): Omit<Section, 'row'> | null {
  if (SECTION_NUMBER.test(numberText) && name) {
    return { number: numberText.replace(/^раздел\s+/i, ''), title: name };
  }
  const m = SECTION_TEXT.exec(firstText.replace(/\s+/g, ' ').trim());
  if (m) return { number: m[1], title: m[2].trim() };
  if (merged) return { number: '', title: firstText.replace(/\s+/g, ' ').trim() };
  return null;
}
