// The print layout the .xlsx gets for every sheet the add-on manages, on every save (src/views/sheet-layout.ts):
// landscape, one page wide, the frozen header rows repeated on every page.
import type { Emulator } from '../../emulator';
import type { SaveOptions } from '../../emulator/workbook-files';
import { DIGEST, PRINT_LAYOUT, REPORT, SHEETS } from '../../src/core';

export function printLayouts(emu: Emulator): NonNullable<SaveOptions['print']> {
  const names = new Set<string>([...Object.values(SHEETS), REPORT.logSheet, DIGEST.logSheet]);
  const out: NonNullable<SaveOptions['print']> = {};
  for (const sheet of emu.spreadsheet.getSheets()) {
    const name = sheet.getName();
    if (names.has(name)) out[name] = { ...PRINT_LAYOUT, repeatRows: Math.max(PRINT_LAYOUT.repeatRows, sheet.getFrozenRows()) };
  }
  return out;
}
