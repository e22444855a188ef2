// Talking to the person at the screen: toasts while work runs, alerts, dialogs. Nothing here may
// run from a time-driven trigger (getUi() throws there), so callers pass the Ui they were given.
import { DIALOGS, MESSAGES, TOASTS } from '../text/ru';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function toast(ss: Spreadsheet, message: string, seconds = 5): void {
  ss.toast(message, TOASTS.title, seconds);
}

export function alertMessage(message: string, title: string = DIALOGS.errorTitle): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

export function showDialog(html: string, title: string, width = 720, height = 560): void {
  const output = HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(output, title);
}

/** A sidebar (always 300 px wide): beside the sheet, so the person sees what a click in it selects. */
export function showSidebar(html: string, title: string): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(html).setTitle(title));
}

/**
 * Runs a menu action: a Russian message instead of a stack trace when something unexpected
 * fails, and the error logged for the developer (Stackdriver).
 */
export function runMenuAction(name: string, action: () => void): void {
  try {
    action();
  } catch (e) {
    console.error(`${name}: ${errorText(e, true)}`);
    alertMessage(MESSAGES.unexpected(errorText(e, false)));
  }
}

/** Runs `work` holding the document lock, so two people clicking at once cannot interleave writes. */
export function withDocumentLock<T>(work: () => T): { ok: true; value: T } | { ok: false } {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(20000)) return { ok: false };
  try {
    const value = work();
    SpreadsheetApp.flush();
    return { ok: true, value };
  } finally {
    lock.releaseLock();
  }
}

/** An error's message (errors from Google services may come from another realm: no instanceof). */
export function errorText(e: unknown, withStack: boolean): string {
  const err = e as { message?: unknown; stack?: unknown } | null;
  if (err && typeof err.message === 'string') return withStack && typeof err.stack === 'string' ? err.stack : err.message;
  return String(e);
}
