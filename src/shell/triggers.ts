// The digest's one installable trigger: an hourly clock trigger, created from the menu in the user's own
// run. Each fire looks at the week's record and sends only when the digest day and hour have come or the
// week has letters left (after the daily quota, the run time, a busy lock or a failed send). Nothing is
// created inside a trigger run: Google may disable triggers made there (issuetracker.google.com/150756612).
// One hourly trigger also keeps within an editor add-on's limits: "one trigger of each type, per user, per
// document" and "time-driven triggers cannot run more frequently than once per hour"
// (https://developers.google.com/workspace/add-ons/concepts/editor-triggers, «Restrictions»).
import type * as EntryPoints from '../index';
import { forgetTriggerSheet, triggerSheets } from './digest-record';

type Trigger = GoogleAppsScript.Script.Trigger;

/** The trigger handler, an export of src/index.ts: a typo is a type error. */
export const DIGEST_HANDLER: keyof typeof EntryPoints = 'weeklyDigest';

/**
 * This user's digest triggers for this spreadsheet: one getProjectTriggers call. In an add-on the project's
 * triggers include the user's other spreadsheets; those are known by the spreadsheet each was made for.
 */
export function digestTriggers(spreadsheetId: string): Trigger[] {
  const sheets = triggerSheets();
  return ScriptApp.getProjectTriggers().filter((t) => {
    if (t.getHandlerFunction() !== DIGEST_HANDLER) return false;
    const of = sheets[t.getUniqueId()];
    return of === undefined || of === spreadsheetId;
  });
}

/** Deletes this user's digest triggers of this spreadsheet; returns how many there were. */
export function removeDigestTriggers(spreadsheetId: string, existing: Trigger[] = digestTriggers(spreadsheetId)): number {
  for (const t of existing) {
    ScriptApp.deleteTrigger(t);
    forgetTriggerSheet(t.getUniqueId());
  }
  return existing.length;
}

/** Exactly one hourly trigger: this user's earlier digest triggers of this spreadsheet go first. */
export function installDigestTrigger(spreadsheetId: string): Trigger {
  removeDigestTriggers(spreadsheetId);
  return ScriptApp.newTrigger(DIGEST_HANDLER).timeBased().everyHours(1).create();
}

/** Deletes one of this user's triggers by id, if it is there (another user's triggers are invisible). */
export function deleteOwnTrigger(uid: string): boolean {
  const t = ScriptApp.getProjectTriggers().find((x) => x.getUniqueId() === uid);
  if (t) ScriptApp.deleteTrigger(t);
  forgetTriggerSheet(uid);
  return !!t;
}

/** The 21st trigger fails: whether this user has that many, counted rather than read from the error's words. */
export function atTriggerLimit(): boolean {
  return ScriptApp.getProjectTriggers().length >= 20;
}
