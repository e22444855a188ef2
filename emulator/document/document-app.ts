// DocumentApp over the emulated Drive: documents with body, header and footer; paragraphs, list
// items, text with bold and links, tables; replaceText/findText with RE2 semantics matched within one
// text element (here: one paragraph). https://developers.google.com/apps-script/reference/document
import { SCOPES, requireAuthorized } from '../context';
import type { Env } from '../env';
import { signatureMessage } from '../errors';
import { instrument } from '../instrument';
import { Blob } from '../utilities';
import { MIME, type DriveState } from '../drive';
import {
  CellNode, DocModel, ParagraphNode, RowNode, SectionNode, TableNode, cloneBlock, replaceRange, sectionText, styleAt, styleRange,
  tableFromCells, tableText, type Alignment, type Block, type Container, type Heading, type TextStyle,
} from './model';
import { re2ToRegExp, Re2Error } from './re2';

export const ParagraphHeading: Record<Heading, Heading> = {
  NORMAL: 'NORMAL', HEADING1: 'HEADING1', HEADING2: 'HEADING2', HEADING3: 'HEADING3', HEADING4: 'HEADING4',
  HEADING5: 'HEADING5', HEADING6: 'HEADING6', TITLE: 'TITLE', SUBTITLE: 'SUBTITLE',
};
export const HorizontalAlignment: Record<Alignment, Alignment> = { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' };
export const ElementType = {
  BODY_SECTION: 'BODY_SECTION', HEADER_SECTION: 'HEADER_SECTION', FOOTER_SECTION: 'FOOTER_SECTION', PARAGRAPH: 'PARAGRAPH',
  LIST_ITEM: 'LIST_ITEM', TABLE: 'TABLE', TABLE_ROW: 'TABLE_ROW', TABLE_CELL: 'TABLE_CELL', TEXT: 'TEXT',
} as const;
export const Attribute = {
  BOLD: 'BOLD', ITALIC: 'ITALIC', UNDERLINE: 'UNDERLINE', STRIKETHROUGH: 'STRIKETHROUGH', FONT_FAMILY: 'FONT_FAMILY',
  FONT_SIZE: 'FONT_SIZE', LINK_URL: 'LINK_URL', FOREGROUND_COLOR: 'FOREGROUND_COLOR', BACKGROUND_COLOR: 'BACKGROUND_COLOR',
  HORIZONTAL_ALIGNMENT: 'HORIZONTAL_ALIGNMENT', HEADING: 'HEADING', SPACING_BEFORE: 'SPACING_BEFORE', SPACING_AFTER: 'SPACING_AFTER',
  BORDER_WIDTH: 'BORDER_WIDTH', BORDER_COLOR: 'BORDER_COLOR',
} as const;

const TEXT_ATTR: Record<string, keyof TextStyle> = {
  BOLD: 'bold', ITALIC: 'italic', UNDERLINE: 'underline', STRIKETHROUGH: 'strikethrough', FONT_FAMILY: 'fontFamily',
  FONT_SIZE: 'fontSize', LINK_URL: 'link', FOREGROUND_COLOR: 'foregroundColor', BACKGROUND_COLOR: 'backgroundColor',
};

/** Text the field reports show for a missing or unreadable document (github.com/… autoReply logs, 2018–2025). */
export const MISSING_DOCUMENT = "Document is missing (perhaps it was deleted, or you don't have read access?)";
/** What Apps Script says when a closed document is edited. */
export const CLOSED_DOCUMENT = 'Document is closed, its contents cannot be updated.';

/** The document an element belongs to, so edits can be checked (closed?) and marked (dirty). */
interface DocCtx {
  env: Env;
  drive: DriveState;
  id: string;
  copy: { doc: DocModel; dirty: boolean; closed: boolean } | null;
}

function touch(ctx: DocCtx): void {
  if (ctx.copy?.closed) ctx.env.fail(CLOSED_DOCUMENT);
  if (ctx.copy) ctx.copy.dirty = true;
}

function wrap(ctx: DocCtx, node: Block | SectionNode | CellNode | RowNode): Element {
  switch (node.kind) {
    case 'paragraph': return node.listItem ? new ListItem(ctx, node) : new Paragraph(ctx, node);
    case 'table': return new Table(ctx, node);
    case 'row': return new TableRow(ctx, node);
    case 'cell': return new TableCell(ctx, node);
    case 'section': return node.section === 'body' ? new Body(ctx, node) : node.section === 'header' ? new HeaderSection(ctx, node) : new FooterSection(ctx, node);
  }
}

/** Paragraphs of a subtree in document order (with those in table cells). */
function paragraphsOf(node: Block | SectionNode | CellNode | RowNode): ParagraphNode[] {
  switch (node.kind) {
    case 'paragraph': return [node];
    case 'table': return node.rows.flatMap(paragraphsOf);
    case 'row': return node.cells.flatMap(paragraphsOf);
    default: return node.children.flatMap(paragraphsOf);
  }
}

function regexOf(env: Env, pattern: unknown, method: string): RegExp {
  if (typeof pattern !== 'string') env.fail(signatureMessage([pattern], method));
  try {
    return re2ToRegExp(pattern);
  } catch (e) {
    // Google's wording for a pattern RE2 rejects is not documented; this is our best guess.
    return env.fail(`Invalid regular expression: ${pattern} (${(e as Re2Error).message})`);
  }
}

/** replaceText: every match in every text element of the subtree; the replacement is literal text. */
function replaceIn(ctx: DocCtx, node: Block | SectionNode | CellNode | RowNode, pattern: unknown, replacement: unknown, method: string): void {
  const re = regexOf(ctx.env, pattern, method);
  const repl = String(replacement ?? '');
  touch(ctx);
  for (const p of paragraphsOf(node)) {
    const matches = Array.from(p.text.matchAll(re)).filter((m) => m[0].length > 0);
    for (const m of matches.reverse()) replaceRange(p, m.index as number, (m.index as number) + m[0].length, repl);
  }
}

function findIn(ctx: DocCtx, node: Block | SectionNode | CellNode | RowNode, pattern: unknown, from: unknown, method: string): RangeElement | null {
  const re = regexOf(ctx.env, pattern, method);
  const paragraphs = paragraphsOf(node);
  let startPara = 0;
  let startOffset = 0;
  if (from instanceof RangeElement) {
    startPara = paragraphs.indexOf(from._paragraph);
    startOffset = from._end + 1;
  }
  for (let i = Math.max(0, startPara); i < paragraphs.length; i++) {
    const text = paragraphs[i].text;
    re.lastIndex = i === startPara ? startOffset : 0;
    const m = re.exec(text);
    if (m && m[0].length) return new RangeElement(ctx, paragraphs[i], m.index, m.index + m[0].length - 1);
  }
  return null;
}

function detach(node: Block): void {
  const parent = node.parent;
  if (!parent) return;
  parent.children.splice(parent.children.indexOf(node), 1);
  node.parent = null;
}

function insertBlock(ctx: DocCtx, container: Container, index: number, node: Block, method: string): void {
  touch(ctx);
  if (!Number.isInteger(index) || index < 0 || index > container.children.length) {
    ctx.env.fail(`Child index (${index}) must be less than or equal to the number of child elements (${container.children.length}).`);
  }
  if (node.parent) ctx.env.fail('Element must be detached.');
  void method;
  node.parent = container;
  container.children.splice(index, 0, node);
}

function paragraphFrom(ctx: DocCtx, arg: unknown, listItem: boolean, method: string): ParagraphNode {
  if (typeof arg === 'string') {
    const p = new ParagraphNode(arg);
    p.listItem = listItem;
    return p;
  }
  if (arg instanceof Paragraph || arg instanceof ListItem) return arg._node;
  return ctx.env.fail(signatureMessage([arg], method));
}

function tableFrom(ctx: DocCtx, arg: unknown, method: string): TableNode {
  if (arg === undefined) return tableFromCells([['']]);
  if (arg instanceof Table) return arg._node;
  if (Array.isArray(arg) && arg.every((r) => Array.isArray(r))) {
    const rows = arg as unknown[][];
    if (!rows.length || rows.some((r) => r.length !== rows[0].length)) ctx.env.fail('All rows must have the same number of cells.');
    return tableFromCells(rows.map((r) => r.map((c) => String(c))));
  }
  return ctx.env.fail(signatureMessage([arg], method));
}

function setTextAttrs(p: ParagraphNode, start: number, end: number, attrs: Record<string, unknown>): void {
  const patch: Partial<Record<keyof TextStyle, unknown>> = {};
  for (const [k, v] of Object.entries(attrs)) if (TEXT_ATTR[k]) patch[TEXT_ATTR[k]] = v === null ? undefined : v;
  styleRange(p, start, end, patch);
}

function setParagraphAttrs(p: ParagraphNode, attrs: Record<string, unknown>): void {
  if (attrs.HEADING) p.style.heading = attrs.HEADING as Heading;
  if (attrs.HORIZONTAL_ALIGNMENT) p.style.alignment = attrs.HORIZONTAL_ALIGNMENT as Alignment;
  if (typeof attrs.SPACING_BEFORE === 'number') p.style.spaceBefore = attrs.SPACING_BEFORE;
  if (typeof attrs.SPACING_AFTER === 'number') p.style.spaceAfter = attrs.SPACING_AFTER;
  setTextAttrs(p, 0, p.text.length, attrs);
}

// ---- Elements ------------------------------------------------------------------------------------------

export abstract class Element {
  readonly env: Env;
  constructor(readonly _ctx: DocCtx) {
    this.env = _ctx.env;
  }
  abstract _n(): Block | SectionNode | CellNode | RowNode;
}

abstract class ContainerElement extends Element {
  abstract _c(): Container;
  _n(): Container {
    return this._c();
  }
  getNumChildren(): number {
    return this._c().children.length;
  }
  getChild(childIndex: number): Element {
    const child = this._c().children[childIndex];
    if (!child) this.env.fail(`Child index (${childIndex}) must be less than the number of child elements (${this._c().children.length}).`);
    return wrap(this._ctx, child);
  }
  getChildIndex(child: Element): number {
    const i = this._c().children.indexOf(child?._n() as Block);
    if (i < 0) this.env.fail('Element does not contain the specified child element.');
    return i;
  }
  getText(): string {
    return sectionText(this._c());
  }
  getParagraphs(): Paragraph[] {
    return this.env.realm.makeArray(paragraphsOf(this._c()).map((p) => wrap(this._ctx, p) as Paragraph));
  }
  getTables(): Table[] {
    const out: TableNode[] = [];
    const walk = (c: Container): void => c.children.forEach((b) => { if (b.kind === 'table') { out.push(b); b.rows.forEach((r) => r.cells.forEach(walk)); } });
    walk(this._c());
    return this.env.realm.makeArray(out.map((t) => new Table(this._ctx, t)));
  }
  appendParagraph(paragraph: string | Paragraph): Paragraph {
    const node = paragraphFrom(this._ctx, paragraph, false, `${this.constructor.name}.appendParagraph`);
    insertBlock(this._ctx, this._c(), this._c().children.length, node, 'appendParagraph');
    return wrap(this._ctx, node) as Paragraph;
  }
  insertParagraph(childIndex: number, paragraph: string | Paragraph): Paragraph {
    const node = paragraphFrom(this._ctx, paragraph, false, `${this.constructor.name}.insertParagraph`);
    insertBlock(this._ctx, this._c(), childIndex, node, 'insertParagraph');
    return wrap(this._ctx, node) as Paragraph;
  }
  appendListItem(listItem: string | ListItem): ListItem {
    const node = paragraphFrom(this._ctx, listItem, true, `${this.constructor.name}.appendListItem`);
    insertBlock(this._ctx, this._c(), this._c().children.length, node, 'appendListItem');
    return wrap(this._ctx, node) as ListItem;
  }
  insertListItem(childIndex: number, listItem: string | ListItem): ListItem {
    const node = paragraphFrom(this._ctx, listItem, true, `${this.constructor.name}.insertListItem`);
    insertBlock(this._ctx, this._c(), childIndex, node, 'insertListItem');
    return wrap(this._ctx, node) as ListItem;
  }
  /** appendTable(cells) also adds an empty paragraph after the table in a body (a document cannot end with a table). */
  appendTable(cells?: string[][] | Table): Table {
    const node = tableFrom(this._ctx, cells, `${this.constructor.name}.appendTable`);
    const c = this._c();
    insertBlock(this._ctx, c, c.children.length, node, 'appendTable');
    if (c.kind === 'section') {
      const p = new ParagraphNode();
      p.parent = c;
      c.children.push(p);
    }
    return new Table(this._ctx, node);
  }
  insertTable(childIndex: number, cells?: string[][] | Table): Table {
    const node = tableFrom(this._ctx, cells, `${this.constructor.name}.insertTable`);
    insertBlock(this._ctx, this._c(), childIndex, node, 'insertTable');
    return new Table(this._ctx, node);
  }
  removeChild(child: Element): ContainerElement {
    touch(this._ctx);
    const node = child._n() as Block;
    const c = this._c();
    if (!c.children.includes(node)) this.env.fail('Element does not contain the specified child element.');
    if (c.kind === 'section' && c.children.filter((b) => b.kind === 'paragraph').length === 1 && node.kind === 'paragraph') {
      this.env.fail("Can't remove the last paragraph in a document section.");
    }
    detach(node);
    return this;
  }
  clear(): ContainerElement {
    touch(this._ctx);
    const c = this._c();
    for (const b of c.children) b.parent = null;
    const p = new ParagraphNode();
    p.parent = c;
    c.children = [p];
    return this;
  }
  replaceText(searchPattern: string, replacement: string): Element {
    replaceIn(this._ctx, this._c(), searchPattern, replacement, `${this.constructor.name}.replaceText`);
    return this;
  }
  findText(searchPattern: string, from?: RangeElement): RangeElement | null {
    return findIn(this._ctx, this._c(), searchPattern, from, `${this.constructor.name}.findText`);
  }
  setAttributes(attributes: Record<string, unknown>): ContainerElement {
    touch(this._ctx);
    for (const p of paragraphsOf(this._c())) setParagraphAttrs(p, attributes);
    return this;
  }
  editAsText(): Text {
    const first = paragraphsOf(this._c())[0];
    return new Text(this._ctx, first);
  }
}

export class Body extends ContainerElement {
  constructor(ctx: DocCtx, readonly _node: SectionNode) { super(ctx); }
  _c(): Container { return this._node; }
  getType(): string { return ElementType.BODY_SECTION; }
}

export class HeaderSection extends ContainerElement {
  constructor(ctx: DocCtx, readonly _node: SectionNode) { super(ctx); }
  _c(): Container { return this._node; }
  getType(): string { return ElementType.HEADER_SECTION; }
}

export class FooterSection extends ContainerElement {
  constructor(ctx: DocCtx, readonly _node: SectionNode) { super(ctx); }
  _c(): Container { return this._node; }
  getType(): string { return ElementType.FOOTER_SECTION; }
}

export class TableCell extends ContainerElement {
  constructor(ctx: DocCtx, readonly _node: CellNode) { super(ctx); }
  _c(): Container { return this._node; }
  getType(): string { return ElementType.TABLE_CELL; }
  setText(text: string): TableCell {
    touch(this._ctx);
    const p = new ParagraphNode(String(text));
    p.parent = this._node;
    this._node.children = [p];
    return this;
  }
  getBackgroundColor(): string | null { return this._node.background; }
  setBackgroundColor(color: string | null): TableCell {
    touch(this._ctx);
    this._node.background = color;
    return this;
  }
  getColSpan(): number { return this._node.colSpan; }
  getRowSpan(): number { return this._node.rowSpan; }
  getParentRow(): TableRow { return new TableRow(this._ctx, this._node.parent as RowNode); }
  getParent(): Element { return new TableRow(this._ctx, this._node.parent as RowNode); }
}

/** Shared by Paragraph and ListItem. */
abstract class ParagraphLike extends Element {
  constructor(ctx: DocCtx, readonly _node: ParagraphNode) { super(ctx); }
  _n(): ParagraphNode { return this._node; }
  getText(): string { return this._node.text; }
  setText(text: string): ParagraphLike {
    touch(this._ctx);
    const style = styleAt(this._node, 0);
    this._node.runs = String(text) ? [{ text: String(text), style }] : [];
    return this;
  }
  /** One text element per paragraph in the emulator (no inline images); none when empty. */
  getNumChildren(): number { return this._node.text ? 1 : 0; }
  getChild(childIndex: number): Text {
    if (childIndex !== 0 || !this._node.text) this.env.fail(`Child index (${childIndex}) must be less than the number of child elements (${this.getNumChildren()}).`);
    return new Text(this._ctx, this._node);
  }
  editAsText(): Text { return new Text(this._ctx, this._node); }
  appendText(text: string): Text {
    touch(this._ctx);
    const t = new Text(this._ctx, this._node);
    replaceRange(this._node, this._node.text.length, this._node.text.length, String(text));
    return t;
  }
  getHeading(): Heading { return this._node.style.heading; }
  setHeading(heading: Heading): ParagraphLike {
    touch(this._ctx);
    this._node.style.heading = heading;
    return this;
  }
  getAlignment(): Alignment | null { return this._node.style.alignment ?? null; }
  setAlignment(alignment: Alignment): ParagraphLike {
    touch(this._ctx);
    this._node.style.alignment = alignment;
    return this;
  }
  setSpacingBefore(pt: number): ParagraphLike { touch(this._ctx); this._node.style.spaceBefore = pt; return this; }
  setSpacingAfter(pt: number): ParagraphLike { touch(this._ctx); this._node.style.spaceAfter = pt; return this; }
  setAttributes(attributes: Record<string, unknown>): ParagraphLike {
    touch(this._ctx);
    setParagraphAttrs(this._node, attributes);
    return this;
  }
  getAttributes(): Record<string, unknown> {
    const s = styleAt(this._node, 0);
    return this.env.realm.makeObject({
      BOLD: s.bold ?? null, ITALIC: s.italic ?? null, FONT_FAMILY: s.fontFamily ?? null, FONT_SIZE: s.fontSize ?? null, LINK_URL: s.link ?? null,
      HEADING: this._node.style.heading, HORIZONTAL_ALIGNMENT: this._node.style.alignment ?? null,
    });
  }
  setLinkUrl(url: string | null): ParagraphLike {
    touch(this._ctx);
    styleRange(this._node, 0, this._node.text.length, { link: url ?? undefined });
    return this;
  }
  getLinkUrl(): string | null { return styleAt(this._node, 0).link ?? null; }
  getParent(): Element | null { return this._node.parent ? wrap(this._ctx, this._node.parent) : null; }
  getNextSibling(): Element | null {
    const sibs = this._node.parent?.children ?? [];
    const next = sibs[sibs.indexOf(this._node) + 1];
    return next ? wrap(this._ctx, next) : null;
  }
  getPreviousSibling(): Element | null {
    const sibs = this._node.parent?.children ?? [];
    const prev = sibs[sibs.indexOf(this._node) - 1];
    return prev ? wrap(this._ctx, prev) : null;
  }
  removeFromParent(): ParagraphLike {
    const parent = this._node.parent;
    if (parent) (wrap(this._ctx, parent) as ContainerElement).removeChild(this);
    return this;
  }
  copy(): ParagraphLike {
    const node = cloneBlock(this._node, null) as ParagraphNode;
    return wrap({ ...this._ctx, copy: null }, node) as ParagraphLike;
  }
  replaceText(searchPattern: string, replacement: string): Element {
    replaceIn(this._ctx, this._node, searchPattern, replacement, `${this.constructor.name}.replaceText`);
    return this;
  }
  findText(searchPattern: string, from?: RangeElement): RangeElement | null {
    return findIn(this._ctx, this._node, searchPattern, from, `${this.constructor.name}.findText`);
  }
  asParagraph(): Paragraph { return new Paragraph(this._ctx, this._node); }
  asListItem(): ListItem { return new ListItem(this._ctx, this._node); }
  asText(): Text { return new Text(this._ctx, this._node); }
}

export class Paragraph extends ParagraphLike {
  getType(): string { return ElementType.PARAGRAPH; }
}

export class ListItem extends ParagraphLike {
  getType(): string { return ElementType.LIST_ITEM; }
  getNestingLevel(): number { return this._node.nesting; }
  setNestingLevel(level: number): ListItem { touch(this._ctx); this._node.nesting = level; return this; }
  setGlyphType(_glyph: unknown): ListItem { touch(this._ctx); return this; }
}

/** The text of one paragraph; offsets are 0-based, end offsets inclusive (as in Apps Script). */
export class Text extends Element {
  constructor(ctx: DocCtx, readonly _node: ParagraphNode) { super(ctx); }
  _n(): ParagraphNode { return this._node; }
  getType(): string { return ElementType.TEXT; }
  getText(): string { return this._node.text; }
  setText(text: string): Text {
    touch(this._ctx);
    replaceRange(this._node, 0, this._node.text.length, String(text));
    return this;
  }
  appendText(text: string): Text {
    touch(this._ctx);
    replaceRange(this._node, this._node.text.length, this._node.text.length, String(text));
    return this;
  }
  insertText(offset: number, text: string): Text {
    touch(this._ctx);
    replaceRange(this._node, offset, offset, String(text));
    return this;
  }
  deleteText(startOffset: number, endOffsetInclusive: number): Text {
    touch(this._ctx);
    replaceRange(this._node, startOffset, endOffsetInclusive + 1, '');
    return this;
  }
  getParent(): Element { return wrap(this._ctx, this._node); }
  _range(args: unknown[], name: string): { start: number; end: number; value: unknown } {
    const len = this._node.text.length;
    if (args.length === 1) return { start: 0, end: len, value: args[0] };
    const [s, e, v] = args as [number, number, unknown];
    if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e >= len || e < s) this.env.fail(signatureMessage(args, `Text.${name}`));
    return { start: s, end: e + 1, value: v };
  }
  _style(args: unknown[], name: string, key: keyof TextStyle): Text {
    touch(this._ctx);
    const { start, end, value } = this._range(args, name);
    styleRange(this._node, start, end, { [key]: value === null ? undefined : value });
    return this;
  }
  setBold(...args: unknown[]): Text { return this._style(args, 'setBold', 'bold'); }
  setItalic(...args: unknown[]): Text { return this._style(args, 'setItalic', 'italic'); }
  setUnderline(...args: unknown[]): Text { return this._style(args, 'setUnderline', 'underline'); }
  setFontFamily(...args: unknown[]): Text { return this._style(args, 'setFontFamily', 'fontFamily'); }
  setFontSize(...args: unknown[]): Text { return this._style(args, 'setFontSize', 'fontSize'); }
  setLinkUrl(...args: unknown[]): Text { return this._style(args, 'setLinkUrl', 'link'); }
  setForegroundColor(...args: unknown[]): Text { return this._style(args, 'setForegroundColor', 'foregroundColor'); }
  setBackgroundColor(...args: unknown[]): Text { return this._style(args, 'setBackgroundColor', 'backgroundColor'); }
  isBold(offset?: number): boolean | null { return styleAt(this._node, offset ?? 0).bold ?? null; }
  isItalic(offset?: number): boolean | null { return styleAt(this._node, offset ?? 0).italic ?? null; }
  getLinkUrl(offset?: number): string | null { return styleAt(this._node, offset ?? 0).link ?? null; }
  getFontFamily(offset?: number): string | null { return styleAt(this._node, offset ?? 0).fontFamily ?? null; }
  setAttributes(...args: unknown[]): Text {
    touch(this._ctx);
    const { start, end, value } = this._range(args, 'setAttributes');
    setTextAttrs(this._node, start, end, value as Record<string, unknown>);
    return this;
  }
  /** Offsets where a run of uniform attributes starts. */
  getTextAttributeIndices(): number[] {
    const out: number[] = [];
    let pos = 0;
    for (const r of this._node.runs) { out.push(pos); pos += r.text.length; }
    return this.env.realm.makeArray(out.length ? out : [0]);
  }
  replaceText(searchPattern: string, replacement: string): Text {
    replaceIn(this._ctx, this._node, searchPattern, replacement, 'Text.replaceText');
    return this;
  }
  findText(searchPattern: string, from?: RangeElement): RangeElement | null {
    return findIn(this._ctx, this._node, searchPattern, from, 'Text.findText');
  }
}

export class Table extends Element {
  constructor(ctx: DocCtx, readonly _node: TableNode) { super(ctx); }
  _n(): TableNode { return this._node; }
  getType(): string { return ElementType.TABLE; }
  getNumRows(): number { return this._node.rows.length; }
  getNumChildren(): number { return this._node.rows.length; }
  getRow(rowIndex: number): TableRow {
    const row = this._node.rows[rowIndex];
    if (!row) this.env.fail(`Child index (${rowIndex}) must be less than the number of child elements (${this._node.rows.length}).`);
    return new TableRow(this._ctx, row);
  }
  getChild(childIndex: number): TableRow { return this.getRow(childIndex); }
  getCell(rowIndex: number, cellIndex: number): TableCell { return this.getRow(rowIndex).getCell(cellIndex); }
  getText(): string { return tableText(this._node); }
  appendTableRow(): TableRow {
    touch(this._ctx);
    const row = new RowNode();
    row.parent = this._node;
    this._node.rows.push(row);
    return new TableRow(this._ctx, row);
  }
  setBorderWidth(width: number): Table { touch(this._ctx); this._node.borderWidth = width; return this; }
  getBorderWidth(): number { return this._node.borderWidth; }
  setBorderColor(color: string): Table { touch(this._ctx); this._node.borderColor = color; return this; }
  getBorderColor(): string { return this._node.borderColor; }
  setColumnWidth(columnIndex: number, width: number): Table { touch(this._ctx); this._node.widths[columnIndex] = width; return this; }
  getColumnWidth(columnIndex: number): number | null { return this._node.widths[columnIndex] ?? null; }
  setAttributes(attributes: Record<string, unknown>): Table {
    touch(this._ctx);
    if (typeof attributes.BORDER_WIDTH === 'number') this._node.borderWidth = attributes.BORDER_WIDTH;
    if (typeof attributes.BORDER_COLOR === 'string') this._node.borderColor = attributes.BORDER_COLOR;
    for (const p of paragraphsOf(this._node)) setTextAttrs(p, 0, p.text.length, attributes);
    return this;
  }
  getParent(): Element | null { return this._node.parent ? wrap(this._ctx, this._node.parent) : null; }
  removeFromParent(): Table {
    touch(this._ctx);
    detach(this._node);
    return this;
  }
  copy(): Table { return new Table({ ...this._ctx, copy: null }, cloneBlock(this._node, null) as TableNode); }
  replaceText(searchPattern: string, replacement: string): Table {
    replaceIn(this._ctx, this._node, searchPattern, replacement, 'Table.replaceText');
    return this;
  }
  findText(searchPattern: string, from?: RangeElement): RangeElement | null {
    return findIn(this._ctx, this._node, searchPattern, from, 'Table.findText');
  }
  asTable(): Table { return this; }
}

export class TableRow extends Element {
  constructor(ctx: DocCtx, readonly _node: RowNode) { super(ctx); }
  _n(): RowNode { return this._node; }
  getType(): string { return ElementType.TABLE_ROW; }
  getNumCells(): number { return this._node.cells.length; }
  getNumChildren(): number { return this._node.cells.length; }
  getCell(cellIndex: number): TableCell {
    const cell = this._node.cells[cellIndex];
    if (!cell) this.env.fail(`Child index (${cellIndex}) must be less than the number of child elements (${this._node.cells.length}).`);
    return new TableCell(this._ctx, cell);
  }
  getChild(childIndex: number): TableCell { return this.getCell(childIndex); }
  appendTableCell(text?: string): TableCell {
    touch(this._ctx);
    const cell = new CellNode();
    cell.parent = this._node;
    const p = new ParagraphNode(text ?? '');
    p.parent = cell;
    cell.children.push(p);
    this._node.cells.push(cell);
    return new TableCell(this._ctx, cell);
  }
  getText(): string { return this._node.cells.map((c) => c.text).join('\t'); }
  getParentTable(): Table { return new Table(this._ctx, this._node.parent as TableNode); }
  getParent(): Element { return new Table(this._ctx, this._node.parent as TableNode); }
}

export class RangeElement {
  readonly env: Env;
  constructor(readonly _ctx: DocCtx, readonly _paragraph: ParagraphNode, readonly _start: number, readonly _end: number) {
    this.env = _ctx.env;
  }
  getElement(): Text { return new Text(this._ctx, this._paragraph); }
  getStartOffset(): number { return this._start; }
  getEndOffsetInclusive(): number { return this._end; }
  isPartial(): boolean { return this._start > 0 || this._end < this._paragraph.text.length - 1; }
}

// ---- Document and DocumentApp -------------------------------------------------------------------------

export class Document {
  readonly env: Env;
  constructor(readonly _ctx: DocCtx) {
    this.env = _ctx.env;
  }
  _doc(): DocModel { return (this._ctx.copy as { doc: DocModel }).doc; }
  getId(): string { return this._ctx.id; }
  getName(): string { return this._doc().name; }
  setName(name: string): Document {
    touch(this._ctx);
    this._doc().name = String(name);
    const f = this._ctx.drive.files.get(this._ctx.id);
    if (f) f.name = String(name);
    return this;
  }
  getUrl(): string { return `https://docs.google.com/open?id=${this._ctx.id}`; }
  getBody(): Body { return new Body(this._ctx, this._doc().body); }
  getHeader(): HeaderSection | null { const h = this._doc().header; return h ? new HeaderSection(this._ctx, h) : null; }
  getFooter(): FooterSection | null { const f = this._doc().footer; return f ? new FooterSection(this._ctx, f) : null; }
  addHeader(): HeaderSection {
    touch(this._ctx);
    const d = this._doc();
    if (!d.header) {
      d.header = new SectionNode('header', d.newSegmentId('header'));
      const p = new ParagraphNode();
      p.parent = d.header;
      d.header.children.push(p);
    }
    return new HeaderSection(this._ctx, d.header);
  }
  addFooter(): FooterSection {
    touch(this._ctx);
    const d = this._doc();
    if (!d.footer) {
      d.footer = new SectionNode('footer', d.newSegmentId('footer'));
      const p = new ParagraphNode();
      p.parent = d.footer;
      d.footer.children.push(p);
    }
    return new FooterSection(this._ctx, d.footer);
  }
  /** Saves pending changes; the Document (and its elements) cannot be edited afterwards. */
  saveAndClose(): void {
    if (this._ctx.copy && !this._ctx.copy.closed) this._ctx.drive.save(this._ctx.id, this._ctx.copy as Parameters<DriveState['save']>[1]);
  }
  /** The document converted, e.g. to 'application/pdf' (a placeholder PDF holding the plain text here). */
  getAs(contentType: string): Blob {
    requireAuthorized(this.env, 'Document', 'getAs', SCOPES.documents);
    if (contentType !== MIME.pdf) this.env.fail(`Converting from application/vnd.google-apps.document to ${contentType} is not supported.`);
    const text = sectionText(this._doc().body);
    const bytes = Buffer.from(`%PDF-1.4\n% Emulated PDF of «${this._doc().name}»\n${text}\n%%EOF\n`, 'utf8');
    return new Blob(this.env, bytes, MIME.pdf, `${this._doc().name}.pdf`);
  }
  getBlob(): Blob { return this.getAs(MIME.pdf); }
}

export class DocumentApp {
  readonly ParagraphHeading = ParagraphHeading;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ElementType = ElementType;
  readonly Attribute = Attribute;
  constructor(readonly env: Env, readonly _drive: DriveState) {}

  _open(id: string): Document {
    const copy = this._drive.openCopy(id);
    return new Document({ env: this.env, drive: this._drive, id, copy });
  }

  /** A new document in My Drive (owned by the person, created by the script). */
  create(name: string): Document {
    requireAuthorized(this.env, 'DocumentApp', 'create', SCOPES.documents);
    if (typeof name !== 'string') this.env.fail(signatureMessage([name], 'DocumentApp.create'));
    const f = this._drive.addDocument(name, this._drive.rootId, true);
    return this._open(f.id);
  }

  openById(id: string): Document {
    requireAuthorized(this.env, 'DocumentApp', 'openById', SCOPES.documents);
    const f = typeof id === 'string' ? this._drive.files.get(id) : undefined;
    if (!f || !this._drive.userCanOpen(f) || f.mimeType !== MIME.document || !this._drive.docs.has(f.id)) this.env.fail(MISSING_DOCUMENT);
    return this._open(f.id);
  }

  openByUrl(url: string): Document {
    const m = /\/d\/([\w-]+)/.exec(String(url)) || /[?&]id=([\w-]+)/.exec(String(url));
    if (!m) this.env.fail('Invalid argument: url');
    return this.openById(m[1]);
  }

  /** A spreadsheet-bound script has no active document. */
  getActiveDocument(): Document | null {
    return null;
  }
}

for (const [cls, name] of [
  [DocumentApp, 'DocumentApp'], [Document, 'Document'], [ContainerElement, 'ContainerElement'], [Body, 'Body'],
  [HeaderSection, 'HeaderSection'], [FooterSection, 'FooterSection'], [TableCell, 'TableCell'], [ParagraphLike, 'Paragraph'],
  [Paragraph, 'Paragraph'], [ListItem, 'ListItem'], [Text, 'Text'], [Table, 'Table'], [TableRow, 'TableRow'], [RangeElement, 'RangeElement'],
] as const) {
  instrument(cls as unknown as { prototype: object }, 'DocumentApp', name);
}
