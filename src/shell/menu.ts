// The «Дорожная карта» menu. Built by onOpen in every auth mode, so it reads nothing but the event.
import type * as EntryPoints from '../index';
import { DIAGNOSTICS, DIGEST, MENU, PLAN_IMPORT, REPORT } from '../text/ru';

/** A menu item names its handler by the exported entry-point name, so a typo is a type error. */
export type MenuItem = { caption: string; handler: keyof typeof EntryPoints } | 'separator';

/** Only features that exist are listed: a menu item without a working action is a dead end for staff. */
export const MENU_ITEMS: MenuItem[] = [
  { caption: MENU.setup, handler: 'setupStructure' },
  { caption: PLAN_IMPORT.menuItem, handler: 'importPlan' },
  { caption: PLAN_IMPORT.columnsMenu, handler: 'showColumnsDialog' },
  { caption: MENU.check, handler: 'checkStatuses' },
  { caption: MENU.highlight, handler: 'highlightDeadlines' },
  { caption: REPORT.menu, handler: 'showReportDialog' },
  'separator',
  { caption: DIGEST.menu.enable, handler: 'enableWeeklyDigest' },
  { caption: DIGEST.menu.disable, handler: 'disableWeeklyDigest' },
  { caption: DIGEST.menu.test, handler: 'sendTestDigestToMe' },
  'separator',
  { caption: DIAGNOSTICS.menu, handler: 'showDiagnostics' },
  { caption: MENU.help, handler: 'showHelp' },
];

// Set by the build (`ADDON=1 npm run build`): a published editor add-on must use createAddonMenu,
// a container-bound script shows its own top-level menu.
declare const __AS_ADDON__: boolean | undefined;
const asAddon = (): boolean => typeof __AS_ADDON__ !== 'undefined' && __AS_ADDON__ === true;

export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = asAddon() ? ui.createAddonMenu() : ui.createMenu(MENU.title);
  for (const item of MENU_ITEMS) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.caption, item.handler);
  }
  menu.addToUi();
}
