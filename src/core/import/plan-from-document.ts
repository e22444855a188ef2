// A plan from a document: the plan's table(s) found and joined (a table broken by a page break, its
// header repeated), merged cells resolved (a title merged across stays one merged row; one
// «Ответственные» merged down several rows is each row's), and the title, organisation and approving
// order above the table read for «Настройки». The result is the grid to write and what it reads as.
import { parseRuDate, type IsoDate } from '../calendar';
import { foldText, type Cell } from '../cells';
import { readRoadmap, type Roadmap } from '../roadmap';
import { isColumnNumberRow, type Merge } from '../roadmap/columns';
import { inferPlan, type SettingsDefaults } from '../settings';
import { PLAN_IMPORT } from '../../text/ru';
import type { DocModel, DocTable } from './document';

export interface PlanInfo {
  title: string;
  organisation: string;
  /** The approving order as written above the table («Приказом … от 16.12.2022 № 135»). */
  order: string;
  approved: IsoDate | '';
}

export interface ImportedPlan {
  /** The cells to write, row by row: the plan's table(s) joined, header once. */
  values: string[][];
  /** 0-based rows to merge across (section titles merged in the document). */
  mergedRows: number[];
  roadmap: Roadmap;
  info: PlanInfo;
  /** «Настройки» for a spreadsheet that has none yet. */
  defaults: SettingsDefaults;
  /** Text found in the document that is not in the plan (paragraphs between tables, other tables, skipped rows). */
  notPlaced: string[];
}

export type ImportRead = { ok: true; plan: ImportedPlan } | { ok: false; message: string };

interface Grid { values: string[][]; merges: Merge[]; mergedRows: Set<number> }

/** A table as a grid: covered cells empty, except that a merge down the rows gives its text to every row. */
export function gridOf(table: DocTable): Grid {
  const width = Math.max(0, ...table.rows.map((r) => r.length));
  const values = table.rows.map((row) => Array.from({ length: width }, (_, c) => (row[c] && !row[c].covered ? row[c].text.trim() : '')));
  const merges: Merge[] = [];
  const mergedRows = new Set<number>();
  table.rows.forEach((row, r) => row.forEach((cell, c) => {
    if (cell.covered || (cell.colSpan <= 1 && cell.rowSpan <= 1)) return;
    merges.push({ row: r, column: c, rows: Math.max(1, cell.rowSpan), columns: Math.max(1, cell.colSpan) });
    if (cell.colSpan > 1) for (let k = r; k < r + Math.max(1, cell.rowSpan); k++) mergedRows.add(k);
    if (cell.rowSpan > 1 && cell.colSpan <= 1) {
      for (let k = r + 1; k < Math.min(values.length, r + cell.rowSpan); k++) if (!values[k][c]) values[k][c] = values[r][c];
    }
  }));
  return { values, merges, mergedRows };
}

const same = (a: string[], b: string[]): boolean =>
  a.length === b.length && a.every((t, i) => foldText(t) === foldText(b[i] ?? ''));

export function planFromDocument(doc: DocModel, today: IsoDate): ImportRead {
  const tables = doc.blocks.map((b, i) => ({ b, i })).filter((x) => x.b.kind === 'table');
  let first = -1;
  let grid: Grid | null = null;
  let header: string[][] = [];
  for (const { b, i } of tables) {
    if (b.kind !== 'table') continue;
    const g = gridOf(b.table);
    const read = readRoadmap(g.values, { mergedRows: g.mergedRows, merges: g.merges });
    if (read.ok && read.roadmap.activities.length) {
      first = i;
      grid = g;
      header = g.values.slice(read.roadmap.headerRow - 1, read.roadmap.headerBottom);
      break;
    }
  }
  if (!grid) return { ok: false, message: tables.length ? PLAN_IMPORT.noPlanTable(tables.length) : PLAN_IMPORT.noTables };

  const notPlaced: string[] = [];
  const values = [...grid.values];
  const mergedRows = new Set(grid.mergedRows);
  const merges = [...grid.merges];
  const width = values[0]?.length ?? 0;
  // The tables that carry the plan on: same width, after the first; a repeated header is dropped.
  let pendingText: string[] = [];
  for (let i = first + 1; i < doc.blocks.length; i++) {
    const b = doc.blocks[i];
    if (b.kind === 'paragraph') {
      if (b.text.trim()) pendingText.push(b.text.trim());
      continue;
    }
    const g = gridOf(b.table);
    if ((g.values[0]?.length ?? 0) !== width) {
      notPlaced.push(...pendingText, PLAN_IMPORT.otherTable(g.values.length));
      pendingText = [];
      continue;
    }
    notPlaced.push(...pendingText);
    pendingText = [];
    let skip = 0;
    while (skip < g.values.length && (same(g.values[skip], header[skip] ?? []) || isColumnNumberRow(g.values[skip]))) skip++;
    const offset = values.length - skip;
    g.values.slice(skip).forEach((row) => values.push(row));
    g.mergedRows.forEach((r) => r >= skip && mergedRows.add(offset + r));
    g.merges.filter((m) => m.row >= skip).forEach((m) => merges.push({ ...m, row: offset + m.row }));
  }
  notPlaced.push(...pendingText);

  const read = readRoadmap(values, { mergedRows, merges });
  if (!read.ok) return { ok: false, message: PLAN_IMPORT.noPlanTable(tables.length) };
  const roadmap = read.roadmap;
  for (const s of roadmap.skipped) if (s.reason === 'stray') notPlaced.push(values[s.row - 1].filter(Boolean).join(' '));

  const before = doc.blocks.slice(0, first).flatMap((b) => (b.kind === 'paragraph' ? [b.text.trim()] : []));
  const info = planInfo(before);
  const deadlines = roadmap.activities.map((a) => a.deadlineText);
  const plan = inferPlan([info.title, info.order, ...deadlines], today);
  // The plan starts when it was approved (the engine makes no checkpoint before that day anyway).
  if (info.approved && info.approved.slice(0, 7) > plan.from && info.approved.slice(0, 7) <= plan.to) plan.from = info.approved.slice(0, 7);
  if (info.approved) plan.approved = info.approved;
  const defaults: SettingsDefaults = { plan };
  if (info.organisation) defaults.organisation = info.organisation;
  if (info.title) defaults.planTitle = info.title;
  const asText: Cell[][] = values;
  return { ok: true, plan: { values: asText as string[][], mergedRows: [...mergedRows].sort((a, b) => a - b), roadmap, info, defaults, notPlaced } };
}

const ORDER = /(приказ|распоряжени|постановлени)/i;
const TITLE = /(план|дорожн|программ|график)/i;
const ORGANISATION = /(?<![А-ЯЁа-яё])[А-ЯЁ]{2,6}(?: [А-ЯЁ]{2,4})?\s*«[^»]{2,80}»/;

/** Title, organisation and approving order from the paragraphs above the plan's table. */
export function planInfo(paragraphs: string[]): PlanInfo {
  const lines = paragraphs.map((p) => p.replace(/\s+/g, ' ').trim());
  let order = '';
  const o = lines.findIndex((l) => ORDER.test(l));
  if (o >= 0) {
    order = lines[o];
    for (let k = o + 1; k < lines.length && /^(от|№)\s/i.test(lines[k]); k++) order += ` ${lines[k]}`;
  }
  let title = '';
  const t = lines.findIndex((l, i) => TITLE.test(l) && !ORDER.test(l) && i !== o);
  if (t >= 0) {
    const parts: string[] = [];
    for (let k = t; k < lines.length && lines[k] && !ORDER.test(lines[k]); k++) parts.push(lines[k]);
    title = parts.join(' ');
  }
  const organisation = (ORGANISATION.exec(title) ?? ORGANISATION.exec(order))?.[0].replace(/\s+«/, ' «') ?? '';
  const date = /(\d{1,2}\.\d{1,2}\.\d{4})/.exec(order.replace(/от\s+«(\d{1,2})»\s*/, 'от $1.'));
  const approved = date ? parseRuDate(date[1]) ?? '' : '';
  return { title, organisation, order, approved };
}
