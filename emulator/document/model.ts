// The emulated Google Doc as plain data: sections (body, header, footer) holding paragraphs, list
// items and tables; paragraphs hold styled runs of text. DocumentApp, the Docs API and the .docx
// export all work on this one model.

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  fontFamily?: string;
  /** Points. */
  fontSize?: number;
  link?: string;
  /** '#rrggbb' */
  foregroundColor?: string;
  backgroundColor?: string;
  /**
   * A non-text element standing in the paragraph: a page-number field (Docs API ParagraphElement.autoText)
   * or an inline image (inlineObjectElement). Each takes one index in the Docs API like one character
   * (https://developers.google.com/docs/api/concepts/structure#start_and_end_index), but is not text: the
   * API reports it without a textRun. Its run holds one INLINE_MARK per element.
   */
  inline?: 'PAGE_NUMBER' | 'IMAGE';
}

/** The character a non-text element occupies in a run (so indexes stay one per element). */
export const INLINE_MARK = '\uFFFC';

export interface Run {
  text: string;
  style: TextStyle;
}

export type Heading = 'NORMAL' | 'HEADING1' | 'HEADING2' | 'HEADING3' | 'HEADING4' | 'HEADING5' | 'HEADING6' | 'TITLE' | 'SUBTITLE';
export type Alignment = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';

export interface ParagraphStyle {
  heading: Heading;
  alignment?: Alignment;
  /** Points. */
  spaceBefore?: number;
  spaceAfter?: number;
  indentFirstLine?: number;
}

export type Block = ParagraphNode | TableNode;
export type Container = SectionNode | CellNode;

export class ParagraphNode {
  readonly kind = 'paragraph' as const;
  runs: Run[] = [];
  style: ParagraphStyle = { heading: 'NORMAL' };
  /** A list item (DocumentApp ListItem; a bulleted paragraph in the Docs API). */
  listItem = false;
  nesting = 0;
  parent: Container | null = null;

  constructor(text = '', style: TextStyle = {}) {
    if (text) this.runs.push({ text, style: { ...style } });
  }

  get text(): string {
    return this.runs.map((r) => r.text).join('');
  }

  clone(): ParagraphNode {
    const p = new ParagraphNode();
    p.runs = this.runs.map((r) => ({ text: r.text, style: { ...r.style } }));
    p.style = { ...this.style };
    p.listItem = this.listItem;
    p.nesting = this.nesting;
    return p;
  }
}

export interface CellBorder {
  /** Points; 0 hides the border. */
  width: number;
  color: string;
}

export class CellNode {
  readonly kind = 'cell' as const;
  children: Block[] = [];
  background: string | null = null;
  /** 1 normally; n for the head of a merge; 0 for a cell merged into its left neighbour. */
  colSpan = 1;
  rowSpan = 1;
  padding: { top?: number; bottom?: number; left?: number; right?: number } = {};
  borders: { top?: CellBorder; bottom?: CellBorder; left?: CellBorder; right?: CellBorder } = {};
  parent: RowNode | null = null;

  get text(): string {
    return this.children.map((b) => (b.kind === 'paragraph' ? b.text : tableText(b))).join('\n');
  }

  clone(): CellNode {
    const c = new CellNode();
    c.children = this.children.map((b) => cloneBlock(b, c));
    c.background = this.background;
    c.colSpan = this.colSpan;
    c.rowSpan = this.rowSpan;
    c.padding = { ...this.padding };
    c.borders = JSON.parse(JSON.stringify(this.borders)) as CellNode['borders'];
    return c;
  }
}

export class RowNode {
  readonly kind = 'row' as const;
  cells: CellNode[] = [];
  parent: TableNode | null = null;
  /** TableRowStyle (Docs API): the row may not break across pages; its minimum height in points. */
  preventOverflow = false;
  minRowHeight = 0;
}

export class TableNode {
  readonly kind = 'table' as const;
  rows: RowNode[] = [];
  /** Column widths in points (null: automatic). */
  widths: (number | null)[] = [];
  /** DocumentApp table attributes: border width (points) and colour of every cell border. */
  borderWidth = 1;
  borderColor = '#000000';
  pinnedHeaderRows = 0;
  parent: Container | null = null;

  get width(): number {
    return this.rows.reduce((m, r) => Math.max(m, r.cells.length), 0);
  }

  clone(): TableNode {
    const t = new TableNode();
    t.widths = [...this.widths];
    t.borderWidth = this.borderWidth;
    t.borderColor = this.borderColor;
    t.pinnedHeaderRows = this.pinnedHeaderRows;
    for (const r of this.rows) {
      const row = new RowNode();
      row.parent = t;
      row.preventOverflow = r.preventOverflow;
      row.minRowHeight = r.minRowHeight;
      row.cells = r.cells.map((c) => {
        const cell = c.clone();
        cell.parent = row;
        return cell;
      });
      t.rows.push(row);
    }
    return t;
  }
}

export type SectionKind = 'body' | 'header' | 'footer';

export class SectionNode {
  readonly kind = 'section' as const;
  children: Block[] = [];
  constructor(readonly section: SectionKind, readonly id: string) {}

  clone(): SectionNode {
    const s = new SectionNode(this.section, this.id);
    s.children = this.children.map((b) => cloneBlock(b, s));
    return s;
  }
}

export function cloneBlock(b: Block, parent: Container | null): Block {
  const c = b.kind === 'paragraph' ? b.clone() : b.clone();
  c.parent = parent;
  return c;
}

export function tableText(t: TableNode): string {
  return t.rows.map((r) => r.cells.map((c) => c.text).join('\t')).join('\n');
}

/** A table from strings, as DocumentApp builds one from a String[][] (a line break in a cell starts a new paragraph). */
export function tableFromCells(cells: string[][]): TableNode {
  const t = new TableNode();
  for (const rowCells of cells) {
    const row = new RowNode();
    row.parent = t;
    for (const text of rowCells) {
      const cell = new CellNode();
      cell.parent = row;
      for (const line of String(text).split('\n')) {
        const p = new ParagraphNode(line);
        p.parent = cell;
        cell.children.push(p);
      }
      row.cells.push(cell);
    }
    t.rows.push(row);
  }
  t.widths = Array(t.width).fill(null);
  return t;
}

/**
 * DocumentStyle (Docs API): page size and margins in points, and whether the page is turned to landscape
 * (flipPageOrientation swaps the page size's width and height). A new document is A4 with 1-inch margins,
 * as Docs makes it for a Russian-language account (US accounts get Letter).
 */
export interface DocumentPage {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
  flipPageOrientation?: boolean;
}

export const A4_PAGE: DocumentPage = { width: 595.2756, height: 841.8898, marginTop: 72, marginBottom: 72, marginLeft: 72, marginRight: 72 };

export class DocModel {
  body: SectionNode;
  header: SectionNode | null = null;
  footer: SectionNode | null = null;
  page: DocumentPage = { ...A4_PAGE };
  private nextSegment = 1;

  constructor(readonly id: string, public name: string) {
    this.body = new SectionNode('body', '');
    const p = new ParagraphNode();
    p.parent = this.body;
    this.body.children.push(p);
  }

  newSegmentId(kind: 'header' | 'footer'): string {
    return `kix.${kind[0]}${this.nextSegment++}${this.id.slice(-6)}`;
  }

  clone(id = this.id, name = this.name): DocModel {
    const d = new DocModel(id, name);
    d.body = this.body.clone();
    d.header = this.header ? this.header.clone() : null;
    d.footer = this.footer ? this.footer.clone() : null;
    d.page = { ...this.page };
    d.nextSegment = this.nextSegment;
    return d;
  }

  /** Plain text of the body (paragraphs on lines, cells separated by tabs), as Body.getText() roughly gives it. */
  get text(): string {
    return sectionText(this.body);
  }
}

export function sectionText(s: SectionNode | CellNode): string {
  return s.children.map((b) => (b.kind === 'paragraph' ? b.text : tableText(b))).join('\n');
}

// ---- Runs ---------------------------------------------------------------------------------------------

const sameStyle = (a: TextStyle, b: TextStyle): boolean => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
function sortKeys(s: TextStyle): TextStyle {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(s).sort()) if ((s as Record<string, unknown>)[k] !== undefined) out[k] = (s as Record<string, unknown>)[k];
  return out as TextStyle;
}

export function normalizeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const last = out[out.length - 1];
    if (last && sameStyle(last.style, r.style)) last.text += r.text;
    else out.push({ text: r.text, style: { ...r.style } });
  }
  return out;
}

/** The runs split so that [start, end) is covered by whole runs; returns the runs and the covered indexes. */
function splitAt(runs: Run[], start: number, end: number): { runs: Run[]; from: number; to: number } {
  const out: Run[] = [];
  let pos = 0;
  for (const r of runs) {
    const a = pos;
    const b = pos + r.text.length;
    const cuts = [a, Math.min(Math.max(start, a), b), Math.min(Math.max(end, a), b), b];
    for (let i = 0; i < 3; i++) if (cuts[i + 1] > cuts[i]) out.push({ text: r.text.slice(cuts[i] - a, cuts[i + 1] - a), style: { ...r.style } });
    pos = b;
  }
  let from = -1;
  let to = -1;
  pos = 0;
  out.forEach((r, i) => {
    if (pos >= start && pos < end && from < 0) from = i;
    if (pos < end && pos + r.text.length <= end && pos >= start) to = i;
    pos += r.text.length;
  });
  return { runs: out, from, to };
}

/** Applies `patch` (undefined values remove an attribute) to characters [start, end) of a paragraph. */
export function styleRange(p: ParagraphNode, start: number, end: number, patch: Partial<Record<keyof TextStyle, unknown>>): void {
  if (end <= start) return;
  const { runs, from, to } = splitAt(p.runs, start, end);
  if (from >= 0) {
    for (let i = from; i <= to; i++) {
      const style = runs[i].style as Record<string, unknown>;
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === null) delete style[k];
        else style[k] = v;
      }
    }
  }
  p.runs = normalizeRuns(runs);
}

/** Replaces characters [start, end) with text styled like the first replaced character (or the one before). */
export function replaceRange(p: ParagraphNode, start: number, end: number, text: string): void {
  const style = styleAt(p, start < p.text.length ? start : Math.max(0, start - 1));
  const { runs, from, to } = splitAt(p.runs, start, end);
  const before: Run[] = [];
  const after: Run[] = [];
  let pos = 0;
  runs.forEach((r, i) => {
    if (from >= 0 && i >= from && i <= to) { pos += r.text.length; return; }
    (pos < start ? before : after).push(r);
    pos += r.text.length;
  });
  p.runs = normalizeRuns([...before, { text, style }, ...after]);
}

export function styleAt(p: ParagraphNode, offset: number): TextStyle {
  let pos = 0;
  for (const r of p.runs) {
    if (offset < pos + r.text.length) return { ...r.style };
    pos += r.text.length;
  }
  return p.runs.length ? { ...p.runs[p.runs.length - 1].style } : {};
}
