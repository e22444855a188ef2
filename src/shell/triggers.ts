// The digest's installable triggers: the one weekly clock trigger, and a one-off follow-up that finishes
// a week's sending after the daily mail quota or the run time ran out.
import type * as EntryPoints from '../index';

type Trigger = GoogleAppsScript.Script.Trigger;

/** The trigger handler, an export of src/index.ts: a typo is a type error. */
export const DIGEST_HANDLER: keyof typeof EntryPoints = 'weeklyDigest';

const WEEK_DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

/** This user's triggers that run the digest (the weekly one and any follow-up): one getProjectTriggers call. */
export function digestTriggers(): Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === DIGEST_HANDLER);
}

/** Deletes this user's digest triggers; returns how many there were. */
export function removeDigestTriggers(existing: Trigger[] = digestTriggers()): number {
  for (const t of existing) ScriptApp.deleteTrigger(t);
  return existing.length;
}

/**
 * Exactly one weekly trigger: this user's digest triggers (duplicates from earlier clicks, a follow-up)
 * are deleted first, then one is created on the day and hour, in the spreadsheet's time zone.
 */
export function installWeeklyTrigger(day: number, hour: number, timeZone: string): Trigger {
  removeDigestTriggers();
  return ScriptApp.newTrigger(DIGEST_HANDLER)
    .timeBased()
    .onWeekDay(ScriptApp.WeekDay[WEEK_DAYS[day - 1]])
    .atHour(hour)
    .everyWeeks(1)
    .inTimezone(timeZone)
    .create();
}

/**
 * A one-off run of the digest `afterMs` from now, replacing this user's previous follow-up. Created from
 * inside a trigger run; Google's issue tracker reports such triggers being disabled in V8 (issue 150756612),
 * so the weekly trigger remains the backstop: next week's run sends everyone that week's digest anyway.
 */
export function scheduleFollowUp(afterMs: number, previousUid: string | null): string {
  if (previousUid) deleteOwnTrigger(previousUid);
  return ScriptApp.newTrigger(DIGEST_HANDLER).timeBased().after(afterMs).create().getUniqueId();
}

/** This user's trigger with that id, if any (another user's triggers are invisible to a script). */
export function ownTrigger(uid: string, existing: Trigger[] = digestTriggers()): Trigger | null {
  return existing.find((t) => t.getUniqueId() === uid) ?? null;
}

/** One-off triggers stay listed after they fire (and count toward the 20 per user) until deleted. */
export function deleteOwnTrigger(uid: string, existing?: Trigger[]): boolean {
  const t = ownTrigger(uid, existing);
  if (t) ScriptApp.deleteTrigger(t);
  return !!t;
}

/** The Apps Script error for the 21st trigger. */
export function isTooManyTriggers(message: string): boolean {
  return /too many triggers/i.test(message);
}
