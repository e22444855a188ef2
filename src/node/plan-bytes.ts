// A plan file's bytes (.xlsx or .csv) opened for the core: the snapshot to read, and for .xlsx the
// workbook itself, kept so that saving patches it. Shared by the command and the web page.
import type * as ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../core';
import { readCsvRows, csvSnapshot, type CsvEncoding } from './csv';
import { extensionProblem, FileProblem } from './file-kind';
import { loadWorkbook } from './xlsx-load';
import { snapshotWorkbook } from './xlsx-snapshot';

export type OpenedPlan =
  | { source: 'xlsx'; workbook: ExcelJS.Workbook; snapshot: WorkbookSnapshot }
  | { source: 'csv'; rows: string[][]; snapshot: WorkbookSnapshot; encoding: CsvEncoding; delimiter: string };

export async function openPlanBytes(bytes: Uint8Array, name: string, unpack?: (zip: Uint8Array) => Uint8Array): Promise<OpenedPlan> {
  const problem = extensionProblem(name);
  if (problem) throw new FileProblem(problem);
  if (/\.csv$/i.test(name)) {
    const { rows, encoding, delimiter } = readCsvRows(bytes, name);
    return { source: 'csv', rows, snapshot: csvSnapshot(rows), encoding, delimiter };
  }
  const workbook = await loadWorkbook(bytes, name, unpack);
  return { source: 'xlsx', workbook, snapshot: snapshotWorkbook(workbook) };
}
