// Cell values as the core sees them: what Sheets returns, with date cells already turned into
// calendar dates at the shell's edge (so the core never meets a time zone).
import { formatRu, type IsoDate } from './calendar';

export type DateCell = { date: IsoDate };
export type Cell = string | number | boolean | DateCell;

export function isDateCell(value: unknown): value is DateCell {
  return typeof value === 'object' && value !== null && typeof (value as DateCell).date === 'string';
}

/** The text a person sees in a cell (dates as дд.мм.гггг), trimmed. */
export function cellText(value: Cell | null | undefined): string {
  if (typeof value === 'string') return value.trim(); // most cells: checked first, this runs for every cell read
  if (value === null || value === undefined) return '';
  if (isDateCell(value)) return formatRu(value.date);
  if (typeof value === 'boolean') return value ? 'ИСТИНА' : 'ЛОЖЬ';
  return String(value).trim();
}

export function isBlank(value: Cell | null | undefined): boolean {
  return cellText(value) === '';
}

/** Whitespace other than single inner spaces: only such text needs folding. */
const UNTIDY = /[^\S ]| {2}|^ | $/;

/**
 * Runs of whitespace (line breaks included) as one space, trimmed. Most texts are already so and are
 * returned as they are, without building a new string.
 */
export function oneLine(text: string): string {
  return UNTIDY.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Lower case, ё→е, punctuation and runs of spaces folded: for comparing what people typed. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/[«»"“”„'’`]/g, '')
    .trim();
}
