// A .docx file read into the core's plain document model (the same one the Google shell makes from a
// Google Doc): paragraphs and tables, each table a physical grid where a cell merged across (gridSpan)
// or down (vMerge) leaves covered cells behind its head. JSZip opens the package and @xmldom/xmldom
// parses the XML: both are maintained, run in Node and in a browser (the offline web page can reuse
// this file unchanged, or swap in the browser's own DOMParser), and JSZip is already what exceljs and
// docx use here. Only word/document.xml is read; nothing is written.
import { DOMParser, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { DOCX_FILES, type DocBlock, type DocCell, type DocModel } from '../core';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export class DocxError extends Error {}

const isW = (n: XmlNode, name: string): n is XmlElement => n.nodeType === 1 && (n as XmlElement).namespaceURI === W && (n as XmlElement).localName === name;
const children = (e: XmlElement, name?: string): XmlElement[] => {
  const out: XmlElement[] = [];
  for (let n = e.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (!name || isW(n, name))) out.push(n as XmlElement);
  return out;
};
const attr = (e: XmlElement | undefined, name: string): string | null => (e ? e.getAttributeNS(W, name) || e.getAttribute(`w:${name}`) : null);

/** A paragraph's text: runs, tabs and line breaks; deleted text and field codes left out. */
function paragraphText(p: XmlElement): string {
  let out = '';
  const walk = (e: XmlElement): void => {
    for (const c of children(e)) {
      if (c.namespaceURI !== W) continue;
      switch (c.localName) {
        case 't': out += c.textContent ?? ''; break;
        case 'tab': out += '\t'; break;
        case 'br': if (attr(c, 'type') !== 'page') out += '\n'; break;
        case 'cr': out += '\n'; break;
        case 'noBreakHyphen': out += '-'; break;
        case 'del': case 'instrText': case 'delText': case 'rPr': case 'pPr': break;
        default: walk(c);
      }
    }
  };
  walk(p);
  return out;
}

/** A cell's paragraphs (and those of any table nested in it), one per line. */
function cellText(tc: XmlElement): string {
  const lines: string[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of children(e)) {
      if (isW(c, 'p')) lines.push(paragraphText(c));
      else if (isW(c, 'tbl') || isW(c, 'tr') || isW(c, 'tc') || isW(c, 'sdt') || isW(c, 'sdtContent')) walk(c);
    }
  };
  walk(tc);
  return lines.join('\n').trim();
}

function readTable(tbl: XmlElement): DocCell[][] {
  const rows: DocCell[][] = [];
  /** The head cell currently open for a vertical merge, by grid column. */
  const open = new Map<number, DocCell>();
  for (const tr of children(tbl, 'tr')) {
    const row: DocCell[] = [];
    const trPr = children(tr, 'trPr')[0];
    const before = Number(attr(trPr ? children(trPr, 'gridBefore')[0] : undefined, 'val') ?? 0) || 0;
    for (let k = 0; k < before; k++) row.push({ text: '', colSpan: 1, rowSpan: 1, covered: false });
    const cells = children(tr).flatMap((c) => (isW(c, 'sdt') ? children(children(c, 'sdtContent')[0] ?? c, 'tc') : isW(c, 'tc') ? [c] : []));
    for (const tc of cells) {
      const pr = children(tc, 'tcPr')[0];
      const span = Math.max(1, Number(attr(pr ? children(pr, 'gridSpan')[0] : undefined, 'val') ?? 1) || 1);
      const vMerge = pr ? children(pr, 'vMerge')[0] : undefined;
      const column = row.length;
      if (vMerge && attr(vMerge, 'val') !== 'restart' && open.has(column)) {
        (open.get(column) as DocCell).rowSpan++;
        for (let k = 0; k < span; k++) row.push({ text: '', colSpan: 0, rowSpan: 0, covered: true });
        continue;
      }
      const head: DocCell = { text: cellText(tc), colSpan: span, rowSpan: 1, covered: false };
      if (vMerge) open.set(column, head); else open.delete(column);
      row.push(head);
      for (let k = 1; k < span; k++) row.push({ text: '', colSpan: 0, rowSpan: 0, covered: true });
    }
    rows.push(row);
  }
  return rows;
}

/** The body's paragraphs and tables in order (content controls opened). */
export async function readDocx(data: Uint8Array | ArrayBuffer): Promise<DocModel> {
  let xml: string | undefined;
  try {
    const zip = await JSZip.loadAsync(data);
    xml = await zip.file('word/document.xml')?.async('string');
  } catch (e) {
    throw new DocxError(DOCX_FILES.notZip((e as Error).message));
  }
  if (!xml) throw new DocxError(DOCX_FILES.noBody);
  const dom = new DOMParser().parseFromString(xml, 'text/xml');
  const body = dom.getElementsByTagNameNS(W, 'body')[0] as XmlElement | undefined;
  if (!body) throw new DocxError(DOCX_FILES.noText);
  const blocks: DocBlock[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of children(e)) {
      if (isW(c, 'p')) blocks.push({ kind: 'paragraph', text: paragraphText(c) });
      else if (isW(c, 'tbl')) blocks.push({ kind: 'table', table: { rows: readTable(c) } });
      else if (isW(c, 'sdt')) walk(children(c, 'sdtContent')[0] ?? c);
    }
  };
  walk(body);
  return { blocks };
}
