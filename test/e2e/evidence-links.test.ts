// Evidence can be a pasted address, a link on text (Insert → Link) or a HYPERLINK formula: the report
// and digest get the URL in each case, and re-syncs keep the link.
import { readTracker } from '../../src/shell/tracker';
import { CHECKPOINT_HEADERS, SHEETS } from '../../src/text/ru';
import { checkpointRow, columnOf, type, world } from './helpers';

it('finds the URL behind every kind of evidence and keeps links through a re-sync', () => {
  const w = world('2023-06-20T10:00');
  w.run('setupStructure');
  const col = columnOf(w.emu, SHEETS.checkpoints, CHECKPOINT_HEADERS.evidence);
  const rows = [checkpointRow(w.emu, '2.1', 'декабрь 2022'), checkpointRow(w.emu, '1.2', 'I квартал 2023'), checkpointRow(w.emu, '3.1', 'I квартал 2023')];
  type(w, SHEETS.checkpoints, `${col}${rows[0]}`, 'https://school.example/a');
  type(w, SHEETS.checkpoints, `${col}${rows[1]}`, '=HYPERLINK("https://school.example/b", "Протокол")');
  type(w, SHEETS.checkpoints, `${col}${rows[2]}`, 'Приказ № 5');
  const sheet = w.emu.model.sheetByName(SHEETS.checkpoints)!;
  sheet.cell(rows[2], col.charCodeAt(0) - 64)!.link = 'https://school.example/c';
  w.run('setupStructure');
  const read = readTracker(w.emu.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, w.emu.clock.now());
  if (!read.ok) throw new Error(read.message);
  const urls = rows.map((r) => read.tracker.overview.checkpoints.find((c) => c.row === r)!.evidenceUrl);
  expect(urls).toEqual(['https://school.example/a', 'https://school.example/b', 'https://school.example/c']);
  // The cell's value is the label Sheets shows (https://support.google.com/docs/answer/3093313), and the formula stays.
  expect(w.emu.peek(SHEETS.checkpoints, `${col}${rows[1]}`).values[0][0]).toBe('Протокол');
  expect(w.emu.peek(SHEETS.checkpoints, `${col}${rows[1]}`).formulas[0][0]).toBe('=HYPERLINK("https://school.example/b", "Протокол")');
  expect(read.tracker.overview.checkpoints.find((c) => c.row === rows[1])!.evidence).toBe('Протокол');
  expect(sheet.cell(rows[2], col.charCodeAt(0) - 64)!.link).toBe('https://school.example/c');
});
