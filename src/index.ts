// The add-on's public entry points. Every export becomes a top-level function in dist/Code.js,
// because Apps Script calls menu items, triggers and dialog callbacks by name. Keep each one short:
// read, call the core, write, tell the user.
import { buildMenu } from './shell/menu';
import { HELP } from './text/ru';

/** Simple trigger: runs in AuthMode.LIMITED (bound) or NONE (add-on not yet enabled); only builds the menu. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

/** Editor add-on install: runs in FULL auth mode; the menu must appear without reopening the file. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function showHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(HELP.title, HELP.text, ui.ButtonSet.OK);
}
