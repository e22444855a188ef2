// «Сформировать отчёт» end to end: read the tracker (no writes), build the model, find the folder and
// the template, make the document (and the PDF), and append one row to «Журнал отчётов». The only
// other spreadsheet write is the template's link into an empty «Шаблон отчёта» settings cell.
import { dateInZone, formatRu } from '../core/calendar';
import { typedPlanPeriod } from '../core/settings';
import { toCell } from './sheet-io';
import { buildReport, readReportOptions, reportPeriod, type ReportModel } from '../core/report';
import { ACCESS, REPORT, SHEETS } from '../text/ru';
import { copyTemplateElements, createDefaultTemplate, fillReport, writeDefaultTemplate } from './report-doc';
import {
  copyTemplate, createDoc, creatorOf, DOC_MIME, findTagged, recordCreator, removeFile, reportsFolder, savePdf, type Folder,
} from './report-drive';
import { ACTION_SCOPES, missingScopesMessage } from './scopes';
import { readTracker, type TrackerView } from './tracker';
import { errorText, toast } from './ui';
import { REPORT_LOG_WIDTHS } from '../views/sheet-layout';
import { insertSheetKeepingActive } from './sheet-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the dialog shows (plain data: it crosses google.script.run). */
export type ReportResult =
  | {
      ok: true;
      title: string;
      period: string;
      docUrl: string;
      pdfUrl: string;
      folderUrl: string;
      templateUrl: string;
      counts: ReportModel['counts'];
      sections: number;
      notes: string[];
    }
  | { ok: false; message: string };

/** Asks the person (YES/NO) whether to recreate the default template; injected so tests and entry points decide how. */
export type AskRecreate = (message: string, title: string) => boolean;

interface Template {
  /** A copy ready to fill, in the folder. */
  docId: string;
  docUrl: string;
  templateUrl: string;
  notes: string[];
}

const docUrl = (id: string): string => `https://docs.google.com/document/d/${id}/edit`;

/** The template's copy: from the settings, the script's own, or a new default one (after asking if one was lost). */
function templateCopy(t: TrackerView, folder: Folder, name: string, ask: AskRecreate, user: string): Template | { message: string } {
  const ssId = t.ss.getId();
  const settingsId = t.settings.settings.template;
  const notes: string[] = [];
  if (settingsId) {
    const copied = copyTemplate(settingsId, name, folder.id);
    if (copied.ok) {
      if (copied.mimeType !== DOC_MIME) {
        removeFile(copied.id);
        return { message: REPORT.errors.templateNotDoc(copied.mimeType) };
      }
      return { docId: copied.id, docUrl: copied.url, templateUrl: docUrl(settingsId), notes };
    }
    // drive.file cannot see a template the script did not create; DocumentApp (documents scope) can read it.
    let foreign: GoogleAppsScript.Document.Document | null = null;
    try {
      foreign = DocumentApp.openById(settingsId);
    } catch (_e) {
      foreign = null;
    }
    if (foreign) {
      const made = copyTemplateElements(foreign, name, folder.id);
      return { docId: made.id, docUrl: made.url, templateUrl: docUrl(settingsId), notes };
    }
  }
  // A colleague's template, not shared with this person: not deleted, so no offer to recreate it.
  const owner = settingsId ? creatorOf(settingsId) : '';
  if (owner && owner !== user) {
    if (!ask(ACCESS.templateNotShared(owner), REPORT.errors.templateMissingTitle)) return { message: ACCESS.templateNotSharedDeclined(owner) };
    const made = createDoc(name, folder.id);
    writeDefaultTemplate(made.id);
    return { docId: made.id, docUrl: made.url, templateUrl: '', notes: [ACCESS.standardTemplateUsed] };
  }
  const own = findTagged('template', ssId, DOC_MIME);
  if (own?.id) {
    if (settingsId) notes.push(REPORT.warnings.settingsTemplateMissing);
    else if (storeLink(t, 'template', docUrl(own.id))) notes.push(REPORT.warnings.templateStored);
    const copied = copyTemplate(own.id, name, folder.id);
    if (copied.ok) return { docId: copied.id, docUrl: copied.url, templateUrl: docUrl(own.id), notes };
  }
  if (settingsId && !ask(REPORT.errors.templateMissing(settingsId), REPORT.errors.templateMissingTitle)) {
    return { message: REPORT.errors.templateDeclined };
  }
  toast(t.ss, REPORT.toast.template, -1);
  const created = createDefaultTemplate(folder.id, ssId);
  recordCreator(created.id, user);
  const url = docUrl(created.id);
  if (settingsId) notes.push(REPORT.warnings.templateRecreated(url));
  else if (storeLink(t, 'template', url)) notes.push(REPORT.warnings.templateStored);
  const copied = copyTemplate(created.id, name, folder.id);
  if (!copied.ok) throw new Error(`copy of the new template ${created.id} failed`);
  return { docId: copied.id, docUrl: copied.url, templateUrl: url, notes };
}

/** The YES/NO alert offering to recreate the template (it pauses the script until the person answers). */
export function askYesNo(message: string, title: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** Writes a link the script made into «Шаблон отчёта» / «Папка для отчётов» only if that cell is empty right now. */
function storeLink(t: TrackerView, key: 'template' | 'folder', url: string): boolean {
  const row = t.settings.rows[key];
  const sheet = t.ss.getSheetByName(SHEETS.settings);
  if (!row || !sheet) return false;
  const cell = sheet.getRange(row, 2);
  if (String(cell.getValue()).trim() !== '') return false;
  cell.setValue(url);
  return true;
}

/** Appends one row to «Журнал отчётов» (created with its header on first use). */
function logReport(ss: Spreadsheet, now: Date, period: string, doc: string, pdf: string): void {
  let sheet = ss.getSheetByName(REPORT.logSheet);
  if (!sheet) {
    sheet = insertSheetKeepingActive(ss, REPORT.logSheet);
    sheet.getRange(1, 1, 1, REPORT.logHeaders.length).setValues([[...REPORT.logHeaders]]).setFontWeight('bold');
    sheet.setFrozenRows(1);
    // The date in full (not ###), the period and the links wrapped rather than cut off.
    REPORT_LOG_WIDTHS.forEach((w, i) => (sheet as GoogleAppsScript.Spreadsheet.Sheet).setColumnWidth(i + 1, w));
    sheet.getRange(2, 1, Math.max(sheet.getMaxRows() - 1, 1), REPORT.logHeaders.length).setWrap(true).setVerticalAlignment('top');
  }
  const row = sheet.getLastRow() + 1;
  const range = sheet.getRange(row, 1, 1, REPORT.logHeaders.length);
  range.setValues([[now, period, doc, pdf, Session.getActiveUser().getEmail()]]);
  sheet.getRange(row, 1).setNumberFormat('dd.mm.yyyy hh:mm');
}

export function makeReport(ss: Spreadsheet, raw: unknown, now: Date, ask: AskRecreate): ReportResult {
  const denied = missingScopesMessage(REPORT.menu, ACTION_SCOPES.report);
  if (denied) return { ok: false, message: denied };
  toast(ss, REPORT.toast.reading, -1);
  const read = readTracker(ss, now);
  if (!read.ok) return { ok: false, message: read.message };
  const t = read.tracker;
  const settings = t.settings.settings;
  const options = readReportOptions(raw, settings.plan, t.today);
  if (!options.ok) return options;
  const period = reportPeriod(options.options.choice, settings.plan);
  const model = buildReport({ overview: t.overview, organisation: settings.organisation || t.ss.getName(), planTitle: settings.planTitle, period });
  const name = REPORT.docName(period.label, formatRu(t.today));

  const user = Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
  const folder = reportsFolder(settings.folder, ss, user, (url) => storeLink(t, 'folder', url));
  const template = templateCopy(t, folder, name, ask, user);
  if ('message' in template) return { ok: false, message: template.message };
  toast(ss, REPORT.toast.building(model.sections.length), -1);
  let filled: ReturnType<typeof fillReport>;
  try {
    filled = fillReport(template.docId, model);
  } catch (e) {
    // documents.batchUpdate is all or nothing, but the tables were inserted before it: never leave half a report.
    console.error(`fillReport: ${errorText(e, true)}`);
    removeFile(template.docId);
    return { ok: false, message: ACCESS.fillFailed(template.templateUrl) };
  }
  let pdfUrl = '';
  if (options.options.pdf) {
    toast(ss, REPORT.toast.pdf, -1);
    pdfUrl = savePdf(template.docId, name, folder.id).url;
  }
  logReport(ss, now, period.label, template.docUrl, pdfUrl);
  const notes = [...folder.notes, ...template.notes, ...filled.notes];
  if (filled.unknown.length) notes.push(REPORT.warnings.unknownPlaceholders(filled.unknown));
  if (model.unreadable) notes.push(REPORT.warnings.unreadable(model.unreadable));
  if (t.settings.problems.length) notes.push(REPORT.warnings.settingsProblems(t.settings.problems.length));
  toast(ss, REPORT.toast.done(name), 5);
  return {
    ok: true, title: name, period: period.label, docUrl: template.docUrl, pdfUrl, folderUrl: folder.url,
    templateUrl: template.templateUrl, counts: model.counts, sections: model.sections.length, notes,
  };
}

/** The dialog's defaults: plan years and today's date, read without writing. */
export function reportDefaults(ss: Spreadsheet, now: Date): { ok: true; years: { from: number; to: number }; today: string } | { ok: false; message: string } {
  // The dialog needs only the plan's years: «Настройки» has them after a set-up, so the whole workbook is
  // read (and every deadline parsed) only when they are missing; createReport reads everything anyway.
  const settings = ss.getSheetByName(SHEETS.settings);
  const timeZone = ss.getSpreadsheetTimeZone();
  const typed = settings ? typedPlanPeriod(settings.getDataRange().getValues().map((r) => r.map((v) => toCell(v, timeZone)))) : null;
  if (typed) return { ok: true, years: { from: Number(typed.from.slice(0, 4)), to: Number(typed.to.slice(0, 4)) }, today: dateInZone(now, timeZone) };
  const read = readTracker(ss, now);
  if (!read.ok) return read;
  const plan = read.tracker.settings.settings.plan;
  return { ok: true, years: { from: Number(plan.from.slice(0, 4)), to: Number(plan.to.slice(0, 4)) }, today: read.tracker.today };
}
