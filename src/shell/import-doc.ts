// «Импортировать план из документа»: a Google Doc (a .docx uploaded to Drive opens as one) read with
// DocumentApp into the core's plain document model, a preview, and on «Да» the roadmap sheet written
// in one setValues, then the usual set-up. Needs no scope beyond `documents`, which the report uses.
import { dateInZone } from '../core/calendar';
import type { DocBlock, DocCell, DocModel } from '../core/import/document';
import { planFromDocument, type ImportedPlan } from '../core/import/plan-from-document';
import { sheetNamed, usedRows } from '../core/snapshot';
import { PLAN_IMPORT, SHEETS } from '../text/ru';
import { COLOURS } from '../views/colours';
import { ensureSettingsSheet } from './settings-sheet';
import { snapshotSpreadsheet } from './snapshot';
import { setupTracker } from './tracker';
import { alertMessage, errorText, toast, withDocumentLock } from './ui';

type Body = GoogleAppsScript.Document.Body;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const DOC_LINK = /\/document\/(?:u\/\d+\/)?d\/([\w-]{20,})/;

/** The document's body as plain data: paragraphs and tables, a merged cell marked as covered. */
export function readDocument(body: Body): DocModel {
  const blocks: DocBlock[] = [];
  const n = body.getNumChildren();
  for (let i = 0; i < n; i++) {
    const child = body.getChild(i);
    const type = child.getType();
    if (type === DocumentApp.ElementType.TABLE) {
      const table = child.asTable();
      const rows: DocCell[][] = [];
      for (let r = 0; r < table.getNumRows(); r++) {
        const row = table.getRow(r);
        const cells: DocCell[] = [];
        for (let c = 0; c < row.getNumCells(); c++) {
          const cell = row.getCell(c);
          const colSpan = cell.getColSpan();
          const rowSpan = cell.getRowSpan();
          // A cell merged into another reports a span of 0 (its text stands in the head cell).
          const covered = colSpan === 0 || rowSpan === 0;
          cells.push({ text: covered ? '' : cell.getText(), colSpan, rowSpan, covered });
        }
        rows.push(cells);
      }
      blocks.push({ kind: 'table', table: { rows } });
    } else if (type === DocumentApp.ElementType.PARAGRAPH || type === DocumentApp.ElementType.LIST_ITEM) {
      blocks.push({ kind: 'paragraph', text: (type === DocumentApp.ElementType.PARAGRAPH ? child.asParagraph() : child.asListItem()).getText() });
    }
  }
  return { blocks };
}

/** The preview people confirm: counts, the first rows, what was left out. */
function previewText(p: ImportedPlan): string {
  const first = p.roadmap.activities.slice(0, 3).map((a) => `${a.number ? `${a.number} ` : ''}${a.name.split('\n')[0]} — ${a.deadlineText || 'срок не указан'}`);
  return PLAN_IMPORT.preview({
    title: p.info.title, organisation: p.info.organisation, order: p.info.order,
    sections: p.roadmap.sections.filter((s) => s.title).length, activities: p.roadmap.activities.length,
    first, notPlaced: p.notPlaced, noDeadline: p.roadmap.activities.filter((a) => !a.deadlineText).length,
  });
}

/** Writes the plan into an empty «Дорожная карта» (made when missing): text cells, merged section rows. */
function writePlan(ss: Spreadsheet, plan: ImportedPlan): void {
  const sheets = ss.getSheets();
  // A new spreadsheet's untouched «Лист1» becomes the roadmap rather than staying empty beside it.
  const lone = sheets.length === 1 && /^(Лист|Sheet)\d+$/.test(sheets[0].getName()) && sheets[0].getLastRow() === 0 ? sheets[0] : null;
  const sheet = ss.getSheetByName(SHEETS.roadmap) ?? lone ?? ss.insertSheet(SHEETS.roadmap, 0);
  if (sheet.getName() !== SHEETS.roadmap) sheet.setName(SHEETS.roadmap);
  const width = Math.max(...plan.values.map((r) => r.length));
  const rows = plan.values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
  if (sheet.getMaxRows() < rows.length + 1) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
  if (sheet.getMaxColumns() < width + 4) sheet.insertColumnsAfter(sheet.getMaxColumns(), width + 4 - sheet.getMaxColumns());
  // Plain text first: «1.1» typed into an automatic cell becomes a date in a Russian spreadsheet.
  const range = sheet.getRange(1, 1, rows.length, width);
  range.setNumberFormat('@').setValues(rows).setWrap(true).setVerticalAlignment('top');
  const r = plan.roadmap;
  sheet.getRange(r.headerRow, 1, r.headerBottom - r.headerRow + 1, width).setFontWeight('bold').setBackground(COLOURS.planHeader);
  for (const m of plan.mergedRows) sheet.getRange(m + 1, 1, 1, width).merge().setFontWeight('bold').setBackground(COLOURS.section);
  sheet.setFrozenRows(r.headerBottom);
}

/** The menu action: link → read → preview → on «Да» write the sheet and set up. */
export function importPlanFromDocument(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const asked = ui.prompt(PLAN_IMPORT.askLinkTitle, PLAN_IMPORT.askLink, ui.ButtonSet.OK_CANCEL);
  if (asked.getSelectedButton() !== ui.Button.OK) return;
  const link = asked.getResponseText().trim();
  if (!DOC_LINK.test(link)) return alertMessage(PLAN_IMPORT.badLink);
  const taken = sheetNamed(snapshotSpreadsheet(ss).snapshot, SHEETS.roadmap);
  if (taken && usedRows(taken) > 0) return alertMessage(PLAN_IMPORT.sheetTaken(SHEETS.roadmap));
  toast(ss, PLAN_IMPORT.reading, -1);
  let doc: DocModel;
  try {
    doc = readDocument(DocumentApp.openByUrl(link).getBody());
  } catch (e) {
    return alertMessage(PLAN_IMPORT.cannotOpen(errorText(e, false)));
  }
  const now = new Date();
  const read = planFromDocument(doc, dateInZone(now, ss.getSpreadsheetTimeZone()));
  if (!read.ok) return alertMessage(read.message);
  const answer = ui.alert(PLAN_IMPORT.previewTitle, previewText(read.plan), ui.ButtonSet.YES_NO);
  if (answer !== ui.Button.YES) return toast(ss, PLAN_IMPORT.cancelled);
  toast(ss, PLAN_IMPORT.writing, -1);
  const run = withDocumentLock(() => {
    // Checked again under the lock: someone may have filled the sheet meanwhile.
    const now2 = sheetNamed(snapshotSpreadsheet(ss).snapshot, SHEETS.roadmap);
    if (now2 && usedRows(now2) > 0) return { ok: false as const, message: PLAN_IMPORT.sheetTaken(SHEETS.roadmap) };
    writePlan(ss, read.plan);
    ensureSettingsSheet(ss, ss.getSheetByName(SHEETS.settings) ?? undefined, ss.getSpreadsheetTimeZone(), read.plan.defaults);
    return setupTracker(ss, now, { seedIfMissing: false });
  });
  if (!run.ok) return alertMessage(PLAN_IMPORT.busyOrFailed);
  if (!run.value.ok) return alertMessage(run.value.message);
  toast(ss, PLAN_IMPORT.done(run.value.tracker.roadmap.activities.length, run.value.tracker.planned.length), 10);
}
