// The «Ответственные» sheet: a name or role as written in the roadmap → emails. Set-up adds the
// names it finds in the roadmap that are not listed yet, with an empty email for people to fill.
import { PeopleDirectory, responsibleNames, nameKey } from '../core/responsible';
import type { Roadmap } from '../core/roadmap';
import { PEOPLE_HEADERS, SHEETS } from '../text/ru';
import { COLOURS } from '../views/colours';
import { PEOPLE_WIDTHS } from '../views/sheet-layout';
import { gridOf, insertSheetKeepingActive, readGrid, writeBlock } from './sheet-io';
import { readPeople } from '../core/tracker';
import type { Cell } from '../core/cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Names the roadmap uses that the people sheet does not list yet. */
export function unlistedNames(roadmap: Roadmap, people: PeopleDirectory): string[] {
  const out: string[] = [];
  for (const a of roadmap.activities) {
    for (const n of responsibleNames(a.responsible)) {
      if (!people.has(n) && !out.some((x) => nameKey(x) === nameKey(n))) out.push(n);
    }
  }
  return out;
}

export function ensurePeopleSheet(ss: Spreadsheet, existing: Sheet | undefined, timeZone: string, roadmap: Roadmap, values?: Cell[][]): PeopleDirectory {
  const sheet = existing ?? insertSheetKeepingActive(ss, SHEETS.people);
  const grid = values && existing ? gridOf(values) : readGrid(sheet, timeZone);
  const people = readPeople(grid.values);
  const rows: string[][] = [];
  if (grid.lastRow === 0) rows.push([PEOPLE_HEADERS.name, PEOPLE_HEADERS.emails, PEOPLE_HEADERS.comment]);
  for (const name of unlistedNames(roadmap, people)) rows.push([name, '', '']);
  writeBlock(sheet, grid.lastRow + 1, 1, rows);
  if (grid.lastRow === 0) {
    sheet.getRange(1, 1, 1, 3).setFontWeight('bold').setBackground(COLOURS.peopleHeader);
    sheet.setFrozenRows(1);
    PEOPLE_WIDTHS.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  }
  return people;
}
