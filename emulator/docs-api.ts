// The advanced Docs service (`Docs.Documents.get` / `batchUpdate`) over the emulated documents: the
// Document resource with structural indexes, and the request kinds the add-on uses.
// https://developers.google.com/docs/api/reference/rest/v1/documents
//
// Indexes follow the Docs API's rules as documented: the body opens with a section break [0,1); a
// paragraph spans its text and its newline; a table, each row and each cell take one index for their
// start, and a table one more for its end (so the first cell of a table starting at 2 holds its text
// at 5, its neighbour at 7 — the figures Google's table guide shows). Headers and footers count from 0.
// The API sees what was saved: DocumentApp edits show up only after saveAndClose (or the end of the run).
import * as vm from 'node:vm';
import { SCOPES, requireAuthorized } from './context';
import type { Env } from './env';
import { instrument } from './instrument';
import { apiError, DRIVE_FILE_SCOPE, type DriveState } from './drive';
import {
  CellNode, DocModel, ParagraphNode, SectionNode, TableNode, replaceRange, styleRange, type Block, type Heading, type TextStyle,
} from './document/model';

interface ParaSpan { node: ParagraphNode; start: number; end: number; segment: string; topLevel: boolean }
interface TableSpan { node: TableNode; start: number; end: number; segment: string }
interface Layout { paragraphs: ParaSpan[]; tables: TableSpan[]; ends: Map<string, number> }

const NAMED: Record<Heading, string> = {
  NORMAL: 'NORMAL_TEXT', HEADING1: 'HEADING_1', HEADING2: 'HEADING_2', HEADING3: 'HEADING_3', HEADING4: 'HEADING_4',
  HEADING5: 'HEADING_5', HEADING6: 'HEADING_6', TITLE: 'TITLE', SUBTITLE: 'SUBTITLE',
};
const ALIGN: Record<string, string> = { LEFT: 'START', CENTER: 'CENTER', RIGHT: 'END', JUSTIFY: 'JUSTIFIED' };

const rgb = (hex: string) => {
  const n = parseInt(hex.replace('#', ''), 16);
  return { color: { rgbColor: { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 } } };
};
function hexOf(c: unknown): string | undefined {
  const rgbColor = (c as { color?: { rgbColor?: { red?: number; green?: number; blue?: number } } })?.color?.rgbColor;
  if (!rgbColor) return undefined;
  const h = (v = 0) => Math.round(v * 255).toString(16).padStart(2, '0');
  return `#${h(rgbColor.red)}${h(rgbColor.green)}${h(rgbColor.blue)}`;
}

function textStyleJson(s: TextStyle): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (s.bold) out.bold = true;
  if (s.italic) out.italic = true;
  if (s.underline) out.underline = true;
  if (s.strikethrough) out.strikethrough = true;
  if (s.link) out.link = { url: s.link };
  if (s.fontFamily) out.weightedFontFamily = { fontFamily: s.fontFamily, weight: 400 };
  if (s.fontSize) out.fontSize = { magnitude: s.fontSize, unit: 'PT' };
  if (s.foregroundColor) out.foregroundColor = rgb(s.foregroundColor);
  if (s.backgroundColor) out.backgroundColor = rgb(s.backgroundColor);
  return out;
}

/** The Document resource and the index layout behind it. */
export function renderDocument(doc: DocModel): { json: Record<string, unknown>; layout: Layout } {
  const layout: Layout = { paragraphs: [], tables: [], ends: new Map() };
  const renderBlocks = (blocks: Block[], pos: number, segment: string, topLevel: boolean): { content: unknown[]; pos: number } => {
    const content: unknown[] = [];
    for (const b of blocks) {
      if (b.kind === 'paragraph') {
        const start = pos;
        const elements: unknown[] = [];
        for (const r of b.runs) {
          if (r.style.inline) {
            // One element per page number or image, each one index wide, with no text.
            for (let k = 0; k < r.text.length; k++, pos++) {
              elements.push(r.style.inline === 'PAGE_NUMBER'
                ? { startIndex: pos, endIndex: pos + 1, autoText: { type: 'PAGE_NUMBER', textStyle: {} } }
                : { startIndex: pos, endIndex: pos + 1, inlineObjectElement: { inlineObjectId: `kix.img${pos}`, textStyle: {} } });
            }
            continue;
          }
          elements.push({ startIndex: pos, endIndex: pos + r.text.length, textRun: { content: r.text, textStyle: textStyleJson(r.style) } });
          pos += r.text.length;
        }
        // The newline closes the last text run (or stands alone after a non-text element or in an empty paragraph).
        const last = elements[elements.length - 1] as { endIndex: number; textRun?: { content: string } } | undefined;
        if (last?.textRun) { last.textRun.content += '\n'; last.endIndex += 1; } else elements.push({ startIndex: pos, endIndex: pos + 1, textRun: { content: '\n', textStyle: {} } });
        pos += 1;
        const paragraphStyle: Record<string, unknown> = { namedStyleType: NAMED[b.style.heading] };
        if (b.style.alignment) paragraphStyle.alignment = ALIGN[b.style.alignment];
        if (b.style.spaceBefore !== undefined) paragraphStyle.spaceAbove = { magnitude: b.style.spaceBefore, unit: 'PT' };
        if (b.style.spaceAfter !== undefined) paragraphStyle.spaceBelow = { magnitude: b.style.spaceAfter, unit: 'PT' };
        const paragraph: Record<string, unknown> = { elements, paragraphStyle };
        if (b.listItem) paragraph.bullet = { listId: 'kix.list1', nestingLevel: b.nesting };
        content.push({ startIndex: start, endIndex: pos, paragraph });
        layout.paragraphs.push({ node: b, start, end: pos, segment, topLevel });
      } else {
        const start = pos;
        pos += 1;
        const tableRows: unknown[] = [];
        for (const row of b.rows) {
          const rowStart = pos;
          pos += 1;
          const tableCells: unknown[] = [];
          for (const cell of row.cells) {
            const cellStart = pos;
            pos += 1;
            const inner = renderBlocks(cell.children, pos, segment, false);
            pos = inner.pos;
            const tableCellStyle: Record<string, unknown> = { rowSpan: cell.rowSpan, columnSpan: cell.colSpan };
            if (cell.background) tableCellStyle.backgroundColor = rgb(cell.background);
            for (const side of ['top', 'bottom', 'left', 'right'] as const) {
              const bd = cell.borders[side];
              if (bd) tableCellStyle[`border${side[0].toUpperCase()}${side.slice(1)}`] = { width: { magnitude: bd.width, unit: 'PT' }, dashStyle: 'SOLID', color: rgb(bd.color) };
            }
            for (const side of ['top', 'bottom', 'left', 'right'] as const) {
              const v = cell.padding[side];
              if (v !== undefined) tableCellStyle[`padding${side[0].toUpperCase()}${side.slice(1)}`] = { magnitude: v, unit: 'PT' };
            }
            tableCells.push({ startIndex: cellStart, endIndex: pos, content: inner.content, tableCellStyle });
          }
          // A pinned header row reads back as tableHeader: true (what pinTableHeaderRows sets; gogcli's live test,
          // https://github.com/openclaw/gogcli/pull/862, read it back so through documents.get).
          const tableRowStyle: Record<string, unknown> = { minRowHeight: row.minRowHeight ? { magnitude: row.minRowHeight, unit: 'PT' } : { unit: 'PT' } };
          if (row.preventOverflow) tableRowStyle.preventOverflow = true;
          if (b.rows.indexOf(row) < b.pinnedHeaderRows) tableRowStyle.tableHeader = true;
          tableRows.push({ startIndex: rowStart, endIndex: pos, tableCells, tableRowStyle });
        }
        pos += 1;
        const tableColumnProperties = Array.from({ length: b.width }, (_, i) => (b.widths[i] ? { widthType: 'FIXED_WIDTH', width: { magnitude: b.widths[i], unit: 'PT' } } : { widthType: 'EVENLY_DISTRIBUTED' }));
        content.push({ startIndex: start, endIndex: pos, table: { rows: b.rows.length, columns: b.width, tableRows, tableStyle: { tableColumnProperties } } });
        layout.tables.push({ node: b, start, end: pos, segment });
      }
    }
    return { content, pos };
  };
  const body = renderBlocks(doc.body.children, 1, '', true);
  layout.ends.set('', body.pos);
  const json: Record<string, unknown> = {
    documentId: doc.id,
    title: doc.name,
    body: { content: [{ endIndex: 1, sectionBreak: { sectionStyle: { columnSeparatorStyle: 'NONE', contentDirection: 'LEFT_TO_RIGHT', sectionType: 'CONTINUOUS' } } }, ...body.content] },
    documentStyle: documentStyleJson(doc) as Record<string, unknown>,
    revisionId: `rev-${doc.id.slice(-6)}`,
  };
  const style = json.documentStyle as Record<string, unknown>;
  for (const seg of [doc.header, doc.footer]) {
    if (!seg) continue;
    const r = renderBlocks(seg.children, 0, seg.id, true);
    layout.ends.set(seg.id, r.pos);
    const key = seg.section === 'header' ? 'headers' : 'footers';
    (json[key] ??= {} as Record<string, unknown>);
    (json[key] as Record<string, unknown>)[seg.id] = seg.section === 'header' ? { headerId: seg.id, content: r.content } : { footerId: seg.id, content: r.content };
    style[seg.section === 'header' ? 'defaultHeaderId' : 'defaultFooterId'] = seg.id;
  }
  return { json, layout };
}

/** DocumentStyle: the page as stored (flipPageOrientation does not change pageSize, it turns the page). */
function documentStyleJson(doc: DocModel): Record<string, unknown> {
  const p = doc.page;
  const dim = (magnitude: number) => ({ magnitude, unit: 'PT' });
  const out: Record<string, unknown> = {
    pageSize: { width: dim(p.width), height: dim(p.height) },
    marginTop: dim(p.marginTop), marginBottom: dim(p.marginBottom), marginLeft: dim(p.marginLeft), marginRight: dim(p.marginRight),
  };
  if (p.flipPageOrientation !== undefined) out.flipPageOrientation = p.flipPageOrientation;
  return out;
}

class BadRequest extends Error {}

function modelStyle(textStyle: Record<string, unknown>, fields: string): Partial<Record<keyof TextStyle, unknown>> {
  const all = ['bold', 'italic', 'underline', 'strikethrough', 'link', 'weightedFontFamily', 'fontSize', 'foregroundColor', 'backgroundColor'];
  const list = fields === '*' ? all : fields.split(',').map((f) => f.trim());
  const out: Partial<Record<keyof TextStyle, unknown>> = {};
  for (const f of list) {
    const v = textStyle[f];
    switch (f) {
      case 'bold': case 'italic': case 'underline': case 'strikethrough': out[f] = v ? true : undefined; break;
      case 'link': out.link = (v as { url?: string } | undefined)?.url; break;
      case 'weightedFontFamily': out.fontFamily = (v as { fontFamily?: string } | undefined)?.fontFamily; break;
      case 'fontSize': out.fontSize = (v as { magnitude?: number } | undefined)?.magnitude; break;
      case 'foregroundColor': out.foregroundColor = hexOf(v); break;
      case 'backgroundColor': out.backgroundColor = hexOf(v); break;
      default: throw new BadRequest(`Invalid field mask: ${f}`);
    }
  }
  return out;
}

/** Applies one request to `doc`; returns its reply. */
function applyRequest(doc: DocModel, req: Record<string, unknown>, i: number, cache: { layout: Layout | null }): Record<string, unknown> {
  const kinds = Object.keys(req);
  if (kinds.length !== 1) throw new BadRequest(`Invalid requests[${i}]: exactly one kind of request is expected.`);
  const kind = kinds[0];
  const r = req[kind] as Record<string, any>;
  const layout = cache.layout ?? (cache.layout = renderDocument(doc).layout);
  // Requests that move indexes drop the cached layout; styling keeps it.
  const moved = (): void => { cache.layout = null; };
  const bad = (msg: string): never => { throw new BadRequest(`Invalid requests[${i}].${kind}: ${msg}`); };
  const tableAt = (loc: { index?: number; segmentId?: string } | undefined): TableNode => {
    const t = layout.tables.find((s) => s.start === loc?.index && s.segment === (loc?.segmentId ?? ''));
    return t ? t.node : bad('The provided table start location is invalid.');
  };
  const rangeCheck = (range: { startIndex?: number; endIndex?: number; segmentId?: string } | undefined): { a: number; b: number; seg: string } => {
    const seg = range?.segmentId ?? '';
    const end = layout.ends.get(seg);
    if (end === undefined) return bad(`Segment ${seg} not found.`);
    const a = range?.startIndex ?? -1;
    const b = range?.endIndex ?? -1;
    if (!(a >= (seg ? 0 : 1)) || !(b > a)) return bad('The range is invalid.');
    if (b > end) return bad(`Index ${b - 1} must be less than the end index of the referenced segment, ${end}.`);
    return { a, b, seg };
  };
  const cellsOf = (tr: { tableCellLocation?: { tableStartLocation?: { index?: number }; rowIndex?: number; columnIndex?: number }; rowSpan?: number; columnSpan?: number } | undefined, whole?: { index?: number }): CellNode[] => {
    const t = tableAt(tr?.tableCellLocation?.tableStartLocation ?? whole);
    const r0 = tr?.tableCellLocation?.rowIndex ?? 0;
    const c0 = tr?.tableCellLocation?.columnIndex ?? 0;
    const rs = tr?.rowSpan ?? t.rows.length;
    const cs = tr?.columnSpan ?? t.width;
    if (r0 < 0 || c0 < 0 || r0 + rs > t.rows.length || c0 + cs > t.width) bad('The table range is outside the table.');
    const out: CellNode[] = [];
    for (let rr = r0; rr < r0 + rs; rr++) for (let cc = c0; cc < c0 + cs; cc++) out.push(t.rows[rr].cells[cc]);
    return out;
  };

  switch (kind) {
    case 'updateTextStyle': {
      const { a, b, seg } = rangeCheck(r.range);
      if (typeof r.fields !== 'string' || !r.fields) bad('fields is required.');
      const patch = modelStyle(r.textStyle ?? {}, r.fields);
      for (const p of layout.paragraphs) {
        if (p.segment !== seg || p.end <= a || p.start >= b) continue;
        styleRange(p.node, Math.max(a, p.start) - p.start, Math.min(b, p.end - 1) - p.start, patch);
      }
      return {};
    }
    case 'updateParagraphStyle': {
      const { a, b, seg } = rangeCheck(r.range);
      const fields = String(r.fields ?? '').split(',').map((f) => f.trim());
      for (const p of layout.paragraphs) {
        if (p.segment !== seg || p.end <= a || p.start >= b) continue;
        if (fields.includes('alignment')) p.node.style.alignment = ({ START: 'LEFT', CENTER: 'CENTER', END: 'RIGHT', JUSTIFIED: 'JUSTIFY' } as const)[r.paragraphStyle?.alignment as 'START'] ?? undefined;
        if (fields.includes('namedStyleType')) {
          const h = (Object.keys(NAMED) as Heading[]).find((k) => NAMED[k] === r.paragraphStyle?.namedStyleType);
          p.node.style.heading = h ?? 'NORMAL';
        }
      }
      return {};
    }
    case 'updateTableCellStyle': {
      const cells = cellsOf(r.tableRange, r.tableStartLocation);
      const fields = String(r.fields ?? '').split(',').map((f) => f.trim());
      const st = (r.tableCellStyle ?? {}) as Record<string, any>;
      for (const c of cells) {
        for (const f of fields) {
          if (f === 'backgroundColor') c.background = hexOf(st.backgroundColor) ?? null;
          else if (/^border(Top|Bottom|Left|Right)$/.test(f)) {
            const side = f.slice(6).toLowerCase() as 'top';
            c.borders[side] = st[f] ? { width: st[f].width?.magnitude ?? 0, color: hexOf(st[f].color) ?? '#000000' } : undefined;
          } else if (/^padding(Top|Bottom|Left|Right)$/.test(f)) c.padding[f.slice(7).toLowerCase() as 'top'] = st[f]?.magnitude;
          else if (f === 'contentAlignment') { /* not rendered by the emulator */ }
          else bad(`Invalid field mask: ${f}`);
        }
      }
      return {};
    }
    case 'updateTableColumnProperties': {
      const t = tableAt(r.tableStartLocation);
      const cols: number[] = r.columnIndices ?? Array.from({ length: t.width }, (_, k) => k);
      for (const c of cols) {
        if (c < 0 || c >= t.width) bad(`Column index ${c} is out of range.`);
        t.widths[c] = r.tableColumnProperties?.widthType === 'FIXED_WIDTH' ? r.tableColumnProperties?.width?.magnitude ?? null : null;
      }
      return {};
    }
    case 'updateTableRowStyle': {
      // UpdateTableRowStyleRequest (https://developers.google.com/docs/api/reference/rest/v1/documents/request#updatetablerowstylerequest):
      // "At least one field must be specified"; no rowIndices means every row. TableRowStyle lists minRowHeight,
      // tableHeader and preventOverflow, but a live call with tableHeader in the mask is refused as an unallowed
      // field (https://github.com/openclaw/gogcli/pull/861): header rows are set with pinTableHeaderRows. Whether
      // "*" is accepted is not verified, so the emulator refuses it too.
      const t = tableAt(r.tableStartLocation);
      const fields = String(r.fields ?? '').split(',').map((f) => f.trim()).filter(Boolean);
      if (!fields.length) bad('At least one field must be specified.');
      const st = (r.tableRowStyle ?? {}) as { preventOverflow?: unknown; minRowHeight?: { magnitude?: number } };
      const rowsTo: number[] = r.rowIndices ?? t.rows.map((_, k) => k);
      for (const k of rowsTo) if (!Number.isInteger(k) || k < 0 || k >= t.rows.length) bad(`Row index ${k} is out of range.`);
      for (const f of fields) {
        if (f === 'tableHeader') bad('Field mask contains an unallowed field: tableHeader. Use pinTableHeaderRows.');
        if (f !== 'preventOverflow' && f !== 'minRowHeight') bad(`Invalid field mask: ${f}`);
      }
      for (const k of rowsTo) {
        if (fields.includes('preventOverflow')) t.rows[k].preventOverflow = st.preventOverflow === true;
        if (fields.includes('minRowHeight')) t.rows[k].minRowHeight = st.minRowHeight?.magnitude ?? 0;
      }
      return {};
    }
    case 'updateDocumentStyle': {
      // UpdateDocumentStyleRequest (https://developers.google.com/docs/api/reference/rest/v1/documents/request#updatedocumentstylerequest)
      // with the DocumentStyle fields the add-on may send: the page's orientation and margins. flipPageOrientation
      // "Indicates whether to flip the dimensions of the page_size"; for SectionStyle Google adds "setting a concrete
      // value is required. Unsetting this property results in a 400 bad request error" — taken here for the
      // document too (not verified). Read-only fields (header and footer ids) and anything else are refused.
      const fields = String(r.fields ?? '').split(',').map((f) => f.trim()).filter(Boolean);
      if (!fields.length) bad('At least one field must be specified.');
      const st = (r.documentStyle ?? {}) as Record<string, { magnitude?: number; unit?: string } | boolean | undefined>;
      const next = { ...doc.page };
      for (const f of fields) {
        if (f === 'flipPageOrientation') {
          if (typeof st.flipPageOrientation !== 'boolean') bad('flipPageOrientation must be set to true or false.');
          next.flipPageOrientation = st.flipPageOrientation as boolean;
        } else if (f === 'marginTop' || f === 'marginBottom' || f === 'marginLeft' || f === 'marginRight') {
          const d = st[f] as { magnitude?: number; unit?: string } | undefined;
          if (d?.unit !== 'PT' || typeof d.magnitude !== 'number' || d.magnitude < 0) bad(`${f} must be a dimension in PT.`);
          next[f] = (d as { magnitude: number }).magnitude;
        } else bad(`Invalid field mask: ${f}`);
      }
      if (next.marginLeft + next.marginRight >= (next.flipPageOrientation ? next.height : next.width)) bad('The margins leave no room for text.');
      doc.page = next;
      return {};
    }
    case 'pinTableHeaderRows': {
      const t = tableAt(r.tableStartLocation);
      const n = Number(r.pinnedHeaderRowsCount ?? 0);
      if (n < 0 || n > t.rows.length) bad('pinnedHeaderRowsCount is out of range.');
      t.pinnedHeaderRows = n;
      return {};
    }
    case 'mergeTableCells': {
      const cells = cellsOf(r.tableRange);
      const head = cells[0];
      if (cells.some((c) => c.colSpan === 0 && c !== head)) bad('The cells are already merged.');
      // The text of the merged cells is concatenated into the head cell (empty cells add nothing).
      for (const c of cells.slice(1)) {
        const filled = c.children.filter((b) => b.kind !== 'paragraph' || b.text);
        for (const b of filled) { b.parent = head; head.children.push(b); }
        c.children = c.children.filter((b) => !filled.includes(b));
        c.colSpan = 0;
        c.rowSpan = 0;
        if (filled.length) moved();
      }
      head.colSpan = r.tableRange?.columnSpan ?? 1;
      head.rowSpan = r.tableRange?.rowSpan ?? 1;
      return {};
    }
    case 'deleteContentRange': {
      const { a, b, seg } = rangeCheck(r.range);
      const end = layout.ends.get(seg) as number;
      if (b === end) bad('The range cannot include the final newline of the segment.');
      const within = layout.paragraphs.find((p) => p.segment === seg && a >= p.start && b <= p.end - 1);
      moved();
      if (within) { replaceRange(within.node, a - within.start, b - within.start, ''); return {}; }
      const whole = layout.paragraphs.filter((p) => p.segment === seg && p.topLevel && p.start >= a && p.end <= b);
      const covered = whole.reduce((n, p) => n + (p.end - p.start), 0);
      if (covered !== b - a || layout.tables.some((t) => t.segment === seg && t.start < b && t.end > a)) {
        bad('The emulator deletes only text within one paragraph or whole top-level paragraphs.');
      }
      // "Deleting the newline character before a Table, TableOfContents or SectionBreak without deleting the
      // element" is invalid (DeleteContentRangeRequest.range, https://developers.google.com/docs/api/reference/rest/v1/documents/request#deletecontentrangerequest).
      if (layout.tables.some((t) => t.segment === seg && t.start === b)) bad('Invalid deletion range: the newline before a table cannot be deleted.');
      for (const p of whole) {
        const parent = p.node.parent as SectionNode;
        parent.children.splice(parent.children.indexOf(p.node), 1);
      }
      return {};
    }
    case 'replaceAllText': {
      const text = r.containsText?.text;
      if (typeof text !== 'string' || !text) bad('containsText.text is required.');
      const repl = String(r.replaceText ?? '');
      const flags = r.containsText?.matchCase ? 'g' : 'gi';
      const re = new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags);
      let n = 0;
      moved();
      for (const p of layout.paragraphs) {
        const matches = Array.from(p.node.text.matchAll(re));
        for (const m of matches.reverse()) { replaceRange(p.node, m.index as number, (m.index as number) + m[0].length, repl); n++; }
      }
      return { replaceAllText: { occurrencesChanged: n } };
    }
    default:
      throw new BadRequest(`Invalid JSON payload received. Unknown name "${kind}" at 'requests[${i}]': the emulator does not support this request.`);
  }
}

export class DocsDocuments {
  constructor(readonly env: Env, readonly _drive: DriveState) {}

  _doc(call: string, id: unknown): DocModel {
    const f = typeof id === 'string' ? this._drive.files.get(id) : undefined;
    const doc = f && this._drive.userCanOpen(f) ? this._drive.savedDoc(f.id) : undefined;
    if (!doc) throw apiError(this.env, call, 'Requested entity was not found.');
    return doc;
  }

  _out(value: unknown): Record<string, unknown> {
    const text = JSON.stringify(value);
    const ctx = this.env.realm.context;
    return (ctx ? (vm.runInContext('JSON', ctx) as JSON).parse(text) : JSON.parse(text)) as Record<string, unknown>;
  }

  get(documentId: string, _optionalArgs?: Record<string, unknown>): Record<string, unknown> {
    requireAuthorized(this.env, 'Docs.Documents', 'get', [SCOPES.documents, SCOPES.drive, DRIVE_FILE_SCOPE]);
    return this._out(renderDocument(this._doc('docs.documents.get', documentId)).json);
  }

  /** All requests apply in order, atomically: if one is invalid, nothing is applied. */
  batchUpdate(resource: { requests?: Record<string, unknown>[] }, documentId: string): Record<string, unknown> {
    requireAuthorized(this.env, 'Docs.Documents', 'batchUpdate', [SCOPES.documents, SCOPES.drive, DRIVE_FILE_SCOPE]);
    const call = 'docs.documents.batchUpdate';
    const saved = this._doc(call, documentId);
    const work = saved.clone();
    const replies: unknown[] = [];
    const cache = { layout: null as Layout | null };
    try {
      (resource?.requests ?? []).forEach((req, i) => replies.push(applyRequest(work, req, i, cache)));
    } catch (e) {
      if (e instanceof BadRequest) throw apiError(this.env, call, e.message);
      throw e;
    }
    this._drive.docs.set(saved.id, work);
    return this._out({ documentId, replies, writeControl: { requiredRevisionId: `rev-${documentId.slice(-6)}` } });
  }
}

export class AdvancedDocs {
  readonly Documents: DocsDocuments;
  constructor(readonly env: Env, drive: DriveState) {
    this.Documents = new DocsDocuments(env, drive);
  }
}

instrument(DocsDocuments, 'Docs', 'Documents');
