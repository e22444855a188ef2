// What each row below the header is, by its shape: a section (numbered any way, or unnumbered and
// merged, bold, or a «Модуль …» / «Раздел …» line), a year or period row (its year goes to the
// deadlines under it), an activity, a continuation of the activity above (what a PDF or Word paste
// leaves), or something to skip («Итого», signatures, notes in brackets, a repeated header).
import { cellText, foldText, oneLine, type Cell } from '../cells';
import { areColumnNumbers, type ColumnMap } from './columns';

export type RowKind = 'section' | 'period' | 'activity' | 'continuation' | 'skip';
export type SkipReason = 'empty' | 'header' | 'total' | 'signature' | 'note' | 'stray';

/** A year or school year a period row gives to the rows below it. */
export interface PeriodRow { text: string; from: number; to: number; schoolYear: boolean }

export const ACTIVITY_NUMBER = /^\d{1,2}(?:\.\d{1,3})+\.?$/;
const SECTION_NUMBER = /^(?:раздел\s+)?(\d{1,2}|[IVXLC]{1,5})\.?$/i;
const SECTION_TEXT = /^(?:раздел\s+)?(\d{1,2}|[IVXLC]{1,5})\.\s*(\D.*)$/is;
const SECTION_WORD = /^(раздел|модуль|задача|направление|блок|подраздел)(?![а-яё])\s*(\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})?\.?\s*(.*)$/is;
const SUBSECTION_TEXT = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\D.*)$/s;
/** «1.1 Разработка …», «2. Организовать …»: a number at the start of the name. */
const LEADING_NUMBER = /^(\d{1,2}(?:\.\d{1,3})*)\.?\s+(?=\S)([^]*)$/;
const TOTAL = /^(итого|всего)(?![а-яё])/i;
const SIGNATURE = /_{3,}|^(директор|заведующ|заместитель директора|исполнитель:|составил|подпись|м\.\s?п\.|согласовано|утверждаю)/i;
const YEAR_ROW = /^(?:на\s+)?((?:19|20)\d\d)(?:\s*[-–—/]\s*((?:19|20)\d\d))?\s*(?:г\.?|гг\.?|год[а-я]*)?\s*(учебн[а-я]*\s+год[а-я]*)?\.?$/i;

/** A year row («2021 год», «2023–2024 учебный год»), or null. */
export function readPeriodRow(text: string): PeriodRow | null {
  const m = YEAR_ROW.exec(text.replace(/\s+/g, ' ').trim());
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  if (to < from || to - from > 10) return null;
  return { text: text.trim(), from, to, schoolYear: Boolean(m[3]) || to === from + 1 && /учебн/i.test(text) };
}

const MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма[йяе]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const FIRST_MONTH = new RegExp(`(${MONTHS.join('|')})`, 'i');

/**
 * The deadline as the engine should read it under a year row: «Январь – февраль» under «2021 год»
 * is «Январь – февраль 2021»; under «2023–2024 учебный год», September–December take the first
 * year and January–August the second. A deadline that names its own year is left as it is.
 */
export function deadlineInPeriod(text: string, period: PeriodRow | null): string {
  if (!period || !text.trim() || /\b(19|20)\d\d\b/.test(text)) return text;
  if (period.from === period.to) return `${text} ${period.from}`;
  const m = FIRST_MONTH.exec(foldText(text));
  if (!m || !period.schoolYear) return text;
  const month = MONTHS.findIndex((stem) => new RegExp(`^${stem}`).test(m[1].toLowerCase()));
  return `${text} ${month >= 8 ? period.from : period.to}`;
}

export interface RowShape {
  kind: RowKind;
  reason?: SkipReason;
  /** Section: its number ('' when none), title and level (1 for «1.», 2 for «1.1.»). */
  number?: string;
  title?: string;
  level?: number;
  period?: PeriodRow;
  /** A stage cell that opens a group on the same row as an activity. */
  stage?: string;
}

export interface RowContext {
  columns: ColumnMap;
  /** Texts of the header row, to recognise a header repeated after a page break. */
  header: string[];
  merged: boolean;
  bold: boolean;
  /** The activity above exists and no section came since. */
  afterActivity: boolean;
  /** The text of the activity above, to tell a continuation from a new line. */
  previousName: string;
  /** The number of the next row with content ('' when it has none), null at the end. */
  nextNumber: string | null;
}

/** The header's non-empty texts, worked out once per header (the same array comes with every row). */
const nonEmptyOf = new WeakMap<string[], string[]>();
function nonEmpty(header: string[]): string[] {
  let texts = nonEmptyOf.get(header);
  if (!texts) nonEmptyOf.set(header, (texts = header.filter((t) => t !== '')));
  return texts;
}

function text(row: Cell[], column: number | undefined): string {
  return column === undefined ? '' : cellText(row[column]);
}

/** «1.1» from a number cell or from the start of the name; the name without it. */
export function splitNumber(numberText: string, name: string): { number: string; name: string } {
  const m = LEADING_NUMBER.exec(name);
  // A row number beside «1.1. …»: the activity's own number is the one in its name.
  if (numberText && m && ACTIVITY_NUMBER.test(m[1]) && /^\d{1,3}$/.test(numberText)) return { number: m[1], name: m[2].trim() };
  if (numberText) return { number: numberText, name };
  if (m && (ACTIVITY_NUMBER.test(m[1]) || /^\d{1,2}$/.test(m[1])) && !/^\d{1,2}$/.test(name.trim())) {
    return { number: m[1], name: m[2].trim() };
  }
  return { number: '', name };
}

const startsLowerOrBullet = (t: string): boolean => /^[-–—•·*]|^[а-яёa-z]/.test(t);
const isCaps = (t: string): boolean => /[А-ЯЁ]{4}/.test(t) && t === t.toUpperCase();

/** What a row is. `numberText` is the number cell, already normalised. */
export function rowShape(row: Cell[], numberText: string, ctx: RowContext): RowShape {
  const { columns } = ctx;
  const texts: string[] = [];
  for (const cell of row) {
    const t = cellText(cell);
    if (t !== '') texts.push(t);
  }
  if (!texts.length) return { kind: 'skip', reason: 'empty' };
  // The first text with its spaces folded, made only when a rule needs it (most rows are activities).
  let folded: string | undefined;
  const first = (): string => (folded ??= oneLine(texts[0]));
  const headerTexts = nonEmpty(ctx.header);
  if (areColumnNumbers(texts) || (headerTexts.length >= 2 && texts.length === headerTexts.length
    && texts.every((t, i) => foldText(t) === foldText(headerTexts[i])))) return { kind: 'skip', reason: 'header' };
  // Texts are trimmed, and folding inner spaces cannot change this test: no need to fold.
  if (TOTAL.test(texts[0])) return { kind: 'skip', reason: 'total' };

  const name = text(row, columns.name);
  const single = texts.every((t) => t === texts[0]);
  // One text alone (often merged across) is a title wherever it stands, even over the deadline column.
  const lone = single && (ctx.merged || texts.length === 1) && (SECTION_TEXT.test(first()) || SECTION_WORD.test(first()) || ctx.merged || ctx.bold);
  const planText = !lone && [columns.deadline, columns.start, columns.responsible, columns.result]
    .some((c) => c !== undefined && c !== columns.name && text(row, c) !== '');
  const { number, name: bareName } = splitNumber(numberText, name);
  const activityNumbered = ACTIVITY_NUMBER.test(number);
  const stage = text(row, columns.stage);

  if (!planText && texts.length <= 2 && SIGNATURE.test(first()) && !activityNumbered) return { kind: 'skip', reason: 'signature' };
  if (!planText && single && /^\(.*\)$/s.test(first()) && !number) return { kind: 'skip', reason: 'note' };

  if (!planText && single && !number) {
    const period = readPeriodRow(first());
    if (period) return { kind: 'period', period };
  }

  // A group column (stage, direction): its text opens a section, the activity may stand beside it.
  if (stage) return name ? { kind: 'activity', stage } : { kind: 'section', ...stageSection(stage) };
  if (!planText) {
    const section = sectionOf(numberText, name, first(), ctx, activityNumbered);
    if (section) return { kind: 'section', ...section };
  }

  // Text that carries on the activity above: no number, starts in lower case or with a dash.
  if (ctx.afterActivity && !number && !ctx.merged && !ctx.bold) {
    const lead = bareName || texts[0];
    if (startsLowerOrBullet(lead) || (!bareName && !text(row, columns.deadline) && /[,;:(\-–]$/.test(ctx.previousName))) {
      return { kind: 'continuation' };
    }
  }
  if (!bareName && !number) return { kind: 'skip', reason: 'stray' };
  return { kind: 'activity' };
}

/** A stage cell as a section: «I. Нормативное обеспечение» keeps its number. */
export function stageSection(stage: string): Omit<RowShape, 'kind'> {
  const t = stage.replace(/\s+/g, ' ').trim();
  const m = SECTION_TEXT.exec(t);
  return m ? { number: m[1], title: m[2].trim(), level: 1 } : { number: '', title: t, level: 1 };
}

function sectionOf(numberText: string, name: string, first: string, ctx: RowContext, activityNumbered: boolean): Omit<RowShape, 'kind'> | null {
  const clean = oneLine;
  // «1.» and a title with nothing else is a section when what follows is its content; when the very
  // next row is numbered on the same level («2.»), or nothing follows, it is an activity whose cells are empty.
  const word = SECTION_WORD.exec(clean(name || first));
  if (word && /^(раздел|модуль|задача|подраздел)/i.test(word[1])) {
    return { number: word[2] ?? (SECTION_NUMBER.test(numberText) ? numberText : ''), title: clean(name || first), level: 1 };
  }
  const flatNext = ctx.nextNumber === null ? !(ctx.merged || ctx.bold) : /^\d{1,2}$/.test(ctx.nextNumber.replace(/\.$/, ''));
  if (SECTION_NUMBER.test(numberText) && name && !flatNext) {
    const word = SECTION_WORD.exec(clean(name));
    const title = word && word[3] ? word[3] : clean(name);
    return { number: numberText.replace(/^раздел\s+/i, '').replace(/\.$/, ''), title, level: 1 };
  }
  const m = SECTION_TEXT.exec(clean(first));
  if (m && !activityNumbered && !(flatNext && !ctx.merged && !ctx.bold)) return { number: m[1], title: m[2].trim(), level: 1 };
  const sub = SUBSECTION_TEXT.exec(clean(first));
  if (sub && (ctx.merged || ctx.bold || isCaps(sub[2]))) {
    return { number: sub[1], title: sub[2].trim(), level: sub[1].split('.').length };
  }
  if (activityNumbered) return null;
  if (word && !numberText) return { number: word[2] ?? '', title: clean(first), level: 1 };
  if ((ctx.merged || ctx.bold) && !numberText) return { number: '', title: clean(first), level: 1 };
  return null;
}
