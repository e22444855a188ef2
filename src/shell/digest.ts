// The weekly digest in Apps Script: the hourly trigger's run, the test letter from the menu, and switching
// the digest on and off. The decisions (when a run is due, who is left, quota, time, retries, records) are
// the core's (core/digest-run.ts); this file passes it MailApp, the property store, the log and the clock.
// Nothing here calls getUi(): the menu handlers in index.ts tell the user.
import { emailKey, messageFor, trackerDigest, type DigestMessage, type DigestPlan } from '../core/digest';
import {
  digestDue, isPlausibleAddress, MAX_RUNS_PER_LETTER, scheduledWeek, sendWeek, settleLog, weekToSend,
  type DigestPorts, type LogLine, type Schedule, type WeekRecord,
} from '../core/digest-run';
import { DIGEST, MESSAGES, SHEETS } from '../text/ru';
import { digestContext, renderDigest, type DigestContext, type MailLinks, type RenderedMail } from '../views/digest-email';
import {
  clearTriggers, digestStore, readDigestState, saveTrigger, saveTriggerSheet, saveWeek, triggerSheets, userStore,
  type DigestState,
} from './digest-record';
import { appendMailLog, type MailLogRow } from './mail-log';
import { readTracker, type TrackerView } from './tracker';
import { atTriggerLimit, deleteOwnTrigger, installDigestTrigger, removeDigestTriggers } from './triggers';
import { errorText } from './ui';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Lock = GoogleAppsScript.Lock.Lock;

/** How long a run waits for another one (a double fire, a person's set-up) before leaving the week to the next hour. */
export const LOCK_WAIT_MS = 30_000;

export type DigestRunStatus = 'done' | 'idle' | 'deferred' | 'busy' | 'stale' | 'failed';

export interface DigestRunResult {
  status: DigestRunStatus;
  week?: string;
  sent: number;
  failed: number;
  /** Planned this week and not yet sent (the next hourly runs send them). */
  left: number;
  message?: string;
}

const nothing = (status: DigestRunStatus, message?: string): DigestRunResult => ({ status, sent: 0, failed: 0, left: 0, message });

/**
 * The spreadsheet's document lock; where a run has no document (an add-on's time-driven run), the user's
 * lock: the runs of one trigger owner never overlap (a script lock would be shared by every school).
 */
function digestLock(): Lock {
  return LockService.getDocumentLock() ?? LockService.getUserLock();
}

function mailLinks(ss: Spreadsheet, t: TrackerView): MailLinks {
  const checkpoints = ss.getSheetByName(SHEETS.checkpoints);
  return {
    url: ss.getUrl(),
    checkpointsGid: checkpoints ? checkpoints.getSheetId() : null,
    roadmapGid: (t.sheets.get(t.roadmapSheet.name) as GoogleAppsScript.Spreadsheet.Sheet).getSheetId(),
  };
}

/** One MailApp call: HTML with the plain-text alternative, replies to the coordinator, the organisation as sender name. */
function send(to: string, mail: RenderedMail, organisation: string, replyTo: string | null): void {
  const options: GoogleAppsScript.Mail.MailAdvancedParameters = {
    to, subject: mail.subject, body: mail.text, htmlBody: mail.html, name: DIGEST.senderName(organisation),
  };
  if (replyTo) options.replyTo = replyTo;
  MailApp.sendEmail(options);
}

/** A log line in Russian. */
function logRow(line: LogLine): MailLogRow {
  const r = line.result;
  const text =
    r.kind === 'sent' ? DIGEST.log.sent
    : r.kind === 'failed' ? DIGEST.log.failed(r.reason)
    : r.kind === 'retry' ? DIGEST.log.retry(r.reason, r.attempt, MAX_RUNS_PER_LETTER)
    : r.kind === 'badAddress' ? DIGEST.log.badAddress
    : r.kind === 'unconfirmed' ? DIGEST.log.unconfirmed
    : r.kind === 'deferredQuota' ? DIGEST.log.deferredQuota
    : r.kind === 'deferredTime' ? DIGEST.log.deferredTime
    : r.kind === 'stoppedStore' ? DIGEST.log.stoppedStore(r.reason)
    : r.text;
  return { at: new Date(line.at), to: line.to || DIGEST.log.nobody, subject: line.subject, result: text };
}

const scheduleOf = (trigger: NonNullable<DigestState['trigger']>): Schedule =>
  ({ day: trigger.day, hour: trigger.hour, timeZone: trigger.timeZone, since: trigger.since });

/**
 * The spreadsheet a time-driven run serves: the active one in a bound script; in an editor add-on, whose
 * time-driven runs have no active document, the one the trigger was made for, opened by its stored id.
 */
export function digestSpreadsheet(triggerUid?: string): Spreadsheet | null {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return active;
  const id = triggerUid ? triggerSheets()[triggerUid] : undefined;
  return id ? SpreadsheetApp.openById(id) : null;
}

/**
 * The hourly run. From the record alone it decides whether anything is due (the digest day and hour have
 * come, or the week has letters or log lines left); only then it takes the lock, reads the sheets and lets
 * the core send. A trigger that is not the one the digest is switched on with retires.
 */
export function runWeeklyDigest(ss: Spreadsheet | null, now: Date, triggerUid?: string): DigestRunResult {
  const started = Date.now();
  if (!ss) {
    if (triggerUid) deleteOwnTrigger(triggerUid);
    return nothing('stale');
  }
  const store = digestStore(ss.getId());
  let state = readDigestState(store);
  if (!state.trigger || (triggerUid && state.trigger.uid !== triggerUid)) {
    // Switched off, or switched on again (by this user or another): this trigger is not the digest's any more.
    if (triggerUid) deleteOwnTrigger(triggerUid);
    return nothing('stale');
  }
  const schedule = scheduleOf(state.trigger);
  const due = digestDue(now.getTime(), schedule, state.week);
  if (due === 'idle') return nothing('idle');
  // A week that waits only for the quota: one cheap call instead of reading every sheet.
  if (due === 'resume' && !(state.week?.owed ?? []).length && MailApp.getRemainingDailyQuota() < 1) return nothing('deferred');
  const lock = digestLock();
  let locked = false;
  try {
    locked = lock.tryLock(LOCK_WAIT_MS);
  } catch {
    locked = false;
  }
  // Another run holds the lock (a double fire, a person's set-up): the next hourly run carries on.
  if (!locked) return nothing('busy');
  let chunks = state.weekChunks;
  const ports: DigestPorts = {
    now: () => Date.now(),
    remainingQuota: () => MailApp.getRemainingDailyQuota(),
    send: () => undefined,
    saveWeek: (record) => void (chunks = saveWeek(store, record, chunks)),
    log: (lines) => appendMailLog(ss, lines.map(logRow)),
    sleep: (ms) => Utilities.sleep(ms),
  };
  try {
    state = readDigestState(store); // under the lock: another run may have sent meanwhile
    chunks = state.weekChunks;
    if (digestDue(now.getTime(), schedule, state.week) === 'idle') return nothing('idle');
    const read = readTracker(ss, now);
    if (!read.ok) return notRun(ss, now, schedule, state.week, ports, read.message);
    const t = read.tracker;
    const plan = trackerDigest(t, schedule.day);
    const { record, pending } = weekToSend(plan, state.week, Date.now());
    const ctx = digestContext(t, mailLinks(ss, t));
    const organisation = ctx.organisation;
    ports.send = (letter, replyTo) => send(letter.to, letter, organisation, replyTo);
    if (!state.week || state.week.week !== record.week) ports.saveWeek(record);
    const outcome = sendWeek({
      record, pending, startedMs: started,
      replyTo: ctx.replyTo && isPlausibleAddress(ctx.replyTo) ? ctx.replyTo : null,
      render: (message, replyTo) => ({ to: message.to, ...renderDigest(message, { ...ctx, replyTo }) }),
    }, ports);
    const s = t.settings.settings;
    const notes = outcome.notes.slice();
    if (due === 'start' && (schedule.day !== s.digestDay || schedule.hour !== s.digestHour)) {
      notes.push({ at: now.getTime(), to: '', subject: '', result: { kind: 'note', text: DIGEST.log.settingsChanged(DIGEST.when(s.digestDay, s.digestHour, t.timeZone)) } });
    }
    settleLog(outcome.record, notes, ports);
    SpreadsheetApp.flush();
    const status = outcome.left ? 'deferred' : 'done';
    return { status, week: plan.week, sent: outcome.sent, failed: outcome.failed, left: outcome.left };
  } catch (e) {
    // An unexpected failure (a sheet that cannot be read right now): say so on the log; the next hour tries again.
    try {
      appendMailLog(ss, [{ at: new Date(), to: DIGEST.log.nobody, subject: '', result: DIGEST.log.interrupted(errorText(e, false)) }]);
    } catch {
      // the log cannot be written either: the record still holds what it owes
    }
    console.error(`weeklyDigest: ${errorText(e, true)}`);
    return nothing('failed', errorText(e, false));
  } finally {
    lock.releaseLock();
  }
}

/** The roadmap cannot be read: said once on the log, and the week is closed (nothing is guessed). */
function notRun(ss: Spreadsheet, now: Date, schedule: Schedule, stored: WeekRecord | null, ports: DigestPorts, message: string): DigestRunResult {
  const week = scheduledWeek(now.getTime(), schedule);
  const record: WeekRecord = stored && stored.week === week ? { ...stored, planned: stored.planned.filter((a) => stored.sent.includes(a) || stored.failed.includes(a)) } : { week, planned: [], sent: [], failed: [] };
  appendMailLog(ss, [{ at: now, to: DIGEST.log.nobody, subject: '', result: DIGEST.log.notRun(message) }]);
  ports.saveWeek(record);
  settleLog(record, [], ports);
  return nothing('failed', message);
}

const SCOPES = {
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  email: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

/**
 * Granular consent: a person may have granted the spreadsheet scopes but not mail or triggers. Apps Script
 * then asks for them and ends the run (https://developers.google.com/apps-script/concepts/scopes).
 */
export function requireDigestScopes(action: 'enable' | 'test'): void {
  const scopes = action === 'enable' ? [SCOPES.scriptApp, SCOPES.sendMail, SCOPES.email] : [SCOPES.sendMail, SCOPES.email];
  ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, scopes);
}

export type Outcome = { ok: true; message: string } | { ok: false; message: string };

/** The person at the keyboard ('' where Google does not tell: then the effective user, who runs the script). */
export function currentUserEmail(): string {
  return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
}

/** «Включить еженедельную рассылку»: exactly one hourly trigger, and the text that says what, to whom and when. */
export function enableDigest(ss: Spreadsheet, now: Date, me: string): Outcome {
  const read = readTracker(ss, now);
  if (!read.ok) return read;
  const t = read.tracker;
  const s = t.settings.settings;
  const lock = digestLock();
  if (!lock.tryLock(20_000)) return { ok: false, message: MESSAGES.busy };
  let previous: DigestState['trigger'];
  try {
    const id = ss.getId();
    const store = digestStore(id);
    previous = readDigestState(store).trigger;
    let uid: string;
    try {
      uid = installDigestTrigger(id).getUniqueId();
    } catch (e) {
      if (atTriggerLimit()) return { ok: false, message: DIGEST.tooManyTriggers };
      throw e;
    }
    const schedule: Schedule = { day: s.digestDay, hour: s.digestHour, timeZone: t.timeZone };
    const record = { uid, owner: me, ...schedule, since: scheduledWeek(now.getTime(), schedule) };
    // Both where a menu run looks and where the trigger's own run will look (an add-on's has no document).
    saveTrigger(store, record);
    saveTrigger(userStore(id), record);
    saveTriggerSheet(uid, id);
  } finally {
    lock.releaseLock();
  }
  const plan = trackerDigest(t);
  const lines = [
    DIGEST.enabled(DIGEST.when(s.digestDay, s.digestHour, t.timeZone), me),
    previous && previous.owner && emailKey(previous.owner) !== emailKey(me) ? DIGEST.replacedOther(previous.owner) : '',
    DIGEST.enabledWhat(s.horizonDays),
    DIGEST.enabledWho(plan.reachable.length, plan.coordinators.length ? plan.coordinators.join(', ') : DIGEST.noCoordinators),
    plan.withoutEmail.length ? DIGEST.enabledNoEmail(plan.withoutEmail.join(', ')) : '',
    DIGEST.enabledToday(plan.messages.length),
  ];
  return { ok: true, message: lines.filter(Boolean).join('\n\n') };
}

/** «Отключить рассылку»: this user's digest trigger deleted and the record of the digest's trigger cleared. */
export function disableDigest(ss: Spreadsheet, me: string): Outcome {
  const lock = digestLock();
  if (!lock.tryLock(20_000)) return { ok: false, message: MESSAGES.busy };
  try {
    const id = ss.getId();
    const store = digestStore(id);
    const state = readDigestState(store);
    const removed = removeDigestTriggers(id);
    clearTriggers(store);
    clearTriggers(userStore(id));
    const owner = state.trigger?.owner ?? '';
    if (owner && emailKey(owner) !== emailKey(me)) return { ok: true, message: DIGEST.disabledOther(owner) };
    return { ok: true, message: removed || state.trigger ? DIGEST.disabled : DIGEST.notEnabled };
  } finally {
    lock.releaseLock();
  }
}

/** The letter for the test send: the person's own digest (with the summary for a coordinator), else the summary. */
function testMessage(plan: DigestPlan, me: string): { message: DigestMessage; ownNothing: boolean; what: string } {
  const own = messageFor(plan, me);
  const coordinator = plan.coordinators.some((c) => emailKey(c) === emailKey(me));
  if (own?.personal) {
    const names = own.personal.names.join(', ');
    const message = { ...own, summary: coordinator ? plan.summary : null };
    return { message, ownNothing: false, what: coordinator ? DIGEST.testAsBoth(names) : DIGEST.testAsPerson(names) };
  }
  return { message: { to: me, personal: null, summary: plan.summary }, ownNothing: !coordinator, what: DIGEST.testAsCoordinator };
}

/** «Отправить пробный дайджест мне»: one letter to the current user only; the week's record is not touched. */
export function sendTestDigest(ss: Spreadsheet, now: Date, me: string): Outcome {
  if (!me) return { ok: false, message: DIGEST.noUserEmail };
  const read = readTracker(ss, now);
  if (!read.ok) return read;
  const t = read.tracker;
  const plan = trackerDigest(t);
  const { message, ownNothing, what } = testMessage(plan, me);
  const ctx: DigestContext = digestContext(t, mailLinks(ss, t), { ownNothing });
  if (ctx.replyTo && !isPlausibleAddress(ctx.replyTo)) ctx.replyTo = null;
  const mail = renderDigest(message, ctx);
  if (MailApp.getRemainingDailyQuota() < 1) return { ok: false, message: DIGEST.quotaOut };
  let result: string;
  let outcome: Outcome;
  try {
    send(me, mail, ctx.organisation, ctx.replyTo);
    result = DIGEST.log.test;
    outcome = { ok: true, message: `${DIGEST.testSent(me)} ${what}` };
  } catch (e) {
    const reason = errorText(e, false);
    result = DIGEST.log.failed(reason);
    // Google words its errors in the user's language: the quota is asked for, not read from the text.
    outcome = { ok: false, message: MailApp.getRemainingDailyQuota() < 1 ? DIGEST.quotaOut : DIGEST.testFailed(reason) };
  }
  appendMailLog(ss, [{ at: new Date(), to: me, subject: mail.subject, result }]);
  return outcome;
}
