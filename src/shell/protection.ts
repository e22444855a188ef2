// Warning-only protection of the columns the script fills: people may still edit after a warning,
// but nobody types into them by accident. Ours are recognised by their description and replaced.
import { numberRuns } from '../core/checkpoints';
import { NOTES } from '../text/ru';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Protects the given columns from `fromRow` down; keeps our existing protections when they match. */
export function protectColumns(sheet: Sheet, columns: number[], fromRow: number): void {
  const height = sheet.getMaxRows() - fromRow + 1;
  const wanted = numberRuns(columns).map((r) => sheet.getRange(fromRow, r.first, height, r.count));
  const wantedA1 = wanted.map((r) => r.getA1Notation());
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .filter((p) => p.getDescription() === NOTES.protection);
  const kept = new Set<string>();
  for (const p of existing) {
    const a1 = p.getRange().getA1Notation();
    if (wantedA1.includes(a1) && !kept.has(a1)) kept.add(a1);
    else p.remove();
  }
  wanted.forEach((range, i) => {
    if (!kept.has(wantedA1[i])) range.protect().setDescription(NOTES.protection).setWarningOnly(true);
  });
}
