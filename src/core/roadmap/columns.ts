// Which column holds what: the header is found by evidence, not by exact titles. Every header cell
// (over one to three rows, merged, with line breaks) is scored against the words plans use for each
// role, and every column's content is scored too (a column of deadline-like phrases is the deadline
// column whatever its title). Columns nobody recognises are kept and ignored.
import { cellText, foldText, type Cell } from '../cells';

/** What a column can hold. `start` is a separate «Начало» column; `stage` a group column left of the activities. */
export type ColumnRole = 'number' | 'name' | 'deadline' | 'start' | 'responsible' | 'result' | 'stage';
export const COLUMN_ROLES: ColumnRole[] = ['number', 'name', 'deadline', 'start', 'responsible', 'result', 'stage'];

/** 0-based column of each role found. */
export type ColumnMap = Partial<Record<ColumnRole, number>>;

/** A merged range as plain data: 0-based top-left and size. */
export interface Merge { row: number; column: number; rows: number; columns: number }

export interface HeaderFound {
  /** 0-based first header row. */
  top: number;
  /** 0-based last row that belongs to the header (continuation rows, the row of column numbers). */
  bottom: number;
  columns: ColumnMap;
  /** The header text of every column, rows joined with spaces. */
  headers: string[];
  /** How each role was found: by its title, by the column's content, or told by the user. */
  evidence: Partial<Record<ColumnRole, 'header' | 'content' | 'user'>>;
  /** True when no role rests on content alone and no two columns compete for the activity. */
  sure: boolean;
  /** Last column with a header. */
  width: number;
}

export type HeaderSearch = { ok: true; header: HeaderFound } | { ok: false; missing: ColumnRole[]; best: HeaderFound | null };

/** How far down the header may be (title rows, the approval stamp and the order above it are common). */
const HEADER_SEARCH_ROWS = 20;
/** Rows below a candidate header whose content is scored. */
const BODY_SAMPLE = 40;

// Keyword stems per role (folded text). The strongest keyword decides, then the earliest:
// «Ответственный исполнитель ВЦП, основного мероприятия» is the responsible column, «Сроки … начало» the start.
// (JavaScript's \b knows no Cyrillic: word edges are spelled out.)
const S = '(?<![а-яёa-z0-9])';
const E = '(?![а-яёa-z0-9])';
const re = (source: string): RegExp => new RegExp(source.replace(/<</g, S).replace(/>>/g, E));
const KEYWORDS: [ColumnRole, RegExp, number][] = [
  ['start', re('<<начал[оа]>>'), 5],
  ['deadline', re('<<(окончани[ея]|завершени[ея])>>'), 5],
  ['deadline', re('<<срок|<<дата>>|<<даты>>|<<период (реализации|исполнения|проведения)|время проведения|<<когда>>'), 3],
  ['responsible', re('ответствен|исполнител|<<кто>>'), 3],
  ['result', re('результат|показател|итоговый документ|вид документа|форма (отчет|отчетности|завершения)|<<выход'), 3],
  ['stage', re('наименование этапа|^этап>>|^направлени[ея] мероприятий|^модул|^задач'), 4],
  ['name', re('мероприяти|содержание|наименование|^дела>>|^дело>>|направлени[ея] деятельности|^тема>>|виды? (работ|деятельности)|^действи'), 3],
];
const NUMBER_HEADER = /^(№|n|no|n°|номер( строки| мероприятия| п\/п)?)\s*(п\s*\/?\s*п\.?)?$|^п\s*\/\s*п$/;

/** Role and score a header text suggests (0 when none): the keyword found first in the text wins. */
export function headerRole(text: string): { role: ColumnRole; score: number } | null {
  const h = foldText(text).replace(/[:*]+$/, '').replace(/-\s+/g, '').trim();
  if (!h) return null;
  if (NUMBER_HEADER.test(h.replace(/\s+/g, ' '))) return { role: 'number', score: 3 };
  let best: { role: ColumnRole; score: number; at: number } | null = null;
  for (const [role, re, score] of KEYWORDS) {
    const m = re.exec(h);
    if (!m) continue;
    // A keyword deep inside a long title counts a little less («Последствия нереализации … мероприятия»).
    const s = score - (m.index > 0 ? 1 : 0);
    if (!best || s > best.score || (s === best.score && m.index < best.at)) best = { role, score: s, at: m.index };
  }
  return best && best.score > 0 ? { role: best.role, score: best.score } : null;
}

const MONTH = '(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|янв|фев|мар|апр|авг|сен|окт|ноя|дек)';
const DEADLINE_LIKE = new RegExp(
  `${MONTH}|квартал|полугоди|\\b(19|20)\\d\\d\\b|\\d{1,2}\\.\\d{1,2}(\\.\\d{2,4})?|ежегодн|ежемесячн|ежеквартальн|еженедельн|постоянн|в течение|по мере|раз в|каждый|до \\d|учебн`, 'i');
const PERSON_LIKE = /[А-ЯЁ]\.\s?[А-ЯЁ]\.|директор|заместител|зам\.|заведующ|учител|руководител|педагог|психолог|куратор|классн|министерств|управлени|отдел|департамент|администраци|(?<![а-яё])(оо|оу|доу)(?![а-яё])|комисси|совет|группа|специалист|методист|организатор|советник/i;
const NUMBER_LIKE = /^([IVXivx]{1,4}|\d{1,2}(\.\d{1,3})*)\.?$/;

interface ContentScore { deadline: number; responsible: number; number: number; length: number; filled: number }

/** What one cell's text looks like; 0 / 1 flags so they add up. */
interface CellLook { length: number; deadline: number; responsible: number; number: number }

/** Each candidate header row samples the rows below it: the samples overlap, so each cell is looked at once. */
type LookMemo = Map<number, CellLook | null>;

function cellLook(values: Cell[][], r: number, c: number, memo: LookMemo): CellLook | null {
  const id = r * 20000 + c; // Sheets has at most 18,278 columns
  let look = memo.get(id);
  if (look === undefined) {
    const t = cellText(values[r]?.[c]);
    look = t ? {
      length: t.length,
      deadline: t.length < 120 && DEADLINE_LIKE.test(t) ? 1 : 0,
      responsible: t.length < 200 && PERSON_LIKE.test(t) ? 1 : 0,
      number: NUMBER_LIKE.test(t.replace(/\s+/g, '')) ? 1 : 0,
    } : null;
    memo.set(id, look);
  }
  return look;
}

function contentScores(values: Cell[][], from: number, width: number, memo: LookMemo): ContentScore[] {
  const out: ContentScore[] = [];
  for (let c = 0; c < width; c++) {
    let filled = 0, deadline = 0, responsible = 0, number = 0, length = 0;
    for (let r = from; r < Math.min(values.length, from + BODY_SAMPLE); r++) {
      const look = cellLook(values, r, c, memo);
      if (!look) continue;
      filled++;
      length += look.length;
      deadline += look.deadline;
      responsible += look.responsible;
      number += look.number;
    }
    const f = Math.max(filled, 1);
    out.push({ deadline: deadline / f, responsible: responsible / f, number: number / f, length: length / f, filled });
  }
  return out;
}

/** A row of column numbers under the header: 1, 2, 3 … */
export function isColumnNumberRow(row: Cell[]): boolean {
  return areColumnNumbers(row.map(cellText).filter((t) => t !== ''));
}

/** The same, on a row's non-empty texts. */
export function areColumnNumbers(texts: string[]): boolean {
  return texts.length >= 2 && texts.every((t, i) => t.replace(/\.$/, '') === String(i + 1));
}

/** A row that carries a header on (words broken over rows, sub-headers under a merged group). */
function continuesHeader(row: Cell[] | undefined): boolean {
  if (!row) return false;
  const texts = row.map(cellText).filter((t) => t !== '');
  if (!texts.length) return false;
  if (isColumnNumberRow(row)) return true;
  return texts.every((t) => t.length <= 40 && !/\d/.test(t) && !/^(раздел|модуль)(?![а-яё])/i.test(t) && !/^[IVX]{1,4}\.\s/.test(t));
}

/** Header texts over rows top..bottom; a cell covered by a merge reads the merge's text. */
function headerTexts(values: Cell[][], top: number, bottom: number, width: number, merges: Merge[]): string[] {
  const at = (r: number, c: number): string => {
    const own = cellText(values[r]?.[c]);
    if (own) return own;
    const m = merges.find((g) => r >= g.row && r < g.row + g.rows && c >= g.column && c < g.column + g.columns);
    return m && (m.row !== r || m.column !== c) ? cellText(values[m.row]?.[m.column]) : '';
  };
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      if (r > top && isColumnNumberRow(values[r])) continue;
      let t = at(r, c);
      // Without merge data: an empty group cell above a sub-header takes the group title on its left.
      // (Only when the column on the left has a sub-header too: a title merged down stays in its column.)
      if (!t && r < bottom && !merges.length && c > 0 && cellText(values[r + 1]?.[c]) && cellText(values[r + 1]?.[c - 1])) {
        for (let k = c - 1; k >= 0 && !t; k--) t = cellText(values[r]?.[k]);
      }
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    out.push(parts.join(' ').replace(/\s+/g, ' ').trim());
  }
  return out;
}

/** Roles from header texts and content: one column per role, one role per column. */
function assignRoles(headers: string[], content: ContentScore[]): { columns: ColumnMap; evidence: HeaderFound['evidence']; score: number; sure: boolean } {
  // `score` chooses between columns; `title` (the header's own evidence) chooses between header rows.
  type Candidate = { role: ColumnRole; column: number; score: number; title: number };
  const candidates: Candidate[] = [];
  headers.forEach((h, column) => {
    const guess = headerRole(h);
    if (!guess) return;
    const c = content[column];
    let bonus = 0;
    if (guess.role === 'deadline' || guess.role === 'start') bonus = c.deadline;
    if (guess.role === 'responsible') bonus = c.responsible;
    if (guess.role === 'name' || guess.role === 'stage') bonus = Math.min(c.length / 100, 1);
    if (guess.role === 'number') bonus = c.number;
    candidates.push({ role: guess.role, column, score: guess.score * 10 + bonus * 5, title: guess.score * 10 });
    // «Направления деятельности» / «Мероприятия» read as either the activity or the group column.
    if (guess.role === 'stage') candidates.push({ role: 'name', column, score: 15 + Math.min(c.length / 100, 1) * 5, title: 15 });
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const columns: ColumnMap = {};
  const evidence: HeaderFound['evidence'] = {};
  const taken = new Set<number>();
  let score = 0;
  // Every role but the group column first; the group column then takes what is left of the activities.
  for (const pass of ['main', 'stage'] as const) {
    for (const c of candidates) {
      if ((c.role === 'stage') !== (pass === 'stage')) continue;
      if (columns[c.role] !== undefined || taken.has(c.column)) continue;
      if (c.role === 'stage' && (columns.name === undefined || c.column > columns.name)) continue;
      columns[c.role] = c.column;
      evidence[c.role] = 'header';
      taken.add(c.column);
      score += c.title;
    }
  }
  let sure = true;
  // A start column alone is the deadline («Сроки проведения: начало» with no end).
  if (columns.deadline === undefined && columns.start !== undefined) {
    columns.deadline = columns.start;
    evidence.deadline = 'header';
    delete columns.start;
    delete evidence.start;
  }
  // No deadline title: a column of deadline-like phrases is the deadline column.
  if (columns.deadline === undefined) {
    let best = -1;
    content.forEach((c, column) => {
      if (taken.has(column) || c.filled < 2 || c.deadline < 0.6) return;
      if (best < 0 || c.deadline > content[best].deadline) best = column;
    });
    if (best >= 0) {
      columns.deadline = best;
      evidence.deadline = 'content';
      taken.add(best);
      score += 10;
      sure = false;
    }
  }
  if (columns.name !== undefined && (evidence.name !== 'header' || headerRole(headers[columns.name])?.role !== 'name')) sure = false;
  return { columns, evidence, score, sure };
}

/**
 * The header: the rows (within the first twenty) whose cells best name the plan's columns, with an
 * activity column and a deadline or responsible column at least. `fixed` (the user's answer, kept in
 * «Настройки») replaces the guesses.
 */
export function findHeader(values: Cell[][], merges: Merge[] = [], fixed: ColumnMap = {}): HeaderSearch {
  let best: (HeaderFound & { score: number }) | null = null;
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  const looks: LookMemo = new Map();
  for (let top = 0; top < limit; top++) {
    const row = values[top] ?? [];
    if (!row.some((c) => cellText(c) !== '')) continue;
    let bottom = top;
    while (bottom < top + 3 && bottom + 1 < values.length && continuesHeader(values[bottom + 1])) bottom++;
    // Rows merged down from the header (a vertical merge of the top row) belong to it too.
    for (const m of merges) if (m.row === top && m.rows > 1) bottom = Math.max(bottom, Math.min(top + 2, m.row + m.rows - 1));
    if (bottom + 1 < values.length && isColumnNumberRow(values[bottom + 1])) bottom++;
    let width = 0;
    for (let r = top; r <= bottom; r++) {
      const v = values[r] ?? [];
      for (let c = v.length - 1; c >= width; c--) if (cellText(v[c])) { width = c + 1; break; }
    }
    const headers = headerTexts(values, top, bottom, width, merges);
    const content = contentScores(values, bottom + 1, width, looks);
    const assigned = assignRoles(headers, content);
    for (const [role, column] of Object.entries(fixed) as [ColumnRole, number][]) {
      for (const r of Object.keys(assigned.columns) as ColumnRole[]) if (assigned.columns[r] === column) delete assigned.columns[r];
      assigned.columns[role] = column;
      assigned.evidence[role] = 'user';
    }
    const usable = assigned.columns.name !== undefined && (assigned.columns.deadline !== undefined || assigned.columns.responsible !== undefined);
    const score = assigned.score + (usable ? 1000 : 0);
    if (!best || score > best.score) {
      const told = Object.keys(fixed).length > 0;
      best = { top, bottom, columns: assigned.columns, headers, evidence: assigned.evidence, sure: told || assigned.sure, width, score };
    }
  }
  if (!best) return { ok: false, missing: ['name', 'deadline', 'responsible'], best: null };
  const { score: _score, ...header } = best;
  const c = header.columns;
  if (c.name === undefined || (c.deadline === undefined && c.responsible === undefined)) {
    const missing: ColumnRole[] = [];
    if (c.name === undefined) missing.push('name');
    if (c.deadline === undefined) missing.push('deadline');
    if (c.responsible === undefined) missing.push('responsible');
    return { ok: false, missing, best: header };
  }
  return { ok: true, header };
}
