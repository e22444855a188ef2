// The report document in Google Docs: the default template (made once with DocumentApp), a template
// the script did not create copied element by element, and the report filled from a fresh copy —
// one insertTable per table, then one Docs API documents.get and one batchUpdate for all styling,
// links and placeholders.
import type { ReportModel } from '../core/report';
import { REPORT } from '../text/ru';
import {
  closingParagraphs, REPORT_FONT, reportTables, scanTemplate, styleRequests, type DocsDocument, type DocsRequest,
} from '../views/report-doc';
import { createDoc, tag } from './report-drive';

interface DocsApi {
  get(documentId: string, optionalArgs?: Record<string, unknown>): DocsDocument;
  batchUpdate(resource: { requests: DocsRequest[] }, documentId: string): unknown;
}

/** `Docs.Documents` of the advanced service (enabled in appsscript.json). */
function docsApi(): DocsApi {
  return (Docs as unknown as { Documents: DocsApi }).Documents;
}

type Attributes = Record<string, unknown>;

function attrs(pairs: [GoogleAppsScript.Document.Attribute, unknown][]): Attributes {
  const out: Attributes = {};
  for (const [k, v] of pairs) out[String(k)] = v;
  return out;
}

/** The default template: created in the reports folder, tagged so the script finds it again. Returns its id and link. */
export function createDefaultTemplate(folderId: string | null, ssId: string): { id: string; url: string } {
  const file = createDoc(REPORT.templateName, folderId, tag('template', ssId));
  writeDefaultTemplate(file.id);
  return file;
}

/** The default template's contents written into an empty document (a template, or a report made without one). */
export function writeDefaultTemplate(docId: string): void {
  const doc = DocumentApp.openById(docId);
  const body = doc.getBody();
  const A = DocumentApp.Attribute;
  const H = DocumentApp.HorizontalAlignment;
  const base = attrs([[A.FONT_FAMILY, REPORT_FONT], [A.FONT_SIZE, 12], [A.BOLD, false], [A.ITALIC, false]]);
  const add = (text: string, more: [GoogleAppsScript.Document.Attribute, unknown][] = []): void => {
    body.appendParagraph(text).setAttributes({ ...base, ...attrs(more) });
  };
  const T = REPORT.template;
  for (const note of REPORT.note) add(note, [[A.ITALIC, true], [A.FONT_SIZE, 10], [A.FOREGROUND_COLOR, '#666666']]);
  add(T.title, [[A.BOLD, true], [A.FONT_SIZE, 14], [A.HORIZONTAL_ALIGNMENT, H.CENTER], [A.SPACING_BEFORE, 12]]);
  add(T.subtitle, [[A.BOLD, true], [A.HORIZONTAL_ALIGNMENT, H.CENTER]]);
  add(T.plan, [[A.HORIZONTAL_ALIGNMENT, H.CENTER]]);
  add(T.organisation, [[A.HORIZONTAL_ALIGNMENT, H.CENTER], [A.SPACING_AFTER, 12]]);
  add(T.period);
  add(T.date);
  add(T.summaryHeading, [[A.BOLD, true], [A.SPACING_BEFORE, 12]]);
  for (const line of T.summary) add(line);
  add(T.tablesHeading, [[A.BOLD, true], [A.SPACING_BEFORE, 12]]);
  add(T.table);
  add(T.signature, [[A.SPACING_BEFORE, 24]]);
  body.getChild(0).removeFromParent(); // the empty paragraph every new document starts with
  const small = { ...base, ...attrs([[A.FONT_SIZE, 9], [A.FOREGROUND_COLOR, '#666666']]) };
  doc.addHeader().appendParagraph(T.header).setAttributes({ ...small, ...attrs([[A.HORIZONTAL_ALIGNMENT, H.RIGHT]]) });
  doc.addFooter().appendParagraph(T.footer).setAttributes({ ...small, ...attrs([[A.HORIZONTAL_ALIGNMENT, H.CENTER]]) });
  doc.saveAndClose();
}

/** Body, header and footer of a template the script may not copy with Drive, appended into a new document. */
export function copyTemplateElements(template: GoogleAppsScript.Document.Document, name: string, folderId: string | null): { id: string; url: string } {
  const file = createDoc(name, folderId);
  const doc = DocumentApp.openById(file.id);
  type Section = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;
  const copyInto = (from: Section | null, to: GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection): void => {
    if (!from) return;
    const n = from.getNumChildren();
    for (let i = 0; i < n; i++) {
      const child = from.getChild(i);
      const type = child.getType();
      if (type === DocumentApp.ElementType.PARAGRAPH) to.appendParagraph(child.asParagraph().copy());
      else if (type === DocumentApp.ElementType.LIST_ITEM) to.appendListItem(child.asListItem().copy());
      else if (type === DocumentApp.ElementType.TABLE) to.appendTable(child.asTable().copy());
    }
    if (n && to.getNumChildren() > 1) to.getChild(0).removeFromParent();
  };
  copyInto(template.getBody(), doc.getBody());
  copyInto(template.getHeader(), doc.addHeader());
  copyInto(template.getFooter(), doc.addFooter());
  doc.saveAndClose();
  return file;
}

export interface Filled {
  /** Unknown placeholders, as written in the template (without braces). */
  unknown: string[];
  notes: string[];
}

/** Fills a fresh copy of the template: tables at {{Таблица}}, then one batch of styles, links and replacements. */
export function fillReport(docId: string, model: ReportModel): Filled {
  const notes: string[] = [];
  const scan = scanTemplate(docsApi().get(docId));
  const doc = DocumentApp.openById(docId);
  const body = doc.getBody();
  let at: number;
  if (scan.tableChild === null) {
    // Another section break precedes the placeholder: ask DocumentApp where its paragraph is.
    const found = body.findText('\\{\\{\\s*Таблица\\s*\\}\\}');
    at = found ? body.getChildIndex(found.getElement().getParent()) : body.getNumChildren();
  } else if (scan.tableChild >= 0) at = scan.tableChild;
  else {
    notes.push(scan.tableInCell ? REPORT.errors.templateInTable : REPORT.warnings.noTablePlaceholder);
    at = scan.bodyChildren;
  }
  const tables = reportTables(model);
  tables.forEach((t, k) => body.insertTable(at + k, t.cells));
  closingParagraphs(model).forEach((text, k) => body.insertParagraph(at + tables.length + k, text));
  doc.saveAndClose();
  const plan = styleRequests({ doc: docsApi().get(docId), tables, values: model.values, font: scan.font ?? REPORT_FONT });
  if (plan.requests.length) docsApi().batchUpdate({ requests: plan.requests }, docId);
  return { unknown: plan.unknown.map((o) => o.text.slice(2, -2).trim()), notes };
}
