// The report as a Word document, straight from the report model (no Google Doc in between): the offline
// command, the web page and the demo make the same file. A portrait first page with the title and the plan's
// numbers; the tables on landscape pages, each with its header rows repeated on every page, rows that never
// split across pages, one border width, and column widths that fit the longest word of each column.
// Pure: returns the package's parts as text (path → XML); the shell zips them (JSZip in Node and the browser).
// WordprocessingML is written as text because an object-per-paragraph library took 2.9 s of CPU and 350 MB
// for the 62,000 table cells of a 5,000-activity plan. Element names and order: ECMA-376 Part 1, §17.
import { formatRu } from '../core/calendar';
import { placeholderName } from '../core/placeholders';
import type { ReportLink, ReportModel } from '../core/report';
import { REPORT } from '../text/ru';
import { overdueTable, sectionTable, type TableSpec } from './report-doc';
import { breakable, reportTableWidths } from './report-layout';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

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
const LINK_COLOUR = '1155CC';

/** Text safe in XML: markup escaped, characters XML 1.0 forbids dropped. */
const NEEDS_ESCAPE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff&<>"]/;
export const xmlText = (s: string): string => !NEEDS_ESCAPE.test(s) ? s :
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

interface RunStyle { bold?: boolean; italics?: boolean; size?: number; colour?: string; underline?: boolean }

function run(text: string, s: RunStyle): string {
  const rPr = (s.bold ? '<w:b/><w:bCs/>' : '') + (s.italics ? '<w:i/><w:iCs/>' : '') + (s.colour ? `<w:color w:val="${s.colour}"/>` : '') +
    (s.size ? `<w:sz w:val="${s.size}"/><w:szCs w:val="${s.size}"/>` : '') + (s.underline ? '<w:u w:val="single"/>' : '');
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

/** Hyperlink targets of the document, numbered as relationships. */
class Links {
  readonly targets: string[] = [];
  id(url: string): string {
    this.targets.push(url);
    return `rIdL${this.targets.length}`;
  }
}

/** One line's runs, each evidence address in it a hyperlink (web addresses get places to wrap). */
function runsWithLinks(line: string, links: readonly ReportLink[], s: RunStyle, ids: Links): string {
  let out = '';
  let rest = line;
  for (;;) {
    let hit: { l: ReportLink; at: number } | null = null;
    for (const l of links) {
      const at = l.text ? rest.indexOf(l.text) : -1;
      if (at >= 0 && (!hit || at < hit.at)) hit = { l, at };
    }
    if (!hit) break;
    if (hit.at) out += run(breakable(rest.slice(0, hit.at)), s);
    out += `<w:hyperlink r:id="${ids.id(hit.l.url)}">${run(breakable(hit.l.text), { ...s, colour: LINK_COLOUR, underline: true })}</w:hyperlink>`;
    rest = rest.slice(hit.at + hit.l.text.length);
  }
  if (rest || !out) out += run(breakable(rest), s);
  return out;
}

interface ParaStyle { center?: boolean; right?: boolean; before?: number; after?: number; keepNext?: boolean }

function pPr(o: ParaStyle): string {
  const inner = (o.keepNext ? '<w:keepNext/>' : '') +
    (o.before !== undefined || o.after !== undefined ? `<w:spacing w:before="${(o.before ?? 0) * 20}" w:after="${(o.after ?? 4) * 20}"/>` : '') +
    (o.center ? '<w:jc w:val="center"/>' : o.right ? '<w:jc w:val="right"/>' : '');
  return inner ? `<w:pPr>${inner}</w:pPr>` : '';
}

const para = (text: string, o: RunStyle & ParaStyle = {}): string =>
  `<w:p>${pPr({ ...o, before: o.before ?? 0, after: o.after ?? 4 })}${run(text, o)}</w:p>`;

/**
 * A cell's text as paragraphs, one per line, in the cell styles (10 pt, no spacing): a large plan has tens
 * of thousands of cells, and each repeating its own spacing and size made the document twice as long.
 */
const cellParagraphs = (text: string, links: readonly ReportLink[], s: RunStyle, center: boolean, ids: Links): string => {
  const style = `<w:p><w:pPr><w:pStyle w:val="${center ? 'CellCentred' : 'Cell'}"/></w:pPr>`;
  const own: RunStyle = s.size === TABLE ? { ...s, size: undefined } : s;
  return text.split('\n').map((line) => `${style}${runsWithLinks(line, links, own, ids)}</w:p>`).join('');
};

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
const TABLE_PROPS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} ${BORDER}/>`).join('')}</w:tblBorders>` +
  '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>';

/** One report table: rows 0–1 (title, column names) repeat on every page; no row splits across pages. */
function table(spec: TableSpec, widthsPt: readonly number[], ids: Links): string {
  const widths = widthsPt.map((w) => w * 20);
  const cols = widths.length;
  const total = widths.reduce((a, b) => a + b, 0);
  const last = spec.cells.length - 1;
  let rows = '';
  spec.cells.forEach((row, r) => {
    const spanning = r === 0 || (spec.kind === 'section' && r === last);
    const style: RunStyle = { bold: r <= 1, italics: spanning && r > 0, size: r === 0 ? TABLE + 2 : TABLE };
    const links = spec.links.get(r) ?? [];
    let cells = '';
    if (spanning) {
      cells = `<w:tc><w:tcPr><w:tcW w:w="${total}" w:type="dxa"/><w:gridSpan w:val="${cols}"/></w:tcPr>${cellParagraphs(row[0], [], style, false, ids)}</w:tc>`;
    } else {
      row.forEach((text, c) => {
        const center = r === 1 || c === 0 || (spec.kind === 'overdue' && (c === 3 || c === 4));
        const shade = r === 1 ? '<w:shd w:val="clear" w:color="auto" w:fill="EDEDED"/>' : '';
        cells += `<w:tc><w:tcPr><w:tcW w:w="${widths[c]}" w:type="dxa"/>${shade}</w:tcPr>${cellParagraphs(text, c === cols - 1 ? links : [], style, center, ids)}</w:tc>`;
      });
    }
    rows += `<w:tr><w:trPr><w:cantSplit/>${r <= 1 ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${TABLE_PROPS}</w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`;
}

/** A template line with its {{…}} filled from the model (the Google template uses the same lines). */
function filled(line: string, values: Record<string, string>): string {
  return line.replace(/\{\{([^{}\n]{0,80}?)\}\}/g, (all, inner: string) => {
    const name = placeholderName(inner);
    return name && name in values ? values[name] : all;
  });
}

/** A section's page: A4 in the given orientation, with the shared header and footer. */
function sectPr(landscape: boolean): string {
  const size = landscape ? `<w:pgSz w:w="${A4.height}" w:h="${A4.width}" w:orient="landscape"/>` : `<w:pgSz w:w="${A4.width}" w:h="${A4.height}"/>`;
  return `<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/>${size}` +
    `<w:pgMar w:top="${MARGIN.top}" w:right="${MARGIN.right}" w:bottom="${MARGIN.bottom}" w:left="${MARGIN.left}" w:header="${MARGIN.header}" w:footer="${MARGIN.footer}" w:gutter="0"/></w:sectPr>`;
}

function documentXml(model: ReportModel, ids: Links): string {
  const T = REPORT.template;
  const v = model.values;
  const body: string[] = [
    para(T.title, { bold: true, size: 28, center: true, before: 12 }),
    para(T.subtitle, { bold: true, center: true }),
    para(filled(T.plan, v), { center: true }),
    para(filled(T.organisation, v), { center: true, after: 12 }),
    para(filled(T.period, v)),
    para(filled(T.date, v)),
    para(T.summaryHeading, { bold: true, before: 12, keepNext: true }),
    ...T.summary.map((line) => para(filled(line, v))),
    `<w:p><w:pPr>${sectPr(false)}</w:pPr></w:p>`,
    para(T.tablesHeading, { bold: true, after: 6, keepNext: true }),
  ];
  const specs = model.sections.map(sectionTable);
  const overdue = overdueTable(model);
  if (overdue) specs.push(overdue);
  // The same widths as the Google Doc's (report-layout.ts), for this page.
  const widths = reportTableWidths(specs, LANDSCAPE_TEXT_PT, TABLE / 2);
  specs.forEach((spec, i) => {
    if (i) body.push(para('', { after: 6 }));
    body.push(table(spec, widths[i], ids));
  });
  if (!model.sections.length) body.push(para(REPORT.noRows, { before: 6 }));
  if (!model.overdue.length) body.push(para(REPORT.noOverdue, { before: 6 }));
  if (model.unreadable) body.push(para(REPORT.warnings.unreadable(model.unreadable), { before: 6, italics: true }));
  if (model.examples) body.push(para(REPORT.examplesNote(model.examples), { before: 6, italics: true }));
  body.push(para(T.signature, { before: 24 }));
  return `${XML}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body.join('')}${sectPr(true)}</w:body></w:document>`;
}

const SMALL: RunStyle = { size: 18, colour: '666666' };

const STYLES = `${XML}<w:styles xmlns:w="${W}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${DOCX_FONT}" w:hAnsi="${DOCX_FONT}" w:cs="${DOCX_FONT}" w:eastAsia="${DOCX_FONT}"/>` +
  `<w:sz w:val="${BODY}"/><w:szCs w:val="${BODY}"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  `<w:style w:type="paragraph" w:styleId="Cell"><w:name w:val="Table Cell"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:rPr><w:sz w:val="${TABLE}"/><w:szCs w:val="${TABLE}"/></w:rPr></w:style>` +
  '<w:style w:type="paragraph" w:styleId="CellCentred"><w:name w:val="Table Cell Centred"/><w:basedOn w:val="Cell"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style></w:styles>';

const CONTENT_TYPES = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' +
  '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>';

/** The report's .docx package as its parts: zip path → XML text. `font` overrides the serif. */
export function reportDocxParts(model: ReportModel, opts: { font?: string } = {}): Record<string, string> {
  const ids = new Links();
  const v = model.values;
  const document = documentXml(model, ids);
  const font = opts.font ?? DOCX_FONT;
  const header = `${XML}<w:hdr xmlns:w="${W}" xmlns:r="${R}"><w:p>${pPr({ right: true })}${run(filled(REPORT.template.header, v), SMALL)}</w:p></w:hdr>`;
  const footer = `${XML}<w:ftr xmlns:w="${W}" xmlns:r="${R}"><w:p>${pPr({ center: true })}${run(`${filled(REPORT.template.footer, v)} · `, SMALL)}` +
    `<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:color w:val="666666"/><w:sz w:val="18"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>`;
  const title = xmlText(REPORT.docName(model.period.label, formatRu(model.today)));
  return {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': `${XML}<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
    'docProps/core.xml': `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
      `<dc:title>${title}</dc:title><dc:creator>roadmap-tracker</dc:creator></cp:coreProperties>`,
    'word/_rels/document.xml.rels': `${XML}<Relationships xmlns="${REL}"><Relationship Id="rIdS" Type="${R}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rIdH" Type="${R}/header" Target="header1.xml"/><Relationship Id="rIdF" Type="${R}/footer" Target="footer1.xml"/>` +
      ids.targets.map((url, i) => `<Relationship Id="rIdL${i + 1}" Type="${R}/hyperlink" Target="${xmlText(url)}" TargetMode="External"/>`).join('') + '</Relationships>',
    'word/styles.xml': font === DOCX_FONT ? STYLES : STYLES.split(DOCX_FONT).join(xmlText(font)),
    'word/header1.xml': header,
    'word/footer1.xml': footer,
    'word/document.xml': document,
  };
}
