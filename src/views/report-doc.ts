// How the report looks in Google Docs: the 2D arrays each table is built from (one insertTable call
// per table), and the one Docs API batchUpdate that styles them — computed from the model and from the
// indexes the Docs API reported (documents.get), never from index arithmetic of our own.
import type { ReportModel, ReportSection } from '../core/report';
import { formatRu } from '../core/calendar';
import { isNoteText, scanPlaceholders, TABLE_PLACEHOLDER, type Occurrence } from '../core/placeholders';
import { REPORT } from '../text/ru';
import { reportTableWidths } from './report-layout';

// ---- The subset of the Docs API's Document resource this module reads ----------------------------
// https://developers.google.com/docs/api/reference/rest/v1/documents#Document
export interface DocsTextRun { content?: string; textStyle?: { weightedFontFamily?: { fontFamily?: string }; [k: string]: unknown } }
export interface DocsParagraphElement { startIndex?: number; endIndex?: number; textRun?: DocsTextRun }
export interface DocsParagraph { elements?: DocsParagraphElement[]; paragraphStyle?: Record<string, unknown> }
export interface DocsTableCell { startIndex?: number; endIndex?: number; content?: DocsStructuralElement[]; tableCellStyle?: Record<string, unknown> }
export interface DocsTableRow { startIndex?: number; endIndex?: number; tableCells?: DocsTableCell[] }
export interface DocsTable { rows?: number; columns?: number; tableRows?: DocsTableRow[] }
export interface DocsStructuralElement {
  startIndex?: number;
  endIndex?: number;
  paragraph?: DocsParagraph;
  table?: DocsTable;
  sectionBreak?: Record<string, unknown>;
  tableOfContents?: { content?: DocsStructuralElement[] };
}
export interface DocsSegment { headerId?: string; footerId?: string; content?: DocsStructuralElement[] }
export interface DocsDimension { magnitude?: number; unit?: string }
/** https://developers.google.com/docs/api/reference/rest/v1/documents#DocumentStyle (the fields the report reads). */
export interface DocsDocumentStyle {
  pageSize?: { width?: DocsDimension; height?: DocsDimension };
  marginLeft?: DocsDimension;
  marginRight?: DocsDimension;
  flipPageOrientation?: boolean;
}
export interface DocsDocument {
  documentId?: string;
  title?: string;
  documentStyle?: DocsDocumentStyle;
  body?: { content?: DocsStructuralElement[] };
  headers?: Record<string, DocsSegment>;
  footers?: Record<string, DocsSegment>;
}
export type DocsRequest = Record<string, unknown>;

// ---- Tables --------------------------------------------------------------------------------------

export interface TableSpec {
  kind: 'section' | 'overdue' | 'empty';
  /** The first cell's text, by which the table is found again in documents.get. */
  heading: string;
  cells: string[][];
  /** Rows (0-based) whose last column holds links: row → links. */
  links: Map<number, { text: string; url: string }[]>;
}

export function sectionTable(s: ReportSection): TableSpec {
  const n = REPORT.columns.length;
  const pad = (text: string): string[] => [text, ...Array(n - 1).fill('')];
  const cells: string[][] = [pad(s.heading), [...REPORT.columns]];
  const links = new Map<number, { text: string; url: string }[]>();
  for (const r of s.rows) {
    if (r.links.length) links.set(cells.length, r.links);
    cells.push([r.number, r.name, r.deadline, r.responsible, r.result, r.markText]);
  }
  cells.push(pad(s.progress));
  return { kind: 'section', heading: s.heading, cells, links };
}

export function overdueTable(model: ReportModel): TableSpec | null {
  if (!model.overdue.length) return null;
  const n = REPORT.overdueColumns.length;
  const cells: string[][] = [[REPORT.overdueTitle, ...Array(n - 1).fill('')], [...REPORT.overdueColumns]];
  for (const o of model.overdue) cells.push([o.number, o.activity, o.label, formatRu(o.due), String(o.days), o.responsible]);
  return { kind: 'overdue', heading: REPORT.overdueTitle, cells, links: new Map() };
}

/** Every table of the report in document order: sections, then the overdue list. */
export function reportTables(model: ReportModel): TableSpec[] {
  const tables = model.sections.map(sectionTable);
  const overdue = overdueTable(model);
  if (overdue) tables.push(overdue);
  return tables;
}

/** The paragraph inserted instead of a table when there is nothing to tabulate. */
export function closingParagraphs(model: ReportModel): string[] {
  const out: string[] = [];
  if (!model.sections.length) out.push(REPORT.noRows);
  if (!model.overdue.length) out.push(REPORT.noOverdue);
  if (model.examples) out.push(REPORT.examplesNote(model.examples));
  return out;
}

// ---- Reading documents.get -------------------------------------------------------------------------

/**
 * Document index of each character of paragraphText: page-number fields, images and other non-text elements
 * take an index of their own but bring no text (Docs API structure guide, «Start and end index»), so
 * offsets in the text are mapped through the elements, never added to the paragraph's start.
 */
export function textIndexes(p: DocsParagraph | undefined): number[] {
  const out: number[] = [];
  for (const e of p?.elements ?? []) {
    const content = e.textRun?.content;
    if (content === undefined || e.startIndex === undefined) continue;
    for (let k = 0; k < content.length; k++) out.push(e.startIndex + k);
  }
  return out;
}

/** The document range of text offsets [at, at + length) in a paragraph, or null if the API gave no indexes. */
function textRange(p: DocsParagraph | undefined, at: number, length: number): { startIndex: number; endIndex: number } | null {
  const idx = textIndexes(p);
  const first = idx[at];
  const last = idx[at + length - 1];
  return first === undefined || last === undefined ? null : { startIndex: first, endIndex: last + 1 };
}

export function paragraphText(p: DocsParagraph | undefined): string {
  return (p?.elements ?? []).map((e) => e.textRun?.content ?? '').join('');
}

/** The text of a cell (its paragraphs joined, last newline dropped). */
export function cellText(cell: DocsTableCell): string {
  return (cell.content ?? []).map((e) => paragraphText(e.paragraph)).join('').replace(/\n$/, '');
}

interface Located { segmentId: string; paragraph: DocsStructuralElement }

/** Every paragraph of a segment, with those inside tables. */
function paragraphsIn(content: DocsStructuralElement[] | undefined, segmentId: string, out: Located[] = []): Located[] {
  for (const el of content ?? []) {
    if (el.paragraph) out.push({ segmentId, paragraph: el });
    for (const row of el.table?.tableRows ?? []) for (const cell of row.tableCells ?? []) paragraphsIn(cell.content, segmentId, out);
    if (el.tableOfContents) paragraphsIn(el.tableOfContents.content, segmentId, out);
  }
  return out;
}

function allParagraphs(doc: DocsDocument): Located[] {
  const out = paragraphsIn(doc.body?.content, '');
  for (const [id, h] of Object.entries(doc.headers ?? {})) paragraphsIn(h.content, id, out);
  for (const [id, f] of Object.entries(doc.footers ?? {})) paragraphsIn(f.content, id, out);
  return out;
}

/** What the template says, read from documents.get of the fresh copy. */
export interface TemplateScan {
  /** Placeholder occurrences outside the note paragraphs. */
  occurrences: Occurrence[];
  /**
   * Body child index (as DocumentApp counts: the leading section break is not a child) of the paragraph
   * holding only {{Таблица}}; -1 when there is none; null when the mapping cannot be trusted (another
   * section break before it) and the shell must ask DocumentApp instead.
   */
  tableChild: number | null;
  /** Number of body children (where tables go when the template has no {{Таблица}} paragraph). */
  bodyChildren: number;
  /** The placeholder sits inside a table cell (the block needs a paragraph of its own). */
  tableInCell: boolean;
  /** Font of the {{Таблица}} paragraph (the tables use it), if the template sets one. */
  font: string | null;
}

export function scanTemplate(doc: DocsDocument): TemplateScan {
  const texts = allParagraphs(doc).map((l) => paragraphText(l.paragraph.paragraph)).filter((t) => !isNoteText(t));
  const occurrences = scanPlaceholders(texts);
  const content = doc.body?.content ?? [];
  let tableChild: number | null = -1;
  let font: string | null = null;
  let breaks = 0;
  let child = 0;
  for (const el of content) {
    if (el.sectionBreak) { breaks++; continue; }
    const text = paragraphText(el.paragraph);
    if (el.paragraph && /^\s*\{\{[^{}]*\}\}\s*$/.test(text) && isTableText(text)) {
      tableChild = breaks > 1 ? null : child;
      font = (el.paragraph.elements ?? []).map((e) => e.textRun?.textStyle?.weightedFontFamily?.fontFamily).find((f) => !!f) ?? null;
      break;
    }
    child++;
  }
  const bodyChildren = content.filter((e) => !e.sectionBreak).length;
  const tableInCell = tableChild === -1 && paragraphsIn(content, '').some((l) => isTableText(paragraphText(l.paragraph.paragraph)) && !content.includes(l.paragraph));
  return { occurrences, tableChild, bodyChildren, tableInCell, font };
}

function isTableText(text: string): boolean {
  return scanPlaceholders([text]).some((o) => o.name === TABLE_PLACEHOLDER);
}

// ---- The styling batch -------------------------------------------------------------------------------

export const REPORT_FONT = 'Times New Roman';
/** The tables' text size in points (the .docx report uses the same). */
export const TABLE_FONT_PT = 10;
const BLACK = { color: { rgbColor: { red: 0, green: 0, blue: 0 } } };
const HEADER_FILL = { color: { rgbColor: { red: 0.93, green: 0.93, blue: 0.93 } } };
const YELLOW = { color: { rgbColor: { red: 1, green: 0.95, blue: 0.4 } } };
const border = { width: { magnitude: 0.75, unit: 'PT' }, dashStyle: 'SOLID', color: BLACK };
const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });

export interface StyleInput {
  /** documents.get after the tables were inserted. */
  doc: DocsDocument;
  tables: TableSpec[];
  /** Placeholder name → text (from the model). */
  values: Record<string, string>;
  font: string;
}

export interface StylePlan {
  requests: DocsRequest[];
  /** Tables of the plan not found in the document (should be none). */
  missing: string[];
  /** Unknown placeholders left in the report (highlighted). */
  unknown: Occurrence[];
}

/** Our tables among the body's, matched in order by their first cell. */
function findTables(doc: DocsDocument, specs: TableSpec[]): { spec: TableSpec; el: DocsStructuralElement }[] {
  const found: { spec: TableSpec; el: DocsStructuralElement }[] = [];
  let i = 0;
  for (const el of doc.body?.content ?? []) {
    if (i >= specs.length) break;
    const first = el.table?.tableRows?.[0]?.tableCells?.[0];
    if (first && cellText(first) === specs[i].heading) found.push({ spec: specs[i++], el });
  }
  return found;
}

function rowRange(row: DocsTableRow): { startIndex: number; endIndex: number } | null {
  const cells = row.tableCells ?? [];
  const start = cells[0]?.content?.[0]?.startIndex;
  const lastContent = cells[cells.length - 1]?.content ?? [];
  const end = lastContent[lastContent.length - 1]?.endIndex;
  return start === undefined || end === undefined ? null : { startIndex: start, endIndex: end };
}

/** Ranges of `needle` inside a cell, from the text runs the API reported. */
function rangesIn(cell: DocsTableCell, needle: string): { startIndex: number; endIndex: number }[] {
  const out: { startIndex: number; endIndex: number }[] = [];
  for (const el of cell.content ?? []) {
    const text = paragraphText(el.paragraph);
    if (!needle) continue;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      const range = textRange(el.paragraph, at, needle.length);
      if (range) out.push(range);
    }
  }
  return out;
}

/** The PT value of a dimension (Docs reports page sizes and margins in PT). */
const points = (d: DocsDimension | undefined, fallback: number): number => (d?.unit === 'PT' && typeof d.magnitude === 'number' ? d.magnitude : fallback);

/**
 * The page the tables go on. The report turns a portrait document to landscape (DocumentStyle.flipPageOrientation:
 * «flip the dimensions of the page_size», https://developers.google.com/docs/api/reference/rest/v1/documents#DocumentStyle),
 * so a six-column table gets the page's long side; the text width is then the page height less the side margins.
 * Docs has per-section orientation too, but only through section breaks the template would have to allow for.
 */
export function reportPage(style: DocsDocumentStyle | undefined): { flip: boolean; textWidth: number } {
  const width = points(style?.pageSize?.width, 595.2756);
  const height = points(style?.pageSize?.height, 841.8898);
  const landscapeNow = style?.flipPageOrientation ? height > width : width > height;
  const flip = !landscapeNow;
  const long = Math.max(width, height);
  return { flip, textWidth: long - points(style?.marginLeft, 72) - points(style?.marginRight, 72) };
}

/**
 * One batchUpdate: first the styles (they move no index), then cell merges and note deletions from the
 * end of the document backwards (so each request's indexes are still those documents.get reported),
 * then the placeholder replacements (replaceAllText works by text, not by index).
 */
export function styleRequests(input: StyleInput): StylePlan {
  const { doc, tables, values, font } = input;
  const found = findTables(doc, tables);
  const styles: DocsRequest[] = [];
  const page = reportPage(doc.documentStyle);
  if (page.flip) styles.push({ updateDocumentStyle: { documentStyle: { flipPageOrientation: true }, fields: 'flipPageOrientation' } });
  // Column widths from the text and the page: each column at least as wide as its longest word.
  const widths = reportTableWidths(tables, page.textWidth, TABLE_FONT_PT);
  const widthsOf = new Map(tables.map((t, i) => [t, widths[i]]));
  const moving: { index: number; request: DocsRequest }[] = [];
  for (const { spec, el } of found) {
    const t = el.table as DocsTable;
    const rows = t.tableRows ?? [];
    const cols = spec.cells[0].length;
    const tableStartLocation = { index: el.startIndex as number };
    const all = { tableCellLocation: { tableStartLocation, rowIndex: 0, columnIndex: 0 }, rowSpan: rows.length, columnSpan: cols };
    styles.push({
      updateTableCellStyle: {
        tableRange: all,
        tableCellStyle: { borderTop: border, borderBottom: border, borderLeft: border, borderRight: border, paddingTop: pt(2), paddingBottom: pt(2), paddingLeft: pt(4), paddingRight: pt(4) },
        fields: 'borderTop,borderBottom,borderLeft,borderRight,paddingTop,paddingBottom,paddingLeft,paddingRight',
      },
    });
    styles.push({
      updateTableCellStyle: {
        tableRange: { tableCellLocation: { tableStartLocation, rowIndex: 1, columnIndex: 0 }, rowSpan: 1, columnSpan: cols },
        tableCellStyle: { backgroundColor: HEADER_FILL },
        fields: 'backgroundColor',
      },
    });
    (widthsOf.get(spec) ?? []).forEach((w, i) => styles.push({
      updateTableColumnProperties: { tableStartLocation, columnIndices: [i], tableColumnProperties: { widthType: 'FIXED_WIDTH', width: pt(w) }, fields: 'widthType,width' },
    }));
    // The title and column-name rows repeat on every page (pinTableHeaderRows: tableHeader itself is refused in
    // an updateTableRowStyle mask); no row breaks across pages (TableRowStyle.preventOverflow, every row).
    styles.push({ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: 2 } });
    styles.push({ updateTableRowStyle: { tableStartLocation, tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' } });
    const whole = rows.length ? { startIndex: rowRange(rows[0])?.startIndex, endIndex: rowRange(rows[rows.length - 1])?.endIndex } : null;
    if (whole?.startIndex !== undefined && whole.endIndex !== undefined) {
      styles.push({ updateTextStyle: { range: whole, textStyle: { weightedFontFamily: { fontFamily: font }, fontSize: pt(TABLE_FONT_PT) }, fields: 'weightedFontFamily,fontSize' } });
    }
    for (const r of [0, 1]) {
      const range = rows[r] && rowRange(rows[r]);
      if (range) styles.push({ updateTextStyle: { range, textStyle: { bold: true }, fields: 'bold' } });
    }
    const title = rows[0] && rowRange(rows[0]);
    if (title) styles.push({ updateTextStyle: { range: title, textStyle: { fontSize: pt(11) }, fields: 'fontSize' } });
    if (spec.kind === 'section' && rows.length > 2) {
      const last = rowRange(rows[rows.length - 1]);
      if (last) styles.push({ updateTextStyle: { range: last, textStyle: { italic: true }, fields: 'italic' } });
    }
    for (const [r, links] of spec.links) {
      const cell = rows[r]?.tableCells?.[cols - 1];
      if (!cell) continue;
      for (const link of links) {
        for (const range of rangesIn(cell, link.text)) {
          styles.push({ updateTextStyle: { range, textStyle: { link: { url: link.url } }, fields: 'link' } });
        }
      }
    }
    // Merge the title row and (for sections) the progress row across all columns.
    const merged = spec.kind === 'section' ? [0, rows.length - 1] : [0];
    for (const r of merged) {
      moving.push({
        index: el.startIndex as number,
        request: { mergeTableCells: { tableRange: { tableCellLocation: { tableStartLocation, rowIndex: r, columnIndex: 0 }, rowSpan: 1, columnSpan: cols } } },
      });
    }
  }

  // Unknown placeholders: highlighted where they stand (in every segment).
  const occurrences = scanPlaceholders(allParagraphs(doc).map((l) => paragraphText(l.paragraph.paragraph)).filter((t) => !isNoteText(t)));
  const unknown = occurrences.filter((o) => o.name === null);
  if (unknown.length) {
    for (const { segmentId, paragraph } of allParagraphs(doc)) {
      const text = paragraphText(paragraph.paragraph);
      if (isNoteText(text)) continue;
      for (const o of unknown) {
        for (let at = text.indexOf(o.text); at >= 0; at = text.indexOf(o.text, at + o.text.length)) {
          const found = textRange(paragraph.paragraph, at, o.text.length);
          if (!found) continue;
          const range: Record<string, unknown> = { ...found };
          if (segmentId) range.segmentId = segmentId;
          styles.push({ updateTextStyle: { range, textStyle: { backgroundColor: YELLOW }, fields: 'backgroundColor' } });
        }
      }
    }
  }

  // The note to the template's editor is not part of the report (body paragraphs only).
  const body = doc.body?.content ?? [];
  const lastParagraph = [...body].reverse().find((e) => e.paragraph);
  body.forEach((el, k) => {
    if (!el.paragraph || !isNoteText(paragraphText(el.paragraph))) return;
    const start = el.startIndex as number;
    // Docs refuses to delete the body's last newline and the newline before a table, table of contents or
    // section break (DeleteContentRangeRequest): such a paragraph is emptied instead.
    const next = body[k + 1];
    const keepNewline = el === lastParagraph || !!(next && (next.table || next.tableOfContents || next.sectionBreak));
    const end = keepNewline ? (el.endIndex as number) - 1 : (el.endIndex as number);
    if (end > start) moving.push({ index: start, request: { deleteContentRange: { range: { startIndex: start, endIndex: end } } } });
  });
  moving.sort((a, b) => b.index - a.index);

  const replace: DocsRequest[] = occurrences.filter((o) => o.name !== null).map((o) => ({
    replaceAllText: { containsText: { text: o.text, matchCase: true }, replaceText: o.name === TABLE_PLACEHOLDER ? '' : values[o.name as string] ?? '' },
  }));
  const foundSpecs = new Set(found.map((f) => f.spec));
  return {
    requests: [...styles, ...moving.map((m) => m.request), ...replace],
    missing: tables.filter((t) => !foundSpecs.has(t)).map((t) => t.heading),
    unknown,
  };
}
