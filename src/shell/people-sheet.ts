// The «Ответственные» sheet: a name or role as written in the roadmap → emails. Set-up adds the
// names it finds in the roadmap that are not listed yet, with an empty email for people to fill.
import { cellText } from '../core/cells';
import { PeopleDirectory, responsibleNames, splitEmails, nameKey } from '../core/responsible';
import type { Roadmap } from '../core/roadmap';
import { PEOPLE_HEADERS, SHEETS } from '../text/ru';
import { COLOURS } from '../views/colours';
import { readGrid, writeBlock, type Grid } from './sheet-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function readPeople(grid: Grid): PeopleDirectory {
  const people = new PeopleDirectory();
  grid.values.forEach((row, i) => {
    if (i === 0) return; // header
    const name = cellText(row[0]);
    if (name) people.add(name, splitEmails(cellText(row[1])).emails, i + 1);
  });
  return people;
}

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

/** The directory without writing; no sheet → nobody has an email. */
export function readPeopleSheet(sheet: Sheet | undefined, timeZone: string): PeopleDirectory {
  return sheet ? readPeople(readGrid(sheet, timeZone)) : new PeopleDirectory();
}

export function ensurePeopleSheet(ss: Spreadsheet, existing: Sheet | undefined, timeZone: string, roadmap: Roadmap): PeopleDirectory {
  const sheet = existing ?? ss.insertSheet(SHEETS.people);
  const grid = readGrid(sheet, timeZone);
  const people = readPeople(grid);
  const rows: string[][] = [];
  if (grid.lastRow === 0) rows.push([PEOPLE_HEADERS.name, PEOPLE_HEADERS.emails, PEOPLE_HEADERS.comment]);
  for (const name of unlistedNames(roadmap, people)) rows.push([name, '', '']);
  writeBlock(sheet, grid.lastRow + 1, 1, rows);
  if (grid.lastRow === 0) {
    sheet.getRange(1, 1, 1, 3).setFontWeight('bold').setBackground(COLOURS.peopleHeader);
    sheet.setFrozenRows(1);
    [320, 360, 260].forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  }
  return people;
}
