// The report as a Word document, straight from the report model (no Google Doc in between): the offline
// command and a future web page make the same file. A portrait first page with the title and the plan's
// numbers; the tables on landscape pages, each with its header rows repeated on every page, rows that never
// split across pages, one border width, and column widths that fit the longest word of each column.
// Pure: returns the `docx` Document; the shell packs it (Packer.toBuffer in Node, Packer.toBlob in a browser).
import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, Footer, Header, PageNumber, PageOrientation, Paragraph,
  ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type IBorderOptions, type ParagraphChild,
} from 'docx';
import { formatRu } from '../core/calendar';
import { placeholderName } from '../core/placeholders';
import type { ReportLink, ReportModel } from '../core/report';
import { REPORT } from '../text/ru';
import { overdueTable, sectionTable, type TableSpec } from './report-doc';
import { breakable, columnWidths } from './report-layout';

/** Page geometry in twips (1/20 pt): A4, margins as Russian office documents use (ГОСТ Р 7.0.97: left 30 mm, right 15 mm, 20 mm top and bottom). */
const MM = 56.7;
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM), header: Math.round(10 * MM), footer: Math.round(10 * MM) };
/** Text width of a landscape page, in points. */
const LANDSCAPE_TEXT_PT = Math.floor((A4.height - MARGIN.left - MARGIN.right) / 20);

export const DOCX_FONT = 'Times New Roman';
/** Body text 12 pt, tables 10 pt (half-points in docx). */
const BODY = 24;
const TABLE = 20;

const border: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: border, bottom: border, left: border, right: border };

function runsWithLinks(line: string, links: ReportLink[], style: { bold?: boolean; italics?: boolean; size?: number }): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let rest = line;
  for (;;) {
    const hit = links.map((l) => ({ l, at: rest.indexOf(l.text) })).filter((h) => h.at >= 0 && h.l.text).sort((a, b) => a.at - b.at)[0];
    if (!hit) break;
    if (hit.at) out.push(new TextRun({ text: breakable(rest.slice(0, hit.at)), ...style }));
    out.push(new ExternalHyperlink({ link: hit.l.url, children: [new TextRun({ text: breakable(hit.l.text), ...style, color: '1155CC', underline: {} })] }));
    rest = rest.slice(hit.at + hit.l.text.length);
  }
  if (rest || !out.length) out.push(new TextRun({ text: breakable(rest), ...style }));
  return out;
}

function cellParagraphs(text: string, links: ReportLink[], style: { bold?: boolean; italics?: boolean; size?: number }, align?: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ children: runsWithLinks(line, links, style), alignment: align, spacing: { before: 0, after: 0 } }));
}

/** One report table: rows 0–1 (title, column names) repeat on every page; no row splits across pages. */
function table(spec: TableSpec, widthsPt: number[]): Table {
  const widths = widthsPt.map((w) => w * 20);
  const cols = widths.length;
  const total = widths.reduce((a, b) => a + b, 0);
  const last = spec.cells.length - 1;
  const rows = spec.cells.map((row, r) => {
    const spanning = r === 0 || (spec.kind === 'section' && r === last);
    const style = { bold: r <= 1, italics: spanning && r > 0, size: r === 0 ? TABLE + 2 : TABLE };
    const links = spec.links.get(r) ?? [];
    const cells = spanning
      ? [new TableCell({ children: cellParagraphs(row[0], [], style), columnSpan: cols, width: { size: total, type: WidthType.DXA }, borders: BORDERS, margins: MARGINS })]
      : row.map((text, c) => new TableCell({
        children: cellParagraphs(text, c === cols - 1 ? links : [], style, r === 1 || c === 0 || (spec.kind === 'overdue' && (c === 3 || c === 4)) ? AlignmentType.CENTER : undefined),
        width: { size: widths[c], type: WidthType.DXA },
        borders: BORDERS,
        margins: MARGINS,
        shading: r === 1 ? { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' } : undefined,
      }));
    return new TableRow({ children: cells, tableHeader: r <= 1, cantSplit: true });
  });
  return new Table({ rows, columnWidths: widths, layout: TableLayoutType.FIXED, width: { size: total, type: WidthType.DXA } });
}

const MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

/** A template line with its {{…}} filled from the model (the Google template uses the same lines). */
function filled(line: string, values: Record<string, string>): string {
  return line.replace(/\{\{([^{}\n]{0,80}?)\}\}/g, (all, inner: string) => {
    const name = placeholderName(inner);
    return name && name in values ? values[name] : all;
  });
}

const para = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; center?: boolean; before?: number; after?: number; keepNext?: boolean } = {}): Paragraph =>
  new Paragraph({
    children: [new TextRun({ text, bold: o.bold, italics: o.italics, size: o.size })],
    alignment: o.center ? AlignmentType.CENTER : undefined,
    spacing: { before: (o.before ?? 0) * 20, after: (o.after ?? 4) * 20 },
    keepNext: o.keepNext,
  });

/** The report as a .docx Document. Signature and page geometry are fixed; `font` overrides the serif. */
export function reportDocx(model: ReportModel, opts: { font?: string } = {}): Document {
  const T = REPORT.template;
  const v = model.values;
  const first: Paragraph[] = [
    para(T.title, { bold: true, size: 28, center: true, before: 12 }),
    para(T.subtitle, { bold: true, center: true }),
    para(filled(T.plan, v), { center: true }),
    para(filled(T.organisation, v), { center: true, after: 12 }),
    para(filled(T.period, v)),
    para(filled(T.date, v)),
    para(T.summaryHeading, { bold: true, before: 12, keepNext: true }),
    ...T.summary.map((line) => para(filled(line, v))),
  ];
  const tables: (Paragraph | Table)[] = [para(T.tablesHeading, { bold: true, after: 6, keepNext: true })];
  const specs = model.sections.map(sectionTable);
  const overdue = overdueTable(model);
  if (overdue) specs.push(overdue);
  // One set of widths for all section tables (they share their columns), from the text of all of them.
  const sections = specs.filter((t) => t.kind === 'section');
  const sectionWidths = sections.length
    ? columnWidths({ ...sections[0], cells: [sections[0].cells[0], sections[0].cells[1], ...sections.flatMap((t) => t.cells.slice(2, -1)), sections[0].cells[0]] }, LANDSCAPE_TEXT_PT, TABLE / 2)
    : [];
  specs.forEach((spec, i) => {
    if (i) tables.push(para('', { after: 6 }));
    tables.push(table(spec, spec.kind === 'section' ? sectionWidths : columnWidths(spec, LANDSCAPE_TEXT_PT, TABLE / 2)));
  });
  if (!model.sections.length) tables.push(para(REPORT.noRows, { before: 6 }));
  if (!model.overdue.length) tables.push(para(REPORT.noOverdue, { before: 6 }));
  if (model.unreadable) tables.push(para(REPORT.warnings.unreadable(model.unreadable), { before: 6, italics: true }));
  if (model.examples) tables.push(para(REPORT.examplesNote(model.examples), { before: 6, italics: true }));
  tables.push(para(T.signature, { before: 24 }));

  const small = { size: 18, color: '666666' };
  const header = new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: filled(T.header, v), ...small })] })] });
  const footer = new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: `${filled(T.footer, v)} · `, ...small }), new TextRun({ children: [PageNumber.CURRENT], ...small })],
    })],
  });
  const page = (orientation: (typeof PageOrientation)[keyof typeof PageOrientation]) => ({
    size: { width: A4.width, height: A4.height, orientation },
    margin: MARGIN,
  });
  return new Document({
    title: REPORT.docName(model.period.label, formatRu(model.today)),
    creator: 'roadmap-tracker',
    styles: { default: { document: { run: { font: opts.font ?? DOCX_FONT, size: BODY } } } },
    sections: [
      { properties: { page: page(PageOrientation.PORTRAIT) }, headers: { default: header }, footers: { default: footer }, children: first },
      { properties: { page: page(PageOrientation.LANDSCAPE) }, headers: { default: header }, footers: { default: footer }, children: tables },
    ],
  });
}
