// The core's public entry: everything the Node side (scripts/, bench/, the offline command) may use of
// src/core, src/views and src/text. The lint rule in eslint.config.mjs lets those folders import this file
// and nothing deeper, so what the core exposes is decided here, in one place.

export { addDays, dateInZone, formatRu, isIsoDate, parseRuDate, parseYearMonth } from './calendar';
export type { IsoDate } from './calendar';
export { countPlan } from './counts';
export type { PlanCounts } from './counts';
export { readDeadline, SEED_PLAN } from './deadline';
export type { PlanPeriod, Schedule } from './deadline';
export { planDigest } from './digest';
export type { DigestPlan } from './digest';
export { countFindings, findFindings, groupBySeverity } from './findings';
export type { Finding } from './findings';
export { buildReport, reportPeriod } from './report';
export type { PeriodChoice, ReportModel, ReportRow, ReportSection } from './report';
export { SEED_SECTIONS } from './seed';
// The pipeline: a workbook snapshot → the tracker for a day → the write plan.
export type { SheetSnapshot, WorkbookSnapshot } from './snapshot';
export { afterSync, readTracker, settingsDefaults } from './tracker';
export type { Tracker, TrackerRead } from './tracker';
export { NEW_SHEET_COLUMNS, planWrites, plannedCellCount, ROLLUP_FIELDS } from './plan';
export type { CellWrite, CheckpointWrites, RollupWrites, RowUpdate, WritePlan } from './plan';
export { findRepairs } from './repair';
export { CHECKPOINT_FIELDS, PEOPLE_FIELDS, SCRIPT_FIELDS } from './checkpoints';
export type { CheckpointColumns, CheckpointField } from './checkpoints';
export { cellText, isDateCell } from './cells';
export type { Cell, DateCell } from './cells';
export { nameKey, responsibleNames } from './responsible';
export type { SettingKey } from './settings';
export { checkpointRules, isOwnRuleFormula, roadmapRules } from '../views/highlight-rules';
export type { RuleSpec } from '../views/highlight-rules';
export {
  CHECKPOINT_HEADERS, CHECKPOINT_STATES, DIGEST, FILES, FINDINGS, LEGEND, NOTES, PEOPLE_HEADERS, REPORT, ROADMAP_HEADERS,
  ROLLUP_HEADERS, SETTINGS_HINTS, SETTINGS_LABELS, SHEETS, STATUS_LIST, STATUSES, WEB, WEEKDAYS,
} from '../text/ru';
export { COLOURS } from '../views/colours';
export { countItems, countLines } from '../views/counts';
export { renderDigest, weekLetters } from '../views/digest-email';
export { reportDocxParts, DOCX_FONT } from '../views/report-docx';
export { activityStateText, checkpointStateText } from '../views/state-text';
export {
  CHECKPOINT_WIDTHS, CHECKPOINT_WRAPPED, LEGEND_WIDTH, PEOPLE_WIDTHS, PRINT_LAYOUT, REPORT_LOG_WIDTHS, ROLLUP_WIDTHS, SETTINGS_WIDTHS,
  MAIL_LOG_WIDTHS, type PrintLayout,
} from '../views/sheet-layout';
export { columnPx, DEFAULT_ROW_PT, wrappedCellHeightPt, type CellFont } from '../views/row-height';

// Any school's plan (issue 13): a document's plan table read into a roadmap, and where the sample may go.
export type { DocBlock, DocCell, DocModel } from './import/document';
export { planFromDocument } from './import/plan-from-document';
export type { ImportedPlan } from './import/plan-from-document';
export { seedPlace } from './seed-place';
export { monthRu } from './settings';
export { DAY_OPTION, DOCX_FILES, PLAN_IMPORT, ROADMAP_FIELD_NAMES, SETTINGS_HEADERS } from '../text/ru';
export { findRoadmap } from './tracker';
export { formatColumnChoice, parseColumnChoice } from './roadmap/column-choice';
export type { Roadmap } from './roadmap';
