// Template placeholders: the {{…}} names a report template may use, how a written occurrence is
// recognised (spaces and case do not matter), and which occurrences are unknown.
import { foldText } from './cells';
import { REPORT } from '../text/ru';

/** The block placeholder: its paragraph is replaced by the tables. */
export const TABLE_PLACEHOLDER = 'Таблица';

/** Every placeholder a template may use, in the order the README lists them. */
export const PLACEHOLDERS = [
  'Организация', 'План', 'Период', 'Дата', 'Всего', 'Выполнено', 'В срок', 'С опозданием', 'Просрочено',
  'Не наступил срок', 'Процент', TABLE_PLACEHOLDER,
  // The plan's numbers as src/core/counts.ts names them («Всего» stays as another name for «В плане»).
  'В плане', 'На дату', 'Срок наступил', 'Не требуется', 'Без контрольных точек',
] as const;

export interface Occurrence {
  /** Exactly as written in the document, e.g. "{{ дата }}". */
  text: string;
  /** The known placeholder it denotes, or null when unknown. */
  name: string | null;
}

const PATTERN = /\{\{([^{}\n]{0,80}?)\}\}/g;
const KNOWN = new Map<string, string>(PLACEHOLDERS.map((p) => [foldText(p), p]));

/** The known placeholder an inner text names ("  дата " → "Дата"), or null. */
export function placeholderName(inner: string): string | null {
  return KNOWN.get(foldText(inner)) ?? null;
}

/** Distinct occurrences in the given texts, in order of first appearance. */
export function scanPlaceholders(texts: string[]): Occurrence[] {
  const seen = new Map<string, Occurrence>();
  for (const t of texts) {
    const re = new RegExp(PATTERN.source, 'g');
    for (let m = re.exec(t); m; m = re.exec(t)) {
      if (!seen.has(m[0])) seen.set(m[0], { text: m[0], name: placeholderName(m[1]) });
    }
  }
  return Array.from(seen.values());
}

/** Unknown names as written (without braces), for the message to the person. */
export function unknownNames(occurrences: Occurrence[]): string[] {
  return occurrences.filter((o) => o.name === null).map((o) => o.text.slice(2, -2).trim());
}

/** True for a paragraph of the note to the template's editor: it is dropped from reports. */
export function isNoteText(text: string): boolean {
  return text.trimStart().startsWith(REPORT.noteMarker);
}

/** True when a paragraph holds nothing but the table placeholder (spaces aside). */
export function isTableParagraph(text: string): boolean {
  const m = /^\s*\{\{([^{}]*)\}\}\s*$/.exec(text);
  return !!m && placeholderName(m[1]) === TABLE_PLACEHOLDER;
}
