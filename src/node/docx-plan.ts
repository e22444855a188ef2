// A plan typed in Word (.docx) as a roadmap workbook, for the offline command's `import` and the web page:
// what the bytes really are (a renamed .doc, .odt or workbook, an empty or cut-off copy, a password) with
// one Russian message each, the document read (docx-document.ts), the core's plan found in it, and the
// plan put into a new exceljs workbook as «Дорожная карта» (text cells, section rows merged) and
// «Настройки» (organisation, title, period, approval date). No file system: runs in the browser too.
import * as ExcelJS from 'exceljs';
import {
  DOCX_FILES, monthRu, planFromDocument, SETTINGS_HEADERS, SETTINGS_LABELS, SHEETS, type DocModel, type ImportedPlan, type IsoDate,
} from '../core';
import { DocxError, readDocx } from './docx-document';
import { fileKind, FileProblem, type FileKind } from './file-kind';
import { setCell } from './xlsx-cells';

/** A Russian message for bytes that cannot be a Word document, or null when they may be one. */
function documentProblem(kind: FileKind, name: string): string | null {
  switch (kind) {
    case 'other-zip': return null;
    case 'empty': return DOCX_FILES.empty(name);
    case 'truncated': return DOCX_FILES.truncated(name);
    case 'ods': return DOCX_FILES.odt(name);
    case 'encrypted': return DOCX_FILES.encrypted(name);
    case 'xls': return DOCX_FILES.doc(name);
    case 'xlsx': return DOCX_FILES.workbook(name);
    case 'not-zip': return DOCX_FILES.unreadable(name, DOCX_FILES.notZip('внутри нет документа Office Open XML'));
  }
}

/** The plan in a .docx file's bytes; a FileProblem (Russian, shown as it is) for anything else. */
export async function readDocxPlanBytes(bytes: Uint8Array, name: string, today: IsoDate): Promise<ImportedPlan> {
  if (!/\.docx$/i.test(name)) throw new FileProblem(DOCX_FILES.notDocx(name.replace(/^.*[\\/]/, '')));
  const kind = fileKind(bytes);
  const problem = documentProblem(kind, name);
  if (problem) throw new FileProblem(problem, kind);
  let doc: DocModel;
  try {
    doc = await readDocx(bytes);
  } catch (e) {
    if (e instanceof DocxError) throw new FileProblem(DOCX_FILES.unreadable(name, e.message));
    throw e;
  }
  const read = planFromDocument(doc, today);
  if (!read.ok) throw new FileProblem(read.message);
  return read.plan;
}

/** A new workbook holding the plan and its settings, ready for the tracker's set-up. */
export function workbookFromPlan(plan: ImportedPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'roadmap-tracker';
  const ws = wb.addWorksheet(SHEETS.roadmap);
  const width = Math.max(...plan.values.map((r) => r.length));
  plan.values.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      // Text, as typed in the document: «1.1» or «09.2023» must not become a number or a date.
      cell.numFmt = '@';
      if (row[c]) cell.value = row[c];
    }
  });
  for (const r of plan.mergedRows) ws.mergeCells(r + 1, 1, r + 1, width);
  const d = plan.defaults;
  const settings = wb.addWorksheet(SHEETS.settings);
  settings.addRow([SETTINGS_HEADERS.key, SETTINGS_HEADERS.value, SETTINGS_HEADERS.hint]);
  if (d.organisation) settings.addRow([SETTINGS_LABELS.organisation, d.organisation]);
  if (d.planTitle) settings.addRow([SETTINGS_LABELS.planTitle, d.planTitle]);
  settings.addRow([SETTINGS_LABELS.from, monthRu(d.plan.from)]);
  settings.addRow([SETTINGS_LABELS.to, monthRu(d.plan.to)]);
  // The approval date as a date cell, as Google Sheets makes of «16.12.2022» typed into the Google shell's sheet.
  if (d.plan.approved) setCell(settings, settings.addRow([SETTINGS_LABELS.approved]).number, 2, { date: d.plan.approved });
  return wb;
}
