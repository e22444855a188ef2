// Where the sample plan may go. It goes only into a spreadsheet with nothing typed in it; a workbook
// that has data but no recognisable plan is told so (with the headers looked for) and left untouched.
import { findRoadmap } from './tracker';
import { usedRows, type WorkbookSnapshot } from './snapshot';
import { MESSAGES, PLAN_IMPORT, ROADMAP_FIELD_NAMES, SHEETS } from '../text/ru';

export type SeedPlace =
  /** A roadmap sheet with content exists: read it (its problems are reported as usual). */
  | { action: 'use' }
  /** Write the sample into this empty sheet, or into a new «Дорожная карта» when `sheet` is null. */
  | { action: 'seed'; sheet: string | null }
  /** No plan and the workbook holds data: say what was looked for, change nothing. */
  | { action: 'refuse'; message: string };

const DEFAULT_SHEET = /^(Лист|Sheet)\d+$/;

export function seedPlace(snapshot: WorkbookSnapshot, seedIfMissing: boolean): SeedPlace {
  const found = findRoadmap(snapshot);
  if (found && usedRows(found.sheet) > 0) return { action: 'use' };
  const empty = snapshot.sheets.every((s) => usedRows(s) === 0);
  if (empty && seedIfMissing) {
    const named = snapshot.sheets.find((s) => s.name === SHEETS.roadmap);
    if (named) return { action: 'seed', sheet: named.name };
    const only = snapshot.sheets.length === 1 && DEFAULT_SHEET.test(snapshot.sheets[0].name) ? snapshot.sheets[0].name : null;
    return { action: 'seed', sheet: only };
  }
  if (empty) return { action: 'refuse', message: MESSAGES.noRoadmapSheet(SHEETS.roadmap) };
  return {
    action: 'refuse',
    message: PLAN_IMPORT.notAPlan(snapshot.sheets.map((s) => s.name), [ROADMAP_FIELD_NAMES.name, ROADMAP_FIELD_NAMES.deadline, ROADMAP_FIELD_NAMES.responsible]),
  };
}
