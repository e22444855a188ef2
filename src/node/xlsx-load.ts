// Opening an .xlsx file's bytes as an exceljs workbook that is kept for saving (so saving patches it and
// every cell the plan does not change comes back as it was), with a Russian message for each way a
// file can be unreadable. Runs in Node and in the browser.
import * as ExcelJS from 'exceljs';
import { fileKind, FileProblem, workbookProblem } from './file-kind';
import { rememberCustomRows } from './row-heights';
import { readCustomRows } from './xlsx-row-flags';
import { FILES } from '../core';

/** `unpack`: entries inflated by faster code before exceljs reads them (Node's native zlib, from the command). */
export async function loadWorkbook(bytes: Uint8Array, name: string, unpack?: (zip: Uint8Array) => Uint8Array): Promise<ExcelJS.Workbook> {
  const kind = fileKind(bytes);
  const problem = workbookProblem(kind, name);
  if (problem) throw new FileProblem(problem, kind);
  const wb = new ExcelJS.Workbook();
  const source = unpack ? unpack(bytes) : bytes;
  try {
    await wb.xlsx.load(source as unknown as ArrayBuffer);
  } catch {
    // A zip that exceljs cannot read: a broken entry, invalid XML, a part missing.
    throw new FileProblem(FILES.damaged(name));
  }
  // exceljs drops which row heights a person set; they are kept as they are (row-heights.ts).
  rememberCustomRows(wb, await readCustomRows(source));
  return wb;
}
