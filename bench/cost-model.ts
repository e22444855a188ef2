// What an action would cost on Apps Script, from what it asked of the emulator. The constants are
// the figures this project plans with, not measurements of Google:
// - READ_MS: one round trip to the Sheets backend for a call that returns data (or forces the write
//   buffer to flush). Google's "Best Practices" for Apps Script (developers.google.com/apps-script/
//   guides/support/best-practices) says each call to another service is slow and reads/writes should
//   be batched, without a figure; ~30 ms per round trip is the planning figure of issue 10.
// - WRITE_MS: a write call is buffered and sent with the next flush: ~0.4 ms each (issue 10's figure).
// - CELL_MS: cells moved in either direction: 5 µs a cell (an assumption: 100,000 cells ≈ 0.5 s),
//   to be calibrated on real Google.
// Calls that are a round trip whatever their name: SpreadsheetApp.flush (a forced flush, issue 10);
// the Drive and Docs advanced services, each call one request to the public REST API
// (developers.google.com/apps-script/guides/services/advanced); Document.saveAndClose, which "causes pending
// updates to be flushed and applied" (DocumentApp reference), and opening or creating a document; sending a
// letter. Each is counted at READ_MS, which for Drive and Docs requests is likely an underestimate.
import type { CallCounts } from '../emulator';

export const READ_MS = 30;
export const WRITE_MS = 0.4;
export const CELL_MS = 0.005;

/** Getters that only make or inspect a handle (no data leaves the backend for them). */
const HANDLES = new Set([
  'getRange', 'getRangeList', 'getActiveSpreadsheet', 'getActive', 'getUi', 'getSheetByName', 'getDataRange',
  'getA1Notation', 'getRow', 'getColumn', 'getNumRows', 'getNumColumns', 'getSheet', 'getName', 'getSheetId', 'getId',
  'getBooleanCondition', 'getCriteriaValues', 'getBackground', 'getRanges', 'getDescription', 'getLinkUrl', 'getText',
]);

/** Advanced-service classes whose every call is one REST request. */
const REST_CLASSES = new Set(['Files', 'Drives', 'Permissions', 'Documents']);
const ROUND_TRIP_METHODS = new Set([
  'SpreadsheetApp.flush', 'Document.saveAndClose', 'DocumentApp.openById', 'DocumentApp.create', 'MailApp.sendEmail', 'GmailApp.sendEmail',
]);

export interface ModelledCost {
  roundTrips: number;
  writeCalls: number;
  cellsRead: number;
  cellsWritten: number;
  modelledSeconds: number;
}

export function modelCost(calls: CallCounts, cellsRead: number, cellsWritten: number): ModelledCost {
  let reads = 0;
  let writes = 0;
  for (const [method, n] of Object.entries(calls.byMethod)) {
    const name = method.slice(method.indexOf('.') + 1);
    if (REST_CLASSES.has(method.slice(0, method.indexOf('.'))) || ROUND_TRIP_METHODS.has(method)) reads += n;
    else if (/^(get|is|has)/.test(name)) {
      if (!HANDLES.has(name)) reads += n;
    } else writes += n;
  }
  // Buffered writes go out with the next round trip, or at the end of the run.
  const roundTrips = reads + (writes ? 1 : 0);
  const ms = roundTrips * READ_MS + writes * WRITE_MS + (cellsRead + cellsWritten) * CELL_MS;
  return { roundTrips, writeCalls: writes, cellsRead, cellsWritten, modelledSeconds: Math.round(ms / 10) / 100 };
}
