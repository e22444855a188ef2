// The add-on's public entry points. Every export becomes a top-level function in dist/Code.js,
// because Apps Script calls menu items, triggers and dialog callbacks by name. Each one is short:
// read, call the core, write, tell the user.
import { formatRu } from './core/calendar';
import { findFindings } from './core/findings';
import { countPlan } from './core/counts';
import { currentUserEmail, digestSpreadsheet, disableDigest, enableDigest, requireDigestScopes, runWeeklyDigest, sendTestDigest, type DigestRunResult } from './shell/digest';
import { buildMenu } from './shell/menu';
import { runOnTracker } from './shell/menu-action';
import { fillDateDone, isDeadlineEdit } from './shell/on-edit';
import { highlightTracker } from './shell/highlight';
import { setupTracker } from './shell/tracker';
import { importPlanFromDocument } from './shell/import-doc';
import { openColumnsDialog, saveColumns } from './shell/column-choice';
import { alertMessage, errorText, runMenuAction, showDialog, showSidebar, toast, withDocumentLock } from './shell/ui';
import { findingsDialogHtml } from './views/findings-dialog';
import { askYesNo, makeReport, reportDefaults, type ReportResult } from './shell/report';
import { reportDialogHtml } from './views/report-dialog';
import { gatherDiagnostics } from './shell/diagnostics';
import { diagnosticsHtml } from './views/diagnostics';
import { DIAGNOSTICS, DIALOGS, DIGEST, FINDINGS, HELP, MESSAGES, REPORT, TOASTS } from './text/ru';

/** Simple trigger: runs in AuthMode.LIMITED (bound) or NONE (add-on not yet enabled); only builds the menu. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

/** Editor add-on install: runs in FULL auth mode; the menu must appear without reopening the file. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** «Создать / обновить структуру»: sheets, checkpoints and roll-up; idempotent, never destroys data. */
export function setupStructure(): void {
  runOnTracker('setupStructure', MESSAGES.setupRunning, 'setup', (t) => {
    const done = MESSAGES.setupDone(t.applied.appended, t.sync.keptRemoved.length, t.applied.deleted);
    toast(t.ss, (t.seeded ? MESSAGES.seeded + ' ' : '') + done, 10);
    // When unsure, ask: columns guessed from content alone are shown for the person to confirm.
    if (!t.roadmap.sure) openColumnsDialog(t.ss, true);
  });
}

/** «Столбцы дорожной карты…»: how the columns were understood, with a dropdown per role to correct it. */
export function showColumnsDialog(): void {
  runMenuAction('showColumnsDialog', () => openColumnsDialog(SpreadsheetApp.getActiveSpreadsheet(), false));
}

/** Dialog callback (google.script.run.saveColumnChoice(answer)): kept in «Настройки», then set-up. */
export function saveColumnChoice(answer?: unknown): { ok: boolean; message: string } {
  try {
    return saveColumns(SpreadsheetApp.getActiveSpreadsheet(), answer);
  } catch (e) {
    console.error(`saveColumnChoice: ${errorText(e, true)}`);
    return { ok: false, message: MESSAGES.unexpected(errorText(e, false)) };
  }
}

/** «Импортировать план из документа»: a Google Doc's plan table → preview → the roadmap sheet. */
export function importPlan(): void {
  runMenuAction('importPlan', importPlanFromDocument);
}

/** «Проверить статусы»: re-sync, then one dialog with the findings grouped by severity. */
export function checkStatuses(): void {
  runOnTracker('checkStatuses', MESSAGES.checkRunning, 'states', (t) => {
    const findings = findFindings({ overview: t.overview, people: t.people, settingProblems: t.settings.problems, roadmapSheet: t.roadmapSheet.name });
    const critical = findings.filter((f) => f.severity === 'critical').length;
    toast(t.ss, TOASTS.checkDone(critical, findings.length - critical));
    // A sidebar, not a modal dialog: the selected row stays visible and the list stays open for the next finding.
    showSidebar(findingsDialogHtml(findings, formatRu(t.today), countPlan(t.overview.activities, t.today)), DIALOGS.findingsTitle);
  });
}

/** «Подсветить сроки»: conditional-format rules with TODAY(), so colours stay right day after day. */
export function highlightDeadlines(): void {
  runOnTracker('highlightDeadlines', MESSAGES.highlightRunning, 'states', (t) => {
    toast(t.ss, MESSAGES.highlightDone(highlightTracker(t)), 10);
  });
}

/** Sidebar callback (google.script.run.goToRow): selects a finding's row, or says why it cannot. */
export function goToRow(sheetName: string, row: number): { ok: true } | { ok: false; message: string } {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(String(sheetName));
  if (!sheet) return { ok: false, message: FINDINGS.sheetGone(String(sheetName)) };
  sheet.activate();
  sheet.getRange(Math.max(1, Math.floor(Number(row)) || 1), 1, 1, Math.max(sheet.getLastColumn(), 1)).activate();
  return { ok: true };
}

/** Simple trigger on every edit (AuthMode.LIMITED): date done, and re-sync after a deadline edit. */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e || !e.range) return;
  const ss = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  const filled = fillDateDone(e.range, new Date());
  if (filled) toast(ss, TOASTS.dateDoneFilled(filled), 3);
  else if (isDeadlineEdit(e.range)) withDocumentLock(() => setupTracker(ss, new Date(), { seedIfMissing: false }));
}

/** The digest's hourly trigger (installed by «Включить еженедельную рассылку»): sends when due; never touches the UI. */
export function weeklyDigest(e?: GoogleAppsScript.Events.TimeDriven): DigestRunResult {
  return runWeeklyDigest(digestSpreadsheet(e?.triggerUid), new Date(), e?.triggerUid);
}

/** «Включить еженедельную рассылку»: one weekly trigger; says what will be sent, to whom and when. */
export function enableWeeklyDigest(): void {
  runMenuAction('enableWeeklyDigest', () => {
    requireDigestScopes('enable');
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    toast(ss, DIGEST.enabling, -1);
    const outcome = enableDigest(ss, new Date(), currentUserEmail());
    toast(ss, DIGEST.ready, 3);
    alertMessage(outcome.message, DIGEST.title);
  });
}

/** «Отключить рассылку». */
export function disableWeeklyDigest(): void {
  runMenuAction('disableWeeklyDigest', () => {
    alertMessage(disableDigest(SpreadsheetApp.getActiveSpreadsheet(), currentUserEmail()).message, DIGEST.title);
  });
}

/** «Отправить пробный дайджест мне»: the current user's letter (or the coordinators' summary), to them only. */
export function sendTestDigestToMe(): void {
  runMenuAction('sendTestDigestToMe', () => {
    requireDigestScopes('test');
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    toast(ss, DIGEST.testRunning, -1);
    const outcome = withDocumentLock(() => sendTestDigest(ss, new Date(), Session.getActiveUser().getEmail()));
    toast(ss, DIGEST.ready, 3);
    alertMessage(outcome.ok ? outcome.value.message : MESSAGES.busy, DIGEST.title);
  });
}

/** «Сформировать отчёт»: the dialog with the period choice; the report itself is made by createReport. */
export function showReportDialog(): void {
  runMenuAction('showReportDialog', () => {
    const d = reportDefaults(SpreadsheetApp.getActiveSpreadsheet(), new Date());
    if (!d.ok) return alertMessage(d.message);
    showDialog(reportDialogHtml(d.years, d.today), REPORT.dialogTitle, 580, 480);
  });
}

/** Dialog callback (google.script.run.createReport(options)): the Doc, the PDF if asked, a log row. */
export function createReport(options?: unknown): ReportResult {
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const run = withDocumentLock(() => makeReport(ss, options, new Date(), askYesNo));
    return run.ok ? run.value : { ok: false, message: MESSAGES.busy };
  } catch (e) {
    console.error(`createReport: ${errorText(e, true)}`);
    return { ok: false, message: MESSAGES.unexpected(errorText(e, false)) };
  }
}

/** «Диагностика»: for the person who clicks it, what works here and what to do about each problem; writes nothing. */
export function showDiagnostics(): void {
  runMenuAction('showDiagnostics', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    toast(ss, DIAGNOSTICS.running, -1);
    const facts = gatherDiagnostics(ss, new Date());
    showDialog(diagnosticsHtml(facts), DIAGNOSTICS.title, 640, 560);
  });
}

export function showHelp(): void {
  alertMessage(HELP.text, HELP.title);
}
