// The file shell's public entry: what the Node tools (the offline command, the demo, the bench) and the
// web page use of src/node. The files behind it that touch no Node API also run in a browser.
export { csvDelimiter, decodeCsv, parseCsv, readCsvRows, csvSnapshot } from './csv';
export type { CsvEncoding } from './csv';
export { extensionProblem, fileKind, FileProblem, workbookProblem } from './file-kind';
export type { FileKind } from './file-kind';
export { fsErrorMessage, isFsError } from './fs-messages';
export { openPlanBytes } from './plan-bytes';
export type { OpenedPlan } from './plan-bytes';
export { checkOutputFree, lockFileOf, openPlanFile } from './plan-file';
export type { PlanOnDisk } from './plan-file';
export { backupPath, nodeFs, saveWithBackup, writeAtomically } from './safe-save';
export type { SaveFs } from './safe-save';
export { DATE_FORMAT, excelDate, holds, setCell, workbookBytes } from './xlsx-cells';
export { loadWorkbook } from './xlsx-load';
export { crc32, deflatedZip, storedZip, zipTexts } from './native-zip';
export { FILE_TIME_ZONE, snapshotSheet, snapshotWorkbook } from './xlsx-snapshot';
export { applyCheckpointWrites, applyRollupWrites } from './apply-plan';
export type { Applied } from './apply-plan';
export { highlightWorkbook } from './highlight';
export { base64, digestLetters, emlOf } from './letters';
export type { Letter } from './letters';
export { reportDocxBytes } from './report-docx';
export { runTracker, workbookFromRows } from './run';
export type { RunResult, TrackerRun } from './run';
export { DocxError, readDocx } from './docx-document';
export { readDocxPlanBytes, workbookFromPlan } from './docx-plan';
