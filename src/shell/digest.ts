// Sending the weekly digest: the time-driven run (exactly once per recipient per week, under a lock, within
// the daily mail quota, a bad address failing alone), the test letter from the menu, and switching the
// weekly trigger on and off. Nothing here calls getUi(): the menu handlers in index.ts tell the user.
import { emailKey, leftInWeek, messageFor, planDigest, weekToSend, type DigestMessage, type DigestPlan } from '../core/digest';
import { DIGEST, MESSAGES, SHEETS } from '../text/ru';
import { renderDigest, type DigestContext, type MailLinks, type RenderedMail } from '../views/digest-email';
import { clearTriggers, readDigestState, saveFollowUp, saveTrigger, saveWeek, type DigestState } from './digest-record';
import { appendMailLog, type MailLogRow } from './mail-log';
import { readTracker, type TrackerView } from './tracker';
import { deleteOwnTrigger, digestTriggers, installWeeklyTrigger, isTooManyTriggers, ownTrigger, removeDigestTriggers, scheduleFollowUp } from './triggers';
import { errorText } from './ui';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Lock = GoogleAppsScript.Lock.Lock;

const MINUTE = 60_000;
/** How long a run waits for another one (a double fire, a person's set-up) before leaving it a follow-up. */
export const LOCK_WAIT_MS = 30_000;
/** Sending stops here and a follow-up finishes the week: Apps Script ends a run at 6 minutes. */
export const TIME_BUDGET_MS = 4.5 * MINUTE;
/** After the quota ran out: "reset 24 hours after the first request", plus a margin. */
export const QUOTA_RETRY_MS = 24 * 60 * MINUTE + 10 * MINUTE;
export const BUSY_RETRY_MS = 10 * MINUTE;
export const TIME_RETRY_MS = 1 * MINUTE;

export type DigestRunStatus = 'done' | 'deferred' | 'busy' | 'stale' | 'failed';

export interface DigestRunResult {
  status: DigestRunStatus;
  week?: string;
  sent: number;
  failed: number;
  /** Planned this week and not yet sent (they go out on the follow-up). */
  left: number;
  message?: string;
}

/** The spreadsheet's document lock (per spreadsheet, also for an add-on); the script lock where there is none. */
function digestLock(): Lock {
  return LockService.getDocumentLock() ?? LockService.getScriptLock();
}

/** Apps Script's over-quota error (also when another execution used the quota up in the meantime). */
const isQuotaError = (message: string): boolean => /too many times for one day: email/i.test(message);

function mailLinks(ss: Spreadsheet, t: TrackerView): MailLinks {
  const checkpoints = ss.getSheetByName(SHEETS.checkpoints);
  return {
    url: ss.getUrl(),
    checkpointsGid: checkpoints ? checkpoints.getSheetId() : null,
    roadmapGid: (t.sheets.get(t.roadmapSheet.name) as GoogleAppsScript.Spreadsheet.Sheet).getSheetId(),
  };
}

function mailContext(ss: Spreadsheet, t: TrackerView, test?: DigestContext['test']): DigestContext {
  const s = t.settings.settings;
  return {
    organisation: s.organisation,
    today: t.today,
    horizonDays: s.horizonDays,
    replyTo: s.coordinators[0] ?? null,
    links: mailLinks(ss, t),
    test,
  };
}

function planFor(t: TrackerView, digestDay: number): DigestPlan {
  const s = t.settings.settings;
  return planDigest({ overview: t.overview, people: t.people, coordinators: s.coordinators, digestDay });
}

/** One MailApp call: HTML with the plain-text alternative, replies to the coordinator, the organisation as sender name. */
function send(to: string, mail: RenderedMail, ctx: DigestContext): void {
  const options: GoogleAppsScript.Mail.MailAdvancedParameters = {
    to, subject: mail.subject, body: mail.text, htmlBody: mail.html, name: DIGEST.senderName(ctx.organisation),
  };
  if (ctx.replyTo) options.replyTo = ctx.replyTo;
  MailApp.sendEmail(options);
}

/**
 * Renders and sends one letter. A coordinator address Google refuses as reply-to must not stop every letter:
 * the run then drops reply-to (replies go to the sender) and tries once more.
 */
function deliver(message: DigestMessage, ctx: DigestContext): void {
  try {
    send(message.to, renderDigest(message, ctx), ctx);
  } catch (e) {
    const reason = errorText(e, false);
    if (!ctx.replyTo || isQuotaError(reason) || !reason.includes(ctx.replyTo)) throw e;
    ctx.replyTo = null;
    send(message.to, renderDigest(message, ctx), ctx);
  }
}

/** Which trigger fired: the weekly one, the follow-up, or a leftover (another user's old install, a duplicate). */
function triggerRole(state: DigestState, uid: string): 'weekly' | 'followUp' | 'other' {
  if (state.trigger?.uid === uid) return 'weekly';
  if (state.followUp === uid) return 'followUp';
  return 'other';
}

/**
 * The time-driven run. Reads the sheets once, and under the lock sends this week's digest to everyone who has
 * not had it yet, recording each letter in document properties as it goes; stops cleanly when the quota or
 * the run time runs out and leaves a follow-up to finish. Logs every letter on «Журнал рассылки».
 */
export function runWeeklyDigest(ss: Spreadsheet, now: Date, triggerUid?: string): DigestRunResult {
  const started = Date.now();
  const props = PropertiesService.getDocumentProperties();
  const lock = digestLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    // Another run holds the lock (a double fire, an overlapping run, a long set-up): try again a bit later.
    const state = readDigestState(props);
    saveFollowUp(props, scheduleFollowUp(BUSY_RETRY_MS, state.followUp));
    return { status: 'busy', sent: 0, failed: 0, left: 0 };
  }
  try {
    let state = readDigestState(props);
    if (triggerUid) {
      const role = triggerRole(state, triggerUid);
      const mine = role === 'weekly' ? [] : digestTriggers();
      if (role === 'other' && ownTrigger(triggerUid, mine)) {
        // Not the trigger the digest is switched on with (disabled, or re-enabled by someone else): it retires.
        deleteOwnTrigger(triggerUid, mine);
        return { status: 'stale', sent: 0, failed: 0, left: 0 };
      }
      if (role === 'followUp') {
        deleteOwnTrigger(triggerUid, mine);
        saveFollowUp(props, null);
        state = { ...state, followUp: null };
      }
    }
    const read = readTracker(ss, now);
    if (!read.ok) {
      appendMailLog(ss, [{ at: now, to: DIGEST.log.nobody, subject: '', result: DIGEST.log.notRun(read.message) }]);
      return { status: 'failed', sent: 0, failed: 0, left: 0, message: read.message };
    }
    const t = read.tracker;
    const settings = t.settings.settings;
    const plan = planFor(t, state.trigger?.day ?? settings.digestDay);
    const { record, pending } = weekToSend(plan, state.week);
    const ctx = mailContext(ss, t);
    const log: MailLogRow[] = [];
    let chunks = state.weekChunks;
    // A new week is recorded even if nothing can be sent now: the follow-up needs to know who is left.
    let unsaved = !state.week || state.week.week !== record.week;
    let quota = pending.length ? MailApp.getRemainingDailyQuota() : 0;
    let stopped: 'quota' | 'time' | null = null;
    let sent = 0;
    let failed = 0;
    for (const message of pending) {
      const mail = renderDigest(message, ctx);
      // The quota as Google gave it at the start, counted down: valid for this execution (MailApp reference).
      if (quota < 1) stopped = 'quota';
      else if (Date.now() - started > TIME_BUDGET_MS) stopped = 'time';
      if (stopped) {
        log.push({ at: new Date(), to: message.to, subject: mail.subject, result: stopped === 'quota' ? DIGEST.log.deferredQuota : DIGEST.log.deferredTime });
        continue;
      }
      try {
        deliver(message, ctx);
        record.sent.push(emailKey(message.to));
        quota--;
        sent++;
        log.push({ at: new Date(), to: message.to, subject: mail.subject, result: DIGEST.log.sent });
      } catch (e) {
        const reason = errorText(e, false);
        if (isQuotaError(reason)) {
          quota = 0;
          stopped = 'quota';
          log.push({ at: new Date(), to: message.to, subject: mail.subject, result: DIGEST.log.deferredQuota });
          continue;
        }
        // A bad address fails alone; it is not retried this week.
        record.failed.push(emailKey(message.to));
        failed++;
        log.push({ at: new Date(), to: message.to, subject: mail.subject, result: DIGEST.log.failed(reason) });
      }
      chunks = saveWeek(props, record, chunks);
      unsaved = false;
    }
    if (unsaved) saveWeek(props, record, chunks);
    const left = leftInWeek(record).length;
    if (stopped && left) {
      saveFollowUp(props, scheduleFollowUp(stopped === 'quota' ? QUOTA_RETRY_MS : TIME_RETRY_MS, state.followUp));
    }
    if (state.trigger && (state.trigger.day !== settings.digestDay || state.trigger.hour !== settings.digestHour)) {
      log.push({ at: now, to: DIGEST.log.nobody, subject: '', result: DIGEST.log.settingsChanged(DIGEST.when(settings.digestDay, settings.digestHour, t.timeZone)) });
    }
    appendMailLog(ss, log);
    SpreadsheetApp.flush();
    return { status: stopped && left ? 'deferred' : 'done', week: plan.week, sent, failed, left };
  } finally {
    lock.releaseLock();
  }
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

/** «Включить еженедельную рассылку»: exactly one weekly trigger, and the text that says what, to whom and when. */
export function enableDigest(ss: Spreadsheet, now: Date, me: string): Outcome {
  const read = readTracker(ss, now);
  if (!read.ok) return read;
  const t = read.tracker;
  const s = t.settings.settings;
  const lock = digestLock();
  if (!lock.tryLock(20_000)) return { ok: false, message: MESSAGES.busy };
  let previous: DigestState['trigger'];
  try {
    const props = PropertiesService.getDocumentProperties();
    previous = readDigestState(props).trigger;
    let uid: string;
    try {
      uid = installWeeklyTrigger(s.digestDay, s.digestHour, t.timeZone).getUniqueId();
    } catch (e) {
      const reason = errorText(e, false);
      if (isTooManyTriggers(reason)) return { ok: false, message: DIGEST.tooManyTriggers };
      throw e;
    }
    saveTrigger(props, { uid, owner: me, day: s.digestDay, hour: s.digestHour, timeZone: t.timeZone });
    saveFollowUp(props, null);
  } finally {
    lock.releaseLock();
  }
  const plan = planFor(t, s.digestDay);
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

/** «Отключить рассылку»: this user's digest triggers deleted and the record of the weekly one cleared. */
export function disableDigest(me: string): Outcome {
  const lock = digestLock();
  if (!lock.tryLock(20_000)) return { ok: false, message: MESSAGES.busy };
  try {
    const props = PropertiesService.getDocumentProperties();
    const state = readDigestState(props);
    const removed = removeDigestTriggers();
    clearTriggers(props);
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
  const plan = planFor(t, t.settings.settings.digestDay);
  const { message, ownNothing, what } = testMessage(plan, me);
  const ctx = mailContext(ss, t, { ownNothing });
  const mail = renderDigest(message, ctx);
  if (MailApp.getRemainingDailyQuota() < 1) return { ok: false, message: DIGEST.quotaOut };
  let result: string;
  let outcome: Outcome;
  try {
    deliver({ ...message, to: me }, ctx);
    result = DIGEST.log.test;
    outcome = { ok: true, message: `${DIGEST.testSent(me)} ${what}` };
  } catch (e) {
    const reason = errorText(e, false);
    result = DIGEST.log.failed(reason);
    outcome = { ok: false, message: isQuotaError(reason) ? DIGEST.quotaOut : DIGEST.testFailed(reason) };
  }
  appendMailLog(ss, [{ at: new Date(), to: me, subject: mail.subject, result }]);
  return outcome;
}
