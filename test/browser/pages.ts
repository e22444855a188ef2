// Every HtmlService page the add-on shows, produced by the built bundle on the emulator exactly as a
// person reaches it (menu item → dialog or sidebar). The browser tests open each one; a new page
// (column mapping, import, «Диагностика») is added here once and is then checked like the others.
import type { DialogRecord } from '../../emulator/ui';
import { DIAGNOSTICS, PLAN_IMPORT, REPORT } from '../../src/text/ru';
import { world, type World } from '../e2e/helpers';

export interface ShownPage {
  w: World;
  dialog: DialogRecord;
}

/** The bundle's run of `menuFunction` must end with a dialog or sidebar; returns it with its world. */
export function shownBy(w: World, menuFunction: string): ShownPage {
  const before = w.emu.ui.dialogs.length;
  w.run(menuFunction);
  const dialog = w.emu.ui.lastDialog();
  if (!dialog || w.emu.ui.dialogs.length === before) {
    throw new Error(`${menuFunction} showed no dialog; alerts: ${JSON.stringify(w.emu.ui.alerts.map((a) => a.prompt))}`);
  }
  return { w, dialog };
}

/** The sample plan set up on 15.11.2023 (today, in the report dialog's default). */
export function sampleSchool(now = '2023-11-15T10:00'): World {
  const w = world(now);
  w.run('onOpen', { as: 'simple' });
  w.run('setupStructure');
  return w;
}

export interface PageEntry {
  name: string;
  /** The function a menu item calls to show the page. */
  menuFunction: string;
  open(): ShownPage;
}

/** A plan whose deadline column is found only by its content: set-up opens the column dialog by itself. */
export function guessedColumns(): World {
  const w = world('2023-11-15T10:00');
  w.emu.poke('Лист1', 'A1', [
    ['№', 'Мероприятие', 'Столбец 3', 'Кто'],
    ['1', 'Педсовет', 'август 2023', 'Директор'], ['2', 'Отчёт', 'декабрь 2023', 'Зам. директора'], ['3', 'Сайт', 'ежегодно (май)', 'Учитель'],
  ]);
  return w;
}

/** Add new pages here: each gets the checks of every-page.test.ts (loads clean, fits, links open outside). */
export const PAGES: PageEntry[] = [
  { name: 'Проверить статусы', menuFunction: 'checkStatuses', open: () => shownBy(sampleSchool(), 'checkStatuses') },
  { name: REPORT.menu, menuFunction: 'showReportDialog', open: () => shownBy(sampleSchool(), 'showReportDialog') },
  { name: `${PLAN_IMPORT.columnsTitle} (из меню)`, menuFunction: 'showColumnsDialog', open: () => shownBy(sampleSchool(), 'showColumnsDialog') },
  { name: `${PLAN_IMPORT.columnsTitle} (сам, после настройки)`, menuFunction: 'setupStructure', open: () => shownBy(guessedColumns(), 'setupStructure') },
  { name: DIAGNOSTICS.title, menuFunction: 'showDiagnostics', open: () => shownBy(sampleSchool(), 'showDiagnostics') },
];
