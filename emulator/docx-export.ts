// An emulated Google Doc as a .docx file (with the `docx` library): paragraphs with headings and
// alignment, bold/italic/colours, links, tables with borders, fills, widths and merged cells, header
// and footer, a serif font — so the demo's report opens in Word or LibreOffice as it looks in Docs.
import { writeFileSync } from 'node:fs';
import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, Footer, Header, HeadingLevel, Packer, PageOrientation, Paragraph, ShadingType,
  Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type IBorderOptions, type ParagraphChild,
} from 'docx';
import type { Block, CellNode, DocModel, ParagraphNode, SectionNode, TableNode } from './document/model';

/** Google Docs' default text font is Arial; reports set their own (the template's serif) on runs. */
const DEFAULT_FONT = 'Times New Roman';
const TWIPS_PER_PT = 20;

const HEADINGS = {
  HEADING1: HeadingLevel.HEADING_1, HEADING2: HeadingLevel.HEADING_2, HEADING3: HeadingLevel.HEADING_3, HEADING4: HeadingLevel.HEADING_4,
  HEADING5: HeadingLevel.HEADING_5, HEADING6: HeadingLevel.HEADING_6, TITLE: HeadingLevel.TITLE,
} as const;
const ALIGN = { LEFT: AlignmentType.LEFT, CENTER: AlignmentType.CENTER, RIGHT: AlignmentType.RIGHT, JUSTIFY: AlignmentType.JUSTIFIED } as const;

const hex = (c: string): string => c.replace('#', '').toUpperCase();

function runs(p: ParagraphNode): ParagraphChild[] {
  return p.runs.map((r) => {
    const s = r.style;
    const run = new TextRun({
      text: r.text,
      bold: s.bold,
      italics: s.italic,
      underline: s.underline || s.link ? {} : undefined,
      strike: s.strikethrough,
      font: s.fontFamily,
      size: s.fontSize ? Math.round(s.fontSize * 2) : undefined,
      color: s.link ? '1155CC' : s.foregroundColor ? hex(s.foregroundColor) : undefined,
      shading: s.backgroundColor ? { type: ShadingType.CLEAR, fill: hex(s.backgroundColor), color: 'auto' } : undefined,
    });
    return s.link ? new ExternalHyperlink({ link: s.link, children: [run] }) : run;
  });
}

function paragraph(p: ParagraphNode): Paragraph {
  return new Paragraph({
    children: runs(p),
    heading: p.style.heading !== 'NORMAL' && p.style.heading !== 'SUBTITLE' ? HEADINGS[p.style.heading] : undefined,
    alignment: p.style.alignment ? ALIGN[p.style.alignment] : undefined,
    bullet: p.listItem ? { level: p.nesting } : undefined,
    spacing: {
      before: p.style.spaceBefore !== undefined ? p.style.spaceBefore * TWIPS_PER_PT : undefined,
      after: p.style.spaceAfter !== undefined ? p.style.spaceAfter * TWIPS_PER_PT : 60,
    },
  });
}

function border(cell: CellNode, side: 'top' | 'bottom' | 'left' | 'right', table: TableNode): IBorderOptions {
  const b = cell.borders[side];
  const width = b ? b.width : table.borderWidth;
  const color = b ? b.color : table.borderColor;
  return width > 0 ? { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(width * 8)), color: hex(color) } : { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
}

function table(t: TableNode): Table {
  const widths = t.widths.map((w) => (w ? w * TWIPS_PER_PT : 1800));
  return new Table({
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    rows: t.rows.map((row, r) => new TableRow({
      tableHeader: r < t.pinnedHeaderRows,
      cantSplit: row.preventOverflow,
      children: row.cells.filter((c) => c.colSpan !== 0).map((c) => {
        const i = row.cells.indexOf(c);
        const span = Math.max(1, c.colSpan);
        return new TableCell({
          children: blocks(c.children),
          columnSpan: span > 1 ? span : undefined,
          width: { size: widths.slice(i, i + span).reduce((a, b) => a + b, 0), type: WidthType.DXA },
          shading: c.background ? { type: ShadingType.CLEAR, fill: hex(c.background), color: 'auto' } : undefined,
          borders: { top: border(c, 'top', t), bottom: border(c, 'bottom', t), left: border(c, 'left', t), right: border(c, 'right', t) },
          margins: {
            top: (c.padding.top ?? 2) * TWIPS_PER_PT, bottom: (c.padding.bottom ?? 2) * TWIPS_PER_PT,
            left: (c.padding.left ?? 5) * TWIPS_PER_PT, right: (c.padding.right ?? 5) * TWIPS_PER_PT,
          },
        });
      }),
    })),
  });
}

function blocks(list: Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  list.forEach((b, i) => {
    // Word joins tables that touch; a small empty paragraph keeps each section's table apart.
    if (b.kind === 'table' && list[i - 1]?.kind === 'table') out.push(new Paragraph({ spacing: { before: 0, after: 0 }, children: [new TextRun({ text: '', size: 12 })] }));
    out.push(b.kind === 'paragraph' ? paragraph(b) : table(b));
  });
  return out.length ? out : [new Paragraph({})];
}

function section(s: SectionNode | null): Paragraph[] | null {
  return s ? (s.children.filter((b) => b.kind === 'paragraph') as ParagraphNode[]).map(paragraph) : null;
}

/** The .docx bytes of an emulated document. */
export async function docxBuffer(doc: DocModel): Promise<Buffer> {
  const header = section(doc.header);
  const footer = section(doc.footer);
  const file = new Document({
    title: doc.name,
    creator: 'roadmap-tracker',
    styles: { default: { document: { run: { font: DEFAULT_FONT, size: 24 } } } },
    sections: [{
      // The document's page (DocumentStyle): size, margins, and landscape when flipPageOrientation is set.
      properties: {
        page: {
          size: {
            width: Math.round(doc.page.width * TWIPS_PER_PT), height: Math.round(doc.page.height * TWIPS_PER_PT),
            orientation: doc.page.flipPageOrientation ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: {
            top: doc.page.marginTop * TWIPS_PER_PT, bottom: doc.page.marginBottom * TWIPS_PER_PT,
            left: doc.page.marginLeft * TWIPS_PER_PT, right: doc.page.marginRight * TWIPS_PER_PT,
          },
        },
      },
      headers: header ? { default: new Header({ children: header }) } : undefined,
      footers: footer ? { default: new Footer({ children: footer }) } : undefined,
      children: blocks(doc.body.children),
    }],
  });
  return Packer.toBuffer(file);
}

export async function saveDocx(doc: DocModel, path: string): Promise<void> {
  writeFileSync(path, await docxBuffer(doc));
}
